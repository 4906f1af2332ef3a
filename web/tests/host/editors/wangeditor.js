// wangEditor 5 on the host page: what editors.test.mjs calls — createEditor(html), editorContent(),
// editorBox() (the editor's outer box) and attachChecker(). Created as in wangEditor's own getting-started page.
window.createEditor = function (html) {
  return new Promise(function (resolve) {
    var E = window.wangEditor;
    window.editor = E.createEditor({
      selector: '#editor', mode: 'default',
      config: { onCreated: function (editor) { editor.setHtml(html); resolve(); } }
    });
    E.createToolbar({ editor: window.editor, selector: '#toolbar', mode: 'default' });
  });
};
window.editorContent = function () {
  return { api: window.editor.getHtml(), editable: document.querySelector('#editor [data-slate-editor]').innerHTML, textarea: null };
};
window.editorBox = function () { return document.getElementById('editor'); };
window.attachChecker = function () { return XxgkLint.attach(XxgkLint.adapters.wangeditor(window.editor)); };
