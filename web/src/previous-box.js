// The optional second box 「上年报告（可选）」: last year's report, pasted, opened or dropped like
// the draft (draft.js does the reading), kept in the same store under its own key, and passed to
// every check as `previous`, so the cross-year rules (carry-over-continuity, in-force-continuity,
// text-repeated, previous-mismatch) can compare the two reports. A cross-year finding names a
// place in last year's text (previous_range); reveal() selects it here and quotes it under the box.
import { el, button, flash } from './dom.js';
import { wireDraftInput, storageGet, storageSet, storageRemove } from './draft.js';
import { lineStarts, lineAt } from './lines.js';

var QUOTE_CONTEXT = 24; // characters shown either side of the revealed range

// ui: the checker's layout (the box goes at the end of its draft pane). onChanged(): the text
// changed, check again. Returns {element, text, reveal, hideReveal}.
export function createPreviousBox(ui, options, onChanged) {
  var key = options.storageKey ? options.storageKey + ':previous' : '';
  var box = el('details', 'xl-prev');
  var summary = el('summary', 'xl-prev-summary');
  summary.appendChild(el('span', 'xl-prev-title', '上年报告（可选）'));
  var state = el('span', 'xl-prev-state');
  summary.appendChild(state);
  box.appendChild(summary);

  var tools = el('div', 'xl-prev-tools');
  tools.appendChild(el('span', 'xl-hint', '粘贴、打开或拖入上一年度的报告，检查时核对上年结转、现行有效件数与重复文字。'));
  var openBtn = button('打开上年报告…', 'xl-small', '打开上一年度报告的 .txt 或 .html 文件');
  var clearBtn = button('清空上年报告', 'xl-small xl-danger', '清空上年报告并删除本机保存的副本');
  var file = el('input', 'xl-hidden');
  file.type = 'file';
  file.accept = ui.file.accept;
  [openBtn, clearBtn, file].forEach(function (n) { tools.appendChild(n); });
  box.appendChild(tools);

  var textarea = el('textarea', 'xl-prev-text');
  textarea.spellcheck = false;
  textarea.setAttribute('aria-label', '上年报告全文');
  textarea.placeholder = '在这里粘贴上一年度的政府信息公开工作年度报告全文（可选）……';
  box.appendChild(textarea);
  var note = el('div', 'xl-prev-note');
  note.setAttribute('role', 'status');
  box.appendChild(note);
  var quote = el('div', 'xl-prev-at');
  quote.hidden = true;
  box.appendChild(quote);
  ui.editor.appendChild(box);

  function changed() {
    storageSet(key, textarea.value);
    hideReveal();
    showState();
    onChanged();
  }

  function setText(text, message) {
    textarea.value = text;
    textarea.scrollTop = 0;
    note.textContent = message || '';
    changed();
  }

  function showState() {
    state.textContent = textarea.value.trim() ? '已填入 ' + textarea.value.length + ' 字，检查时一并核对' : '';
    box.classList.toggle('xl-prev-filled', !!textarea.value.trim());
  }

  // The draft's paste, drop and open, on this box. Its drops must not also reach the draft pane
  // around it.
  wireDraftInput({ textarea: textarea, note: note, editor: box, openBtn: openBtn, file: file },
    { onEdited: changed, setText: setText });
  ['dragover', 'drop'].forEach(function (type) {
    box.addEventListener(type, function (e) { e.stopPropagation(); });
  });
  clearBtn.addEventListener('click', function () {
    storageRemove(key);
    setText('', '上年报告已清空。');
  });

  // Selects range (UTF-16 offsets into the text last checked, `checked`) in the box, scrolled into
  // view, and quotes it with its line number under the box. Focus goes back where it was, so the
  // walk through the findings (上一处/下一处, F8) goes on.
  function reveal(range, checked) {
    if (!range || typeof range.start !== 'number' || checked !== textarea.value) { hideReveal(); return false; }
    var text = textarea.value;
    var start = Math.max(0, Math.min(text.length, range.start));
    var end = Math.max(start, Math.min(text.length, range.end));
    box.open = true;
    var before = box.getRootNode().activeElement;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(start, end);
    textarea.blur();
    if (before && before !== textarea && before.focus) before.focus({ preventScroll: true });
    textarea.scrollTop = Math.max(0, heightOf(text.slice(0, start)) - textarea.clientHeight / 3);
    quote.textContent = '';
    quote.appendChild(el('span', 'xl-prev-line', '上年报告第 ' + lineAt(lineStarts(text), start) + ' 行：'));
    quote.appendChild(document.createTextNode(oneLine(text.slice(Math.max(0, start - QUOTE_CONTEXT), start))));
    quote.appendChild(el('mark', 'xl-prev-mark', text.slice(start, end)));
    quote.appendChild(document.createTextNode(oneLine(text.slice(end, end + QUOTE_CONTEXT))));
    quote.hidden = false;
    flash([textarea, quote]);
    return true;
  }

  // The height text takes laid out as the box lays it out: a hidden twin with its class and width.
  function heightOf(text) {
    var probe = el('div', 'xl-prev-text xl-prev-probe', text);
    probe.style.width = textarea.clientWidth + 'px';
    box.appendChild(probe);
    var h = probe.scrollHeight;
    box.removeChild(probe);
    return h;
  }

  function hideReveal() {
    quote.hidden = true;
    quote.textContent = '';
  }

  var saved = options.text != null ? '' : storageGet(key);
  if (saved) {
    textarea.value = saved;
    box.open = true;
  }
  showState();

  return {
    element: box,
    text: function () { return textarea.value.trim() ? textarea.value : ''; },
    reveal: reveal,
    hideReveal: hideReveal
  };
}

function oneLine(s) {
  return s.replace(/\s+/g, ' ');
}
