// KindEditor on the host page: what editors.test.mjs calls — createEditor(html), editorContent(),
// editorBox() (the editor's outer box) and attachChecker(). KindEditor loads its language file first, so the editor is ready in afterCreate.
window.createEditor = function (html) {
  return new Promise(function (resolve) {
    window.editor = KindEditor.create('#content', {
      afterCreate: function () { setTimeout(function () { window.editor.html(html); resolve(); }, 0); }
    });
  });
};
window.editorContent = function () {
  return { api: window.editor.html(), editable: window.editor.edit.doc.body.innerHTML, textarea: document.getElementById('content').value };
};
window.editorBox = function () { return window.editor.container[0]; };
window.attachChecker = function () { return XxgkLint.attach(XxgkLint.adapters.kindeditor(window.editor)); };
