// The checker: editor with highlighted findings, findings list, rebuilt tables and actions, in a
// shadow root so host styles cannot reach in and ours cannot leak. One implementation serves the
// standalone page (mounted on a full-page element) and CMS pages (mount/attach). This file runs
// the checks and keeps the panes in step; each pane is its own module.
import CHECKER_CSS from './checker.css';
import { shadowHost, scrollWithin, flash } from './dom.js';
import { engine } from './engine.js';
import { checkWorker } from './worker.js';
import { summaryText } from './findings.js';
import { lineStarts } from './lines.js';
import { buildLayout } from './layout.js';
import { looksLikeHtml, storageGet, storageSet, storageRemove, wireDraftInput } from './draft.js';
import { createHighlights } from './highlights.js';
import { createFindingsList } from './findings-list.js';
import { createPreviousBox } from './previous-box.js';
import { createTableView } from './table-view.js';
import { wireReportActions } from './report-actions.js';

export function createChecker(container, options) {
  options = options || {};
  var shadow = shadowHost('div', 'xxgk-lint-host', CHECKER_CSS);
  container.appendChild(shadow.host);
  var root = shadow.root;
  var state = {
    checks: 0, result: null, text: '', previous: '', timer: 0,
    version: 0, inFlight: false, again: false, cost: 0 // see runCheck()
  };

  var ui = buildLayout(root, options);
  var textarea = ui.textarea;
  var highlights = createHighlights(ui, function () { return state.result; });
  var list = createFindingsList(ui, select);
  var previousBox = createPreviousBox(ui, options, schedule); // last year's report, passed as `previous`
  var tableView = createTableView(ui, function (index) {
    var pos = list.positionOf(index);
    if (pos >= 0) select(pos);
  });

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
    storageSet(options.storageKey, textarea.value);
    schedule();
  }

  function setText(text, note) {
    textarea.value = text;
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
    highlights.render();
    // Line starts only when there are findings to number: one pass over a text of megabytes.
    list.render(result, result && !result.error && (result.findings || []).length ? lineStarts(state.text) : null);
    tableView.render(result);
    ui.input.textContent = textarea.value ? (looksLikeHtml(textarea.value) ? 'HTML 源码' : '纯文本') + ' · ' + textarea.value.length + ' 字' : '';
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
    var sum = result.summary || {};
    s.className += sum.errors ? ' xl-sum-error' : sum.warnings ? ' xl-sum-warning' : ' xl-sum-ok';
    s.textContent = summaryText(result);
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
    var marks = highlights.marksOf(o.index);
    flash(marks);
    if (marks.length) highlights.scrollTo(marks[0]);
    var cells = tableView.cellsOf(o.finding);
    if (cells.length) scrollWithin(ui.tablesPane, cells[0]);
    flash(cells);
    previousBox.reveal(o.finding.previous_range, state.previous);
  }

  // ---- actions and wiring -----------------------------------------------------------------

  function clearAll() {
    if (textarea.value && !window.confirm('确定清空报告内容并删除本机保存的草稿吗？')) return;
    storageRemove(options.storageKey);
    setText('', options.storageKey ? '草稿已删除。' : '');
    textarea.focus();
  }

  wireDraftInput(ui, { onEdited: onEdited, setText: setText });
  wireReportActions(root, ui, function () { return { result: state.result, text: state.text }; });
  ui.prev.addEventListener('click', function () { select(list.step(-1)); });
  ui.next.addEventListener('click', function () { select(list.step(1)); });
  root.addEventListener('keydown', function (e) {
    if (e.key === 'F8') { e.preventDefault(); select(list.step(e.shiftKey ? -1 : 1)); }
  });
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
