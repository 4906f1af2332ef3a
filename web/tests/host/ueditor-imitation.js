// An imitation of UEditor (not on npm, so the real one cannot be installed for the tests), exposing
// the API the adapter calls and counting the calls. window.setMockContent(html) sets its content
// and that of the page's textarea and contenteditable. CKEditor 4, TinyMCE, wangEditor and
// KindEditor are tested for real in editors.test.mjs.
(function () {
  var content = '';
  var calls = window.mockCalls = { ueditor: 0 };
  window.setMockContent = function (html) {
    content = html;
    document.getElementById('ce').innerHTML = html;
    document.getElementById('body').value = html;
  };
  window.getMockContent = function () { return content; };

  var ue = {
    key: 'ue',
    container: document.getElementById('ue-box'),
    getContent: function () { calls.ueditor++; return content; }
  };
  window.UE = { getEditor: function (id) { return id === 'ue' ? ue : null; } };
})();
