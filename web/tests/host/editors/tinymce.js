// TinyMCE on the host page: what editors.test.mjs calls — createEditor(html), editorContent(),
// editorBox() (the editor's outer box) and attachChecker(). TinyMCE 8 needs license_key 'gpl' for the open-source build; it checks it offline.
var config = { selector: '#content', license_key: 'gpl', promotion: false, branding: false, height: 400 };
window.createEditor = function (html) {
  return tinymce.init(config).then(function (editors) { editors[0].setContent(html); });
};
// The report already in the textarea; the checker attached right after init(), before the editor is ready.
window.createEditorAttachedAtOnce = function (html) {
  document.getElementById('content').value = html;
  var loaded = tinymce.init(config);
  window.att = window.attachChecker();
  return loaded.then(function () {});
};
window.editorContent = function () {
  var editor = tinymce.get('content');
  return { api: editor.getContent(), editable: editor.getBody().innerHTML, textarea: document.getElementById('content').value };
};
window.editorBox = function () { return tinymce.get('content').getContainer(); };
window.attachChecker = function () { return XxgkLint.attach('tinymce', { editor: 'content' }); };
