// The draft: what the clerk pastes, types, drops or opens, and its copy in localStorage.
// Nothing here renders a result; edits are reported through onEdited/setText.

export var HTML_PASTE_NOTE = '已按 HTML 粘贴（保留表格结构），按文档显示；可切换「编辑文本」或「查看源码」。';

export function looksLikeHtml(s) {
  return /<table[\s>]/i.test(s) || /^\s*</.test(s);
}

// Reads a dropped or chosen file. Reports saved by older tools are often GB18030/GBK; decode those
// rather than showing mojibake, and say so.
function readReportFile(file) {
  return new Promise(function (resolve, reject) {
    var reader = new FileReader();
    reader.onload = function () {
      var bytes = new Uint8Array(reader.result);
      try {
        resolve({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), note: '' });
      } catch (e) {
        try {
          resolve({ text: new TextDecoder('gb18030').decode(bytes), note: '文件不是 UTF-8 编码，已按 GB18030（GBK）读取。' });
        } catch (e2) { reject(new Error('无法识别文件编码')); }
      }
    };
    reader.onerror = function () { reject(reader.error || new Error('读取文件失败')); };
    reader.readAsArrayBuffer(file);
  });
}

export function storageGet(key) {
  try { return key ? window.localStorage.getItem(key) : null; } catch (e) { return null; }
}
export function storageSet(key, value) {
  try { if (key) window.localStorage.setItem(key, value); } catch (e) { /* quota or disabled */ }
}
export function storageRemove(key) {
  try { if (key) window.localStorage.removeItem(key); } catch (e) { /* disabled */ }
}

// Pastes go through here whatever they carry, so HTML and plain text take one path. A small
// paste goes through execCommand('insertText') to stay on the editor's undo stack; that call is
// super-linear in line breaks in Chromium (a 10,000-character report took seconds, 400,000 never
// finished), so anything larger is spliced in with setRangeText.
var UNDOABLE_PASTE_CHARS = 2000;
var UNDOABLE_PASTE_LINES = 50;

// Wires paste, drop and the file chooser of the editor. edits: {onEdited(), setText(text, note)}.
export function wireDraftInput(ui, edits) {
  var textarea = ui.textarea;

  function onPaste(e) {
    var cd = e.clipboardData;
    if (!cd) return;
    var html = cd.getData('text/html');
    var plain = cd.getData('text/plain');
    var all = textarea.selectionStart === 0 && textarea.selectionEnd === textarea.value.length;
    // HTML keeps the table structure, but spliced into plain text it would make neither.
    var useHtml = !!(html && html.trim()) && (all || !textarea.value.trim() || looksLikeHtml(textarea.value));
    var insert = useHtml ? html : plain;
    if (!insert) return;
    e.preventDefault();
    // HTML replacing the draft is shown as its document: it never goes through the visible
    // editor, where the browser would lay out its source (seconds for a saved page of megabytes).
    if (useHtml && (all || !textarea.value.trim())) {
      edits.setText(insert, HTML_PASTE_NOTE);
      return;
    }
    textarea.focus();
    var ok = false;
    var small = insert.length <= UNDOABLE_PASTE_CHARS && insert.split('\n').length <= UNDOABLE_PASTE_LINES;
    if (small) {
      try { ok = document.execCommand('insertText', false, insert); } catch (err) { ok = false; }
    }
    if (!ok) {
      textarea.setRangeText(insert, textarea.selectionStart, textarea.selectionEnd, 'end');
      edits.onEdited();
    }
    ui.note.textContent = useHtml ? HTML_PASTE_NOTE : '';
  }

  function openFile(file) {
    if (!file) return;
    readReportFile(file).then(function (r) {
      edits.setText(r.text, '已打开文件：' + file.name + (r.note ? '。' + r.note : ''));
    }, function (err) {
      ui.note.textContent = '无法打开文件 ' + file.name + '：' + err.message;
    });
  }

  function onDrop(e) {
    var dt = e.dataTransfer;
    if (!dt) return;
    e.preventDefault();
    ui.editor.classList.remove('xl-drag');
    if (dt.files && dt.files.length) return openFile(dt.files[0]);
    var html = dt.getData('text/html');
    var text = html && html.trim() ? html : dt.getData('text/plain');
    if (text) edits.setText(text, html ? '已按 HTML 载入拖入的内容。' : '');
  }

  textarea.addEventListener('input', edits.onEdited);
  textarea.addEventListener('paste', onPaste);
  ui.editor.addEventListener('dragover', function (e) { e.preventDefault(); ui.editor.classList.add('xl-drag'); });
  ui.editor.addEventListener('dragleave', function () { ui.editor.classList.remove('xl-drag'); });
  ui.editor.addEventListener('drop', onDrop);
  ui.openBtn.addEventListener('click', function () { ui.file.click(); });
  ui.file.addEventListener('change', function () { openFile(ui.file.files[0]); ui.file.value = ''; });
}

// ---- edits the checker makes for the clerk (a fix, a number typed in the rebuilt table) --------
// Each replaces exactly [start, end) of the draft's source (text, or the HTML source of an HTML
// draft: the markup around a cell stays as it was) and can be undone, last first. The textarea's
// own undo does not cover these (setRangeText is not on its stack), so Ctrl+Z (isUndoKey) undoes
// them; once the draft changes any other way (the clerk types, pastes, opens a file) the owner
// calls clear() and the browser's own undo takes over again. An entry keeps only what was there
// and what was written, never a copy of the draft (a draft may be megabytes).
var MAX_UNDO = 50;

// onChanged(): the draft changed (save it, re-check). Returns {replaceRange, undo, canUndo, clear}.
export function createEditHistory(textarea, onChanged) {
  var stack = []; // {start, before (what was there), written, length (of the draft after), tag}

  // Whether the draft is still as entry e left it.
  function holds(e) {
    var value = textarea.value;
    return value.length === e.length && value.substr(e.start, e.written.length) === e.written;
  }

  // Writes text over [start, end). tag: edits with the same tag in a row (one cell typed into)
  // are undone as one. Returns whether the draft changed.
  function replaceRange(start, end, text, tag) {
    var value = textarea.value;
    start = Math.max(0, Math.min(start, value.length));
    end = Math.max(start, Math.min(end, value.length));
    var before = value.slice(start, end);
    if (before === text) return false;
    var top = stack[stack.length - 1];
    var merge = tag && top && top.tag === tag && top.start === start && canUndo();
    textarea.setRangeText(text, start, end, 'end');
    if (merge) {
      top.written = text;
      top.length = textarea.value.length;
    } else {
      stack.push({ start: start, before: before, written: text, length: textarea.value.length, tag: tag });
      if (stack.length > MAX_UNDO) stack.shift();
    }
    onChanged();
    return true;
  }

  function canUndo() {
    return stack.length > 0 && holds(stack[stack.length - 1]);
  }

  function undo() {
    if (!canUndo()) return false;
    var e = stack.pop();
    textarea.setRangeText(e.before, e.start, e.start + e.written.length, 'select');
    onChanged();
    return true;
  }

  return { replaceRange: replaceRange, undo: undo, canUndo: canUndo, clear: function () { stack = []; } };
}

// Ctrl+Z (⌘Z), without Shift: undo.
export function isUndoKey(e) {
  return (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && (e.key === 'z' || e.key === 'Z');
}
