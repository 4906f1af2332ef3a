// CKEditor 4 on the host page: what editors.test.mjs calls — createEditor(html), editorContent(),
// editorBox() (the editor's outer box) and attachChecker(). versionCheck: false keeps 4.22.1 from warning that a newer (licensed) release exists.
var config = { language: 'zh-cn', versionCheck: false };
window.createEditor = function (html) {
  return new Promise(function (resolve) {
    var editor = CKEDITOR.replace('content', config);
    editor.on('instanceReady', function () { editor.setData(html, { callback: resolve }); });
  });
};
// The report already in the textarea; the checker attached right after replace(), before the editor is ready.
window.createEditorAttachedAtOnce = function (html) {
  document.getElementById('content').value = html;
  return new Promise(function (resolve) {
    CKEDITOR.replace('content', config).on('instanceReady', function () { resolve(); });
    window.att = window.attachChecker();
  });
};
window.editorContent = function () {
  var editor = CKEDITOR.instances.content;
  return { api: editor.getData(), editable: editor.editable().$.innerHTML, textarea: document.getElementById('content').value };
};
window.editorBox = function () { return CKEDITOR.instances.content.container.$; };
window.attachChecker = function () { return XxgkLint.attach('ckeditor4', { editor: 'content' }); };
