// CKEditor 4 on the host page: what editors.test.mjs calls — createEditor(html), editorContent(),
// editorBox() (the editor's outer box) and attachChecker(). versionCheck: false keeps 4.22.1 from warning that a newer (licensed) release exists.
window.createEditor = function (html) {
  return new Promise(function (resolve) {
    var editor = CKEDITOR.replace('content', { language: 'zh-cn', versionCheck: false });
    editor.on('instanceReady', function () { editor.setData(html, { callback: resolve }); });
  });
};
window.editorContent = function () {
  var editor = CKEDITOR.instances.content;
  return { api: editor.getData(), editable: editor.editable().$.innerHTML, textarea: document.getElementById('content').value };
};
window.editorBox = function () { return CKEDITOR.instances.content.container.$; };
window.attachChecker = function () { return XxgkLint.attach('ckeditor4', { editor: 'content' }); };
