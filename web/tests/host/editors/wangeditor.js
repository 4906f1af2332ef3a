// wangEditor 5 on the host page: what editors.test.mjs calls — createEditor(html), editorContent(),
// editorBox() (the editor's outer box) and attachChecker(). Created as in wangEditor's own getting-started
// page; the report goes in through createEditor's html option (setHtml() takes seconds for ~100 paragraphs).
window.createEditor = function (html) {
  return new Promise(function (resolve) {
    var E = window.wangEditor;
    window.editor = E.createEditor({
      selector: '#editor', mode: 'default', html: html,
      config: { onCreated: function () { resolve(); } }
    });
    E.createToolbar({ editor: window.editor, selector: '#toolbar', mode: 'default' });
  });
};
window.editorContent = function () {
  return { api: window.editor.getHtml(), editable: document.querySelector('#editor [data-slate-editor]').innerHTML, textarea: null };
};
window.editorBox = function () { return document.getElementById('editor'); };
window.attachChecker = function () { return XxgkLint.attach(XxgkLint.adapters.wangeditor(window.editor)); };
