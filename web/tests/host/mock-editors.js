// Stand-ins for the rich-text editors CMS pages use, each exposing the API the adapter calls and
// counting the calls, with the content set by the test through window.setMockContent(html).
(function () {
  var content = '';
  var calls = window.mockCalls = { ueditor: 0, ckeditor4: 0, kindeditor: 0, tinymce: 0, wangeditor: 0 };
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

  window.CKEDITOR = {
    instances: {
      ck: { name: 'ck', container: { $: document.getElementById('cke_ck') }, getData: function () { calls.ckeditor4++; return content; } }
    }
  };

  // KindEditor's K() nodes are array-like wrappers.
  window.kindEditor = {
    container: [document.getElementById('ke')],
    html: function () { calls.kindeditor++; return content; }
  };

  var tm = { getContainer: function () { return document.getElementById('tm-box'); }, getContent: function () { calls.tinymce++; return content; } };
  window.tinymce = { get: function (id) { return id === 'tm' ? tm : null; } };

  window.wangEditor = {
    getEditableContainer: function () { return document.getElementById('we'); },
    getHtml: function () { calls.wangeditor++; return content; }
  };
})();
