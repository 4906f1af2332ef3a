// The checker: editor with highlighted findings, findings list, rebuilt tables and actions, in a
// shadow root so host styles cannot reach in and ours cannot leak. One implementation serves the
// standalone page (mounted on a full-page element) and CMS pages (mount/attach). This file runs
// the checks and keeps the panes in step; each pane is its own module.
import CHECKER_CSS from './checker.css';
import { shadowHost, scrollWithin, flash, escapeHtml } from './dom.js';
import { engine } from './engine.js';
import { checkWorker } from './worker.js';
import { summaryText, problemCounts } from './findings.js';
import { lineStarts } from './lines.js';
import { buildLayout } from './layout.js';
import { HTML_PASTE_NOTE, looksLikeHtml, storageGet, storageSet, storageRemove, wireDraftInput, createEditHistory, isUndoKey } from './draft.js';
import { createVerifiedMarks } from './verified.js';
import { createHighlights } from './highlights.js';
import { createFindingsList, fixOf } from './findings-list.js';
import { createPreviousBox } from './previous-box.js';
import { createTableView } from './table-view.js';
import { wireReportActions } from './report-actions.js';
import { createDocumentView, documentPlainText } from './document-view.js';

var PENDING_VIEW = { html: true, pending: true, blocks: [] };

export function createChecker(container, options) {
  options = options || {};
  var shadow = shadowHost('div', 'xxgk-lint-host', CHECKER_CSS);
  container.appendChild(shadow.host);
  var root = shadow.root;
  var state = {
    checks: 0, result: null, text: '', previous: '', timer: 0,
    version: 0, inFlight: false, again: false, cost: 0, // see runCheck()
    mode: 'doc', viewOf: null, view: null // the HTML document view (document-view.js)
  };

  var ui = buildLayout(root, options);
  var textarea = ui.textarea;
  var highlights = createHighlights(ui, function () { return state.result; });
  var editHistory = createEditHistory(textarea, onEdited);
  var marks = createVerifiedMarks(options.storageKey);
  var verifiedOf = function (f) { return marks.get(state.result, f); };
  var list = createFindingsList(ui, select, {
    fix: fix, verify: verify, unverify: unverify, verified: verifiedOf, readOnly: !!options.readOnly
  });
  var docView = createDocumentView(ui, {
    findings: function () { var r = state.result; return (r && !r.error && r.findings) || []; },
    tip: highlights.tip,
    hideTip: highlights.hideTip,
    pick: function (index) { var pos = list.positionOf(index); if (pos >= 0) select(pos); },
    setMode: switchView,
    readOnly: !!options.readOnly
  });
  var previousBox = createPreviousBox(ui, options, schedule); // last year's report, passed as `previous`
  var tableView = createTableView(ui, function (index) {
    var pos = list.positionOf(index);
    if (pos >= 0) select(pos);
  }, options.readOnly ? null : { canEdit: resultIsCurrent, write: writeCell, recheck: function () { runCheck(); } });

  // ---- checking -------------------------------------------------------------------------
  // With options.worker (the standalone page) checks run in a Web Worker (worker.js) and typing
  // stays responsive; otherwise, or where no worker can be made, on the main thread. Either way a
  // result is only rendered if the text and template are still what was checked: state.version
  // counts edits and check requests, and a result asked for under an older version is dropped.

  function runCheck() {
    clearTimeout(state.timer);
    state.timer = 0;
    if (!engine.isReady()) {
      // Still loading, or reloading after a crash: check as soon as the module is back.
      engine.load().then(runCheck, function () {});
      return;
    }
    var job = { version: ++state.version, text: textarea.value, template: ui.template.value, previous: previousBox.text(), where: 'none' };
    if (!job.text.trim()) {
      show(job, null);
    } else if (options.worker && checkWorker.start()) {
      job.where = 'worker';
      state.cost = 0;
      ui.editor.classList.add('xl-stale'); // the old highlights no longer fit the text
      checkOffThread(job);
    } else {
      job.where = 'main';
      var started = Date.now();
      show(job, engine.check(job.text, { template: job.template, previous: job.previous }));
      state.cost = Date.now() - started;
    }
  }

  // One check at a time goes to the worker. Edits made meanwhile are checked once it answers, so a
  // burst of typing never queues stale work behind a long check.
  function checkOffThread(job) {
    if (state.inFlight) { state.again = true; return; }
    state.inFlight = true;
    checkWorker.check(job.text, job.template, job.previous).then(null, function (err) {
      return engine.crashResult(err);
    }).then(function (result) {
      state.inFlight = false;
      if (!checkWorker.active()) job.where = 'main'; // the worker failed and the main thread stood in
      show(job, result);
      if (state.again) { state.again = false; runCheck(); }
    });
  }

  // Renders a result unless a newer edit or check request superseded it.
  function show(job, result) {
    if (job.version !== state.version) return;
    state.text = job.text;
    state.previous = job.previous;
    state.result = result;
    state.checks++;
    render();
    ui.root.setAttribute('data-checks', String(state.checks));
    ui.root.setAttribute('data-engine', job.where);
    if (options.onResult) options.onResult(result);
  }

  // On the main thread a check blocks typing for as long as it (and its rendering) runs. After a
  // slow one — a big paste — wait for a longer pause, twice that time up to 3 s, so the clerk is not
  // interrupted at every keystroke. A worker check blocks nothing (cost 0): the usual 300 ms.
  function debounceDelay() {
    return Math.max(300, Math.min(3000, 2 * state.cost));
  }

  function schedule() {
    state.version++; // the check in flight, if any, is for the old text now
    ui.editor.classList.add('xl-stale');
    clearTimeout(state.timer);
    state.timer = setTimeout(runCheck, debounceDelay());
  }

  function onEdited() {
    state.mode = 'doc';
    expectDocument();
    storageSet(options.storageKey, textarea.value);
    schedule();
    updateUndo();
  }

  // The clerk typed or pasted in the editor: from here the browser's own undo applies.
  function onTyped() {
    editHistory.clear();
    onEdited();
  }

  function setText(text, note) {
    editHistory.clear();
    state.mode = 'doc'; // new HTML is shown as the document, never as its source
    textarea.value = text;
    expectDocument();
    textarea.scrollTop = 0;
    storageSet(options.storageKey, textarea.value);
    ui.note.textContent = note || '';
    runCheck();
  }

  // ---- rendering --------------------------------------------------------------------------

  function render() {
    var result = state.result;
    ui.editor.classList.remove('xl-stale');
    renderStatus(result);
    renderDocument(); // first: it hides the editor before the layer lays out a page of megabytes
    highlights.render();
    // Line starts only when there are findings to number: one pass over a text of megabytes.
    list.render(result, result && !result.error && (result.findings || []).length ? lineStarts(state.text) : null);
    tableView.render(result);
    updateUndo();
    ui.input.textContent = textarea.value ? (looksLikeHtml(textarea.value) ? 'HTML' : '纯文本') + ' · ' + textarea.value.length + ' 字' : '';
  }

  // HTML is shown as the document the core read (the source on request); plain text stays in the
  // editor. The view is read once per text: later results only move its marks.
  function renderDocument() {
    var text = state.text;
    if (state.viewOf !== text) {
      state.viewOf = text;
      state.view = null;
      if (text && looksLikeHtml(text)) {
        // Off the main thread where checks run off it: a saved page of megabytes takes a second.
        var pending = options.worker && checkWorker.active() ? checkWorker.view(text) : null;
        state.view = pending ? PENDING_VIEW : usableView(engine.documentView(text));
        if (pending) pending.then(function (view) {
          if (state.viewOf !== text) return;
          state.view = usableView(view);
          renderDocument();
        });
      }
    }
    docView.render(state.view);
    docView.setMode(state.mode);
  }

  // New HTML goes out of the editor at once, before the browser lays out its source (a saved page
  // of megabytes takes seconds to lay out in a textarea); its view follows the check.
  function expectDocument() {
    if (!looksLikeHtml(textarea.value)) return;
    state.viewOf = null;
    docView.render(PENDING_VIEW);
    docView.setMode(state.mode);
  }

  function usableView(view) { return view && view.html ? view : null; }

  // 编辑文本 turns the document into its plain text, checked as text from then on; 查看源码 and
  // 文档 only change what the draft pane shows.
  function switchView(mode) {
    var view = state.view;
    if (mode === 'text' && view) {
      if (view.blocks.some(function (b) { return b.kind === 'omitted' && !b.chrome; })) {
        ui.note.textContent = '文档过长，无法转为纯文本。';
        return;
      }
      setText(documentPlainText(view), '已改为纯文本（表格一行为制表符分隔的一行），按文本检查。');
      textarea.focus();
      return;
    }
    state.mode = mode;
    docView.setMode(mode);
    if (mode === 'source') highlights.sync();
  }

  function renderStatus(result) {
    var s = ui.summary;
    s.className = 'xl-summary';
    ui.meta.textContent = '';
    if (!result) {
      s.textContent = '请粘贴或输入报告全文，也可以打开 .txt / .html 文件。';
      return;
    }
    if (result.error) {
      s.className += ' xl-sum-error';
      s.textContent = '无法检查：' + (result.error.message || result.error.code);
      return;
    }
    // Green once nothing is left to do: no error, every warning 已核实.
    var c = problemCounts(result, verifiedOf);
    s.className += c.error ? ' xl-sum-error' : c.warning > c.checked ? ' xl-sum-warning' : ' xl-sum-ok';
    s.textContent = summaryText(result, verifiedOf);
    var meta = [];
    if (result.agency) meta.push(result.agency);
    if (result.year) meta.push(result.year + ' 年度');
    meta.push(result.template ? (result.template === '2019' ? '2019 版模板（试行）' : '2021 版模板') : '未识别出模板');
    ui.meta.textContent = meta.join(' · ');
  }

  // ---- navigation: the list's current finding, its marks in the text and its cells --------

  function select(pos) {
    var o = list.select(pos);
    if (!o) return;
    var pane = docView.active() ? docView : highlights;
    var marks = docView.active() ? docView.reveal(o.index) : highlights.marksOf(o.index);
    flash(marks);
    if (marks.length) pane.scrollTo(marks[0]);
    var cells = tableView.cellsOf(o.finding);
    if (cells.length) scrollWithin(ui.tablesPane, cells[0]);
    flash(cells);
    previousBox.reveal(o.finding.previous_range, state.previous);
  }

  // ---- the clerk's edits: a fix, a number typed in the rebuilt table, undo -------------------
  // Ranges come from the result shown, so an edit is made only while that result is the draft's.

  function resultIsCurrent() {
    return !!state.result && !state.result.error && state.text === textarea.value;
  }

  // 改为 N: the suspect cell's value written at its range; checked again at once.
  function fix(f) {
    var edit = fixOf(f);
    if (!edit) return;
    if (!resultIsCurrent()) { ui.note.textContent = '正在重新检查，请稍候再改。'; runCheck(); return; }
    if (editHistory.replaceRange(edit.start, edit.end, edit.text)) {
      ui.note.textContent = '已改为 ' + edit.text + '。如需恢复，请点「撤销修改」或按 Ctrl+Z。';
      // The new value, selected in the editor: the clerk sees it, and Ctrl+Z there undoes it. An
      // HTML draft shown as its document keeps the focus in the document (Ctrl+Z undoes there too).
      if (docView.element.offsetParent !== null) {
        docView.element.focus();
      } else {
        textarea.focus();
        textarea.setSelectionRange(edit.start, edit.start + edit.text.length);
      }
      runCheck();
    }
  }

  // A number typed into a cell of the rebuilt table; in an HTML draft as HTML text. Returns what
  // was written.
  function writeCell(start, end, text, tag) {
    var html = state.result && state.result.input ? state.result.input.format === 'html' : looksLikeHtml(textarea.value);
    var written = html ? escapeHtml(text) : text;
    editHistory.replaceRange(start, end, written, tag);
    return written;
  }

  function undo() {
    if (!editHistory.undo()) return false;
    ui.note.textContent = '已撤销修改。';
    runCheck();
    return true;
  }

  function updateUndo() {
    ui.undoBtn.disabled = !editHistory.canUndo();
  }

  // ---- 已核实 marks on warnings ------------------------------------------------------------

  function verify(f, note) {
    marks.set(state.result, f, note);
    renderMarks();
  }

  function unverify(f) {
    marks.unset(state.result, f);
    renderMarks();
  }

  function renderMarks() {
    renderStatus(state.result);
    list.render(state.result, lineStarts(state.text), true);
  }

  // ---- actions and wiring -----------------------------------------------------------------

  function clearAll() {
    if (textarea.value && !window.confirm('确定清空报告内容并删除本机保存的草稿吗？')) return;
    storageRemove(options.storageKey);
    marks.clear();
    setText('', options.storageKey ? '草稿已删除。' : '');
    textarea.focus();
  }

  wireDraftInput(ui, { onEdited: onTyped, setText: setText });
  wireReportActions(root, ui, function () { return { result: state.result, text: state.text, verified: verifiedOf }; });
  // A paste over the document view replaces the whole draft, as pasting over a selected text does.
  docView.element.addEventListener('paste', function (e) {
    var cd = e.clipboardData;
    var html = cd && cd.getData('text/html');
    var text = html && html.trim() ? html : cd && cd.getData('text/plain');
    if (!text || options.readOnly) return;
    e.preventDefault();
    setText(text, html ? HTML_PASTE_NOTE : '');
  });
  ui.prev.addEventListener('click', function () { select(list.step(-1)); });
  ui.next.addEventListener('click', function () { select(list.step(1)); });
  root.addEventListener('keydown', function (e) {
    if (e.key === 'F8') { e.preventDefault(); select(list.step(e.shiftKey ? -1 : 1)); }
    // Ctrl+Z anywhere but in a field of its own (a note, a table cell) undoes the last edit made
    // for the clerk; in the editor, once the clerk has typed, the browser's own undo.
    var field = e.target && e.target !== textarea && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    if (isUndoKey(e) && !field && !options.readOnly && undo()) e.preventDefault();
  });
  ui.undoBtn.addEventListener('click', undo);
  ui.template.addEventListener('change', runCheck);
  ui.clearBtn.addEventListener('click', clearAll);
  ui.eraseBtn.addEventListener('click', clearAll);
  if (ui.sample) {
    ui.sample.addEventListener('change', function () {
      var s = (options.samples || [])[+ui.sample.value];
      ui.sample.value = '';
      if (s) setText(s.text, '已载入示例：' + s.name);
    });
  }
  if (ui.recheck) ui.recheck.addEventListener('click', function () { if (options.source) setText(options.source()); });
  var onResize = function () { highlights.sync(); };
  window.addEventListener('resize', onResize);
  if (typeof ResizeObserver === 'function') new ResizeObserver(onResize).observe(textarea);

  // ---- start ------------------------------------------------------------------------------

  var initial = options.text != null ? String(options.text) : storageGet(options.storageKey);
  if (initial) textarea.value = initial;
  if (options.readOnly) textarea.readOnly = true;
  renderStatus(null);
  ui.summary.textContent = '正在加载检查程序…';
  if (options.worker) checkWorker.start(); // its module compiles while the main one loads
  engine.load().then(function () {
    ui.root.classList.remove('xl-loading');
    runCheck();
  }, function (err) {
    ui.summary.className = 'xl-summary xl-sum-error';
    ui.summary.textContent = err.message;
    ui.root.classList.add('xl-failed');
  });

  return {
    element: shadow.host,
    setText: function (t) { setText(t == null ? '' : String(t)); },
    getText: function () { return textarea.value; },
    result: function () { return state.result; },
    recheck: runCheck,
    select: select,
    focus: function () { textarea.focus(); },
    destroy: function () {
      clearTimeout(state.timer);
      state.version++; // drop a result still in flight
      window.removeEventListener('resize', onResize);
      if (shadow.host.parentNode) shadow.host.parentNode.removeChild(shadow.host);
    }
  };
}
