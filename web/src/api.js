// The public API for CMS pages: XxgkLint.ready, check, mount, attach and the editor adapters.
// Adapters read the editor's HTML through the editor's own API and never write into it, so no
// highlight mark can end up in published content.
import { el, shadowHost } from './dom.js';
import { engine } from './engine.js';
import { summaryText } from './findings.js';
import { createChecker } from './checker.js';

function resolveElement(x) {
  if (!x) return null;
  if (typeof x === 'string') return document.getElementById(x) || document.querySelector(x);
  if (x.nodeType === 1) return x;
  if (x.$ && x.$.nodeType === 1) return x.$;       // CKEditor 4 CKEDITOR.dom.element
  if (x[0] && x[0].nodeType === 1) return x[0];     // KindEditor / jQuery-style wrappers
  return null;
}

function firstElement() {
  for (var i = 0; i < arguments.length; i++) {
    try {
      var e = resolveElement(typeof arguments[i] === 'function' ? arguments[i]() : arguments[i]);
      if (e) return e;
    } catch (err) { /* an editor API missing in this version: try the next candidate */ }
  }
  return null;
}

function globalObject(name) {
  return typeof window !== 'undefined' ? window[name] : undefined;
}

export var adapters = {
  textarea: function (target) {
    var e = resolveElement(target);
    if (!e) throw new Error('XxgkLint：找不到文本框 ' + target);
    return { name: 'textarea', getHtml: function () { return e.value; }, element: function () { return e; } };
  },
  contenteditable: function (target) {
    var e = resolveElement(target);
    if (!e) throw new Error('XxgkLint：找不到可编辑区域 ' + target);
    return { name: 'contenteditable', getHtml: function () { return e.innerHTML; }, element: function () { return e; } };
  },
  // UEditor: UE.getEditor(id).getContent(); its outer box is editor.container.
  ueditor: function (editorOrId) {
    function ed() { return typeof editorOrId === 'string' ? globalObject('UE').getEditor(editorOrId) : editorOrId; }
    return {
      name: 'ueditor',
      getHtml: function () { return ed().getContent(); },
      element: function () {
        return firstElement(function () { return ed().container; }, typeof editorOrId === 'string' ? editorOrId : null,
          function () { return ed().key; });
      }
    };
  },
  // CKEditor 4: CKEDITOR.instances[name].getData(); its box is editor.container (a CKEDITOR.dom.element).
  ckeditor4: function (editorOrName) {
    function ed() { return typeof editorOrName === 'string' ? globalObject('CKEDITOR').instances[editorOrName] : editorOrName; }
    return {
      name: 'ckeditor4',
      getHtml: function () { return ed().getData(); },
      element: function () {
        return firstElement(function () { return ed().container; }, function () { return 'cke_' + ed().name; },
          function () { return ed().element; });
      }
    };
  },
  // KindEditor: editor.html() reads; editor.container / editor.srcElement are K() node wrappers.
  kindeditor: function (editor) {
    return {
      name: 'kindeditor',
      getHtml: function () { return editor.html(); },
      element: function () {
        return firstElement(function () { return editor.container; }, function () { return editor.srcElement; });
      }
    };
  },
  // TinyMCE: tinymce.get(id).getContent(); its box is editor.getContainer(). tinymce.init()
  // registers the editor at once but getContent() answers '' until it has loaded: not readable yet.
  tinymce: function (editorOrId) {
    function ed() { return typeof editorOrId === 'string' ? globalObject('tinymce').get(editorOrId) : editorOrId; }
    return {
      name: 'tinymce',
      getHtml: function () {
        if (ed().initialized === false) throw new Error('TinyMCE is still loading');
        return ed().getContent();
      },
      element: function () {
        return firstElement(function () { return ed().getContainer(); }, typeof editorOrId === 'string' ? editorOrId : null,
          function () { return ed().getElement(); });
      }
    };
  },
  // wangEditor v5: editor.getHtml(); v4: editor.txt.html(). Where it sits is not exposed the same
  // way across versions, so attach() accepts options.anchor for it. v5's getEditableContainer() is
  // the text area it appends inside the box made from createEditor's selector: the box is its parent.
  wangeditor: function (editor) {
    return {
      name: 'wangeditor',
      getHtml: function () { return typeof editor.getHtml === 'function' ? editor.getHtml() : editor.txt.html(); },
      element: function () {
        return firstElement(function () { return editor.getEditableContainer().parentNode; }, function () { return editor.$toolbarElem; },
          function () { return editor.$textContainerElem; });
      }
    };
  }
};

// Accepts an adapter object ({getHtml}), a textarea or contenteditable element, or a type name
// with options.editor: attach('ueditor', {editor: 'content'}).
function toAdapter(target, options) {
  if (typeof target === 'string' && adapters[target.toLowerCase()]) {
    return adapters[target.toLowerCase()](options.editor);
  }
  if (target && typeof target.getHtml === 'function' && !target.nodeType && typeof target.element !== 'function') {
    var getHtml = target.getHtml;
    var where = target.element || options.anchor;
    return { name: 'custom', getHtml: function () { return getHtml.call(target); }, element: function () { return resolveElement(where); } };
  }
  if (target && typeof target.getHtml === 'function') return target;
  var e = resolveElement(target);
  if (e && e.tagName === 'TEXTAREA') return adapters.textarea(e);
  if (e && e.isContentEditable) return adapters.contenteditable(e);
  throw new Error('XxgkLint.attach：不认识的编辑器。请传入 textarea、可编辑元素、XxgkLint.adapters 之一，或 {getHtml: function}');
}

var ATTACH_CSS = [
  ':host{all:initial;display:inline-block;margin:6px 0}',
  '.xl-attach{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;font-size:16px;line-height:1.5;color:#1d2129}',
  '.xl-attach button{font:inherit;font-weight:bold;color:#fff;background:#1f4e8c;border:0;border-radius:4px;padding:6px 16px;cursor:pointer}',
  '.xl-attach button:focus{outline:3px solid #ffb300;outline-offset:1px}',
  '.xl-attach .xl-last{margin-left:10px;font-size:15px}',
  '.xl-attach .xl-e{color:#a61b1b;font-weight:bold}.xl-attach .xl-ok{color:#1b6b2a}',
  '.xl-overlay{position:fixed;left:0;top:0;right:0;bottom:0;z-index:2147483000;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}',
  '.xl-overlay[hidden]{display:none}',
  '.xl-dialog{width:96vw;height:94vh;background:#fff;display:flex;flex-direction:column;border-radius:6px;overflow:hidden}',
  '.xl-dialog-head{display:flex;align-items:center;padding:6px 12px;background:#163a69;color:#fff;font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;font-size:18px}',
  '.xl-dialog-head span{flex:1}',
  '.xl-dialog-head button{font:inherit;font-size:16px;background:#fff;color:#163a69;border:0;border-radius:4px;padding:4px 14px;cursor:pointer}',
  '.xl-dialog-body{flex:1;min-height:0;overflow:auto}',
  '.xl-dialog-body>.xxgk-lint-host{height:100%}'
].join('\n');

// attach(): a 「发布前检查」 button beside the editor, a dialog with the full checker, and an
// optional guard that asks before a form is submitted while errors remain.
function attach(target, options) {
  options = options || {};
  var adapter = toAdapter(target, options);
  var anchor = resolveElement(options.anchor) || adapter.element();
  if (!anchor || !anchor.parentNode) throw new Error('XxgkLint.attach：找不到编辑器在页面上的位置，请用 options.anchor 指定');

  var shadow = shadowHost('span', 'xxgk-lint-attach', ATTACH_CSS);
  var host = shadow.host;
  var root = shadow.root;
  var box = el('span', 'xl-attach');
  var btn = el('button', null, options.buttonText || '发布前检查');
  btn.type = 'button';
  var last = el('span', 'xl-last');
  last.setAttribute('role', 'status');
  box.appendChild(btn);
  box.appendChild(last);
  root.appendChild(box);
  if (options.placement === 'before') anchor.parentNode.insertBefore(host, anchor);
  else anchor.parentNode.insertBefore(host, anchor.nextSibling);

  var overlay = el('div', 'xl-overlay');
  overlay.hidden = true;
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-modal', 'true');
  overlay.setAttribute('aria-label', '发布前检查');
  var dialog = el('div', 'xl-dialog');
  var head = el('div', 'xl-dialog-head');
  head.appendChild(el('span', null, '发布前检查：政府信息公开工作年度报告'));
  var close = el('button', null, '关闭（Esc）');
  close.type = 'button';
  head.appendChild(close);
  var body = el('div', 'xl-dialog-body');
  dialog.appendChild(head);
  dialog.appendChild(body);
  overlay.appendChild(dialog);
  root.appendChild(overlay);

  var checker = null;
  // The editor's HTML, or null while its API cannot answer yet (an editor still loading: CMS
  // pages attach right after creating it).
  function tryReadEditor() {
    try { return String(adapter.getHtml() || ''); } catch (e) { return null; }
  }
  function readEditor() {
    var html = tryReadEditor();
    return html === null ? '' : html;
  }

  function showLast(result) {
    last.textContent = '';
    if (!result) return;
    if (result.error) { last.appendChild(el('span', 'xl-e', '无法检查：' + result.error.message)); return; }
    var s = result.summary || {};
    last.appendChild(el('span', s.errors ? 'xl-e' : 'xl-ok', summaryText(result)));
  }

  function open() {
    overlay.hidden = false;
    if (!checker) {
      checker = createChecker(body, {
        text: readEditor(), readOnly: true, source: readEditor, title: false, fill: true, template: options.template, worker: options.worker,
        onResult: function (r) { showLast(r); if (options.onResult) options.onResult(r); }
      });
    } else {
      checker.setText(readEditor());
    }
    close.focus();
  }
  function hide() { overlay.hidden = true; btn.focus(); }

  btn.addEventListener('click', open);
  close.addEventListener('click', hide);
  overlay.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });

  // Checks the editor now; returns the result, or null while the module or the editor is still loading.
  function checkNow() {
    var html = engine.isReady() ? tryReadEditor() : null;
    if (html === null) return null;
    var r = engine.check(html, { template: options.template || '' });
    showLast(r);
    return r;
  }

  // true when publishing may go ahead: no errors, or the clerk confirmed. Never blocks publishing
  // because the checker itself is unavailable.
  function confirmPublish() {
    var r = checkNow();
    if (!r || r.error || !(r.summary && r.summary.errors)) return true;
    var msg = '发布前检查发现 ' + r.summary.errors + ' 处错误' + (r.summary.warnings ? '、' + r.summary.warnings + ' 处提醒' : '') +
      '。\n\n点「确定」仍然提交；点「取消」返回修改并查看问题。';
    if (window.confirm(msg)) return true;
    open();
    return false;
  }

  var form = options.guard === false ? null : (resolveElement(options.form) || (anchor.closest && anchor.closest('form')));
  function onSubmit(e) {
    if (!confirmPublish()) { e.preventDefault(); e.stopImmediatePropagation(); }
  }
  if (form) form.addEventListener('submit', onSubmit, true);

  engine.load().then(function () { if (options.checkOnLoad !== false) checkNow(); }, function (err) {
    last.textContent = '';
    last.appendChild(el('span', 'xl-e', err.message));
  });

  return {
    element: host,
    adapter: adapter,
    open: open,
    close: hide,
    check: checkNow,
    confirmPublish: confirmPublish,
    detach: function () {
      if (form) form.removeEventListener('submit', onSubmit, true);
      if (checker) checker.destroy();
      if (host.parentNode) host.parentNode.removeChild(host);
    }
  };
}

export var XxgkLint = {
  ready: null,
  check: function (textOrHtml, options) { return engine.check(textOrHtml, options); },
  version: function () { return engine.version(); },
  rules: function () { return engine.rules(); },
  mount: function (element, options) {
    var e = resolveElement(element);
    if (!e) throw new Error('XxgkLint.mount：找不到元素 ' + element);
    return createChecker(e, options || {});
  },
  attach: attach,
  adapters: adapters
};
XxgkLint.ready = engine.load().then(function () { return XxgkLint; });
// An unobserved failure is reported where it is shown (mount/attach); do not also log it as
// an unhandled rejection.
XxgkLint.ready.catch(function () {});
