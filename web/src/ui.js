// The checker UI: editor with highlighted findings, findings list, rebuilt tables and actions.
// One implementation serves the standalone page (mounted on a full-page element) and CMS pages
// (mount/attach). It lives in a shadow root so host styles cannot reach in and ours cannot leak.
// Every string that comes from a report reaches the DOM through textContent, never as HTML.

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function button(label, cls, title) {
  var b = el('button', 'xl-btn' + (cls ? ' ' + cls : ''), label);
  b.type = 'button';
  if (title) b.title = title;
  return b;
}

// Styles go into the shadow root as a constructed sheet where supported: a strict style-src CSP
// blocks <style> elements but not CSSOM. Older browsers (Chromium < 73) get a <style> element.
function applyStyles(root) {
  try {
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function') {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CHECKER_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch (e) { /* fall through to a <style> element */ }
  var style = document.createElement('style');
  style.textContent = CHECKER_CSS;
  root.appendChild(style);
}

function makeShadowHost(container, cls) {
  var host = el('div', cls);
  container.appendChild(host);
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  applyStyles(root);
  return { host: host, root: root };
}

function looksLikeHtml(s) {
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

function storageGet(key) {
  try { return key ? window.localStorage.getItem(key) : null; } catch (e) { return null; }
}
function storageSet(key, value) {
  try { if (key) window.localStorage.setItem(key, value); } catch (e) { /* quota or disabled */ }
}
function storageRemove(key) {
  try { if (key) window.localStorage.removeItem(key); } catch (e) { /* disabled */ }
}

// Where the overlay puts its marks: the input cut at every range boundary, each piece listing
// the findings that cover it.
function segmentsOf(length, findings) {
  var cuts = [0, length];
  var ranges = findings.map(function (f) {
    var r = f.range;
    if (!r || typeof r.start !== 'number' || typeof r.end !== 'number') return null;
    var s = Math.max(0, Math.min(length, r.start));
    var e = Math.max(s, Math.min(length, r.end));
    cuts.push(s, e);
    return [s, e];
  });
  cuts.sort(function (a, b) { return a - b; });
  var points = cuts.filter(function (x, i) { return i === 0 || x !== cuts[i - 1]; });
  var segs = [];
  points.forEach(function (p, i) {
    // Empty ranges (a place, not a span) get a zero-width mark of their own.
    var empties = [];
    ranges.forEach(function (r, k) { if (r && r[0] === p && r[1] === p) empties.push(k); });
    if (empties.length) segs.push({ start: p, end: p, idx: empties });
    if (i === points.length - 1) return;
    var q = points[i + 1];
    var idx = [];
    ranges.forEach(function (r, k) { if (r && r[0] <= p && r[1] >= q && r[1] > r[0]) idx.push(k); });
    segs.push({ start: p, end: q, idx: idx });
  });
  return segs;
}

var WIDE_RANGE = 80;

function worstSeverity(findings, idx) {
  var rank = { error: 3, warning: 2, info: 1 };
  var best = 'info';
  idx.forEach(function (k) {
    var s = findings[k].severity;
    if ((rank[s] || 0) > rank[best]) best = s;
  });
  return best;
}

function createChecker(container, options) {
  options = options || {};
  var shadow = makeShadowHost(container, 'xxgk-lint-host');
  var root = shadow.root;
  var state = {
    checks: 0, result: null, text: '', order: [], current: -1, timer: 0, marksByFinding: {}, cellsByKey: {}, cellsByStart: {},
    version: 0, inFlight: false, again: false, cost: 0 // see runCheck()
  };

  var ui = buildLayout(root, options);
  var textarea = ui.textarea;

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
    var job = { version: ++state.version, text: textarea.value, template: ui.template.value, where: 'none' };
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
      show(job, engine.check(job.text, { template: job.template }));
      state.cost = Date.now() - started;
    }
  }

  // One check at a time goes to the worker. Edits made meanwhile are checked once it answers, so a
  // burst of typing never queues stale work behind a long check.
  function checkOffThread(job) {
    if (state.inFlight) { state.again = true; return; }
    state.inFlight = true;
    checkWorker.check(job.text, job.template).then(null, function (err) {
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
    renderMarks(result);
    renderFindings(result);
    renderTables(result);
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

  function renderMarks(result) {
    var inner = ui.marksInner;
    inner.textContent = '';
    state.marksByFinding = {};
    var text = textarea.value;
    var findings = result && !result.error ? (result.findings || []) : [];
    var frag = document.createDocumentFragment();
    segmentsOf(text.length, findings).forEach(function (seg) {
      var piece = text.slice(seg.start, seg.end);
      if (!seg.idx.length) { frag.appendChild(document.createTextNode(piece)); return; }
      // A long range (a whole row or table) would bury the short ones inside it: it only gets an
      // underline, and the colour comes from the short ranges where there are any.
      var short = seg.idx.filter(function (k) { var r = findings[k].range; return r.end - r.start <= WIDE_RANGE; });
      var cls = 'xl-m xl-m-' + worstSeverity(findings, short.length ? short : seg.idx);
      if (!short.length) cls += ' xl-m-wide';
      if (seg.start === seg.end) cls += ' xl-m-empty';
      var m = el('mark', cls, piece);
      m.setAttribute('data-f', seg.idx.join(' '));
      m.setAttribute('data-start', String(seg.start));
      seg.idx.forEach(function (k) { (state.marksByFinding[k] = state.marksByFinding[k] || []).push(m); });
      frag.appendChild(m);
    });
    // A trailing line keeps the overlay as tall as the textarea's scrollable content.
    frag.appendChild(document.createTextNode('\n\u00a0'));
    inner.appendChild(frag);
    syncOverlay();
  }

  function renderFindings(result) {
    var box = ui.findings;
    box.textContent = '';
    state.order = [];
    state.current = -1;
    if (!result || result.error) { updateNav(); return; }
    var ordered = orderedFindings(result);
    state.order = ordered;
    GROUPS.forEach(function (g) {
      var items = ordered.filter(function (o) { return o.group === g[0]; });
      var section = el('section', 'xl-group');
      section.setAttribute('data-group', g[0]);
      var h = el('h3', 'xl-group-title', g[1] + '（' + items.length + '）');
      section.appendChild(h);
      if (!items.length) {
        section.appendChild(el('p', 'xl-none', '没有问题'));
      } else {
        var ol = el('ol', 'xl-list');
        items.forEach(function (o) { ol.appendChild(findingItem(result, o)); });
        section.appendChild(ol);
      }
      box.appendChild(section);
    });
    updateNav();
  }

  function findingItem(result, o) {
    var f = o.finding;
    var li = el('li', 'xl-item');
    var b = el('button', 'xl-finding xl-sev-' + f.severity);
    b.type = 'button';
    b.setAttribute('data-index', String(o.index));
    b.setAttribute('data-rule', f.rule);
    b.appendChild(el('span', 'xl-badge xl-badge-' + f.severity, SEVERITY_LABEL[f.severity] || f.severity));
    b.appendChild(el('span', 'xl-msg', f.message));
    var loc = locationText(result, f, state.text);
    if (loc) b.appendChild(el('span', 'xl-loc', loc));
    b.addEventListener('click', function () { select(state.order.indexOf(o)); });
    li.appendChild(b);
    return li;
  }

  function renderTables(result) {
    var box = ui.tables;
    box.textContent = '';
    state.cellsByKey = {};
    state.cellsByStart = {};
    if (!result || result.error) return;
    var models = tableModels(result);
    if (!models.length) {
      box.appendChild(el('p', 'xl-none', '未能识别报告模板，无法还原表格。'));
      return;
    }
    var flags = cellFlags(result);
    models.forEach(function (m) {
      var section = el('section', 'xl-table-block');
      section.setAttribute('data-table', m.key);
      section.appendChild(el('h3', 'xl-table-title', m.title));
      if (!m.found) section.appendChild(el('p', 'xl-missing-table', '报告中没有找到这张表。'));
      section.appendChild(gridToDom(m.grid, flags));
      box.appendChild(section);
    });
  }

  // Which cells findings point at: the named cell strongly, the other cells of its equation lightly.
  function cellFlags(result) {
    var flags = {};
    (result.findings || []).forEach(function (f, i) {
      if (f.table && f.row && f.column) {
        var key = f.table + '/' + f.row + '/' + f.column;
        var fl = flags[key] = flags[key] || { main: [], related: [] };
        fl.main.push(i);
      }
    });
    return flags;
  }

  function gridToDom(grid, flags) {
    var table = el('table', 'xl-table');
    var tbody = el('tbody');
    var findings = state.result.findings || [];
    grid.forEach(function (row) {
      var tr = el('tr');
      row.forEach(function (c) {
        var cell = el(c.th ? 'th' : 'td');
        if (c.rowspan > 1) cell.rowSpan = c.rowspan;
        if (c.colspan > 1) cell.colSpan = c.colspan;
        if (c.th) cell.textContent = c.text;
        else fillDataCell(cell, c, flags, findings);
        tr.appendChild(cell);
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    return table;
  }

  function fillDataCell(cell, c, flags, findings) {
    var key = c.table + '/' + c.row + '/' + c.col;
    var v = cellView(c.cell);
    cell.className = 'xl-cell xl-cell-' + v.kind;
    cell.setAttribute('data-cell', key);
    cell.appendChild(el('span', 'xl-val', v.text));
    var titles = [];
    if (v.title) titles.push(v.title);
    var fl = flags[key];
    if (fl) {
      var idx = fl.main;
      cell.className += ' xl-flag-' + worstSeverity(findings, idx);
      idx.forEach(function (k) {
        var f = findings[k];
        titles.push(f.message);
        if (f.rule === 'suspect-cell' && f.expected !== null && f.expected !== undefined) {
          cell.className += ' xl-suspect';
          cell.appendChild(el('span', 'xl-expect', '应为 ' + f.expected));
        }
      });
      cell.tabIndex = 0;
      cell.setAttribute('data-f', idx.join(' '));
    }
    if (titles.length) cell.title = titles.join('\n');
    state.cellsByKey[key] = cell;
    if (c.cell && c.cell.range) state.cellsByStart[c.cell.range.start] = cell;
  }

  // ---- navigation -------------------------------------------------------------------------

  function updateNav() {
    var n = state.order.length;
    ui.prev.disabled = !n;
    ui.next.disabled = !n;
    ui.pos.textContent = n ? (state.current >= 0 ? (state.current + 1) + ' / ' + n : '共 ' + n + ' 处') : '';
  }

  function select(pos) {
    var n = state.order.length;
    if (!n) return;
    state.current = ((pos % n) + n) % n;
    var o = state.order[state.current];
    var f = o.finding;
    var btns = ui.findings.querySelectorAll('.xl-finding');
    for (var i = 0; i < btns.length; i++) {
      var on = btns[i].getAttribute('data-index') === String(o.index);
      btns[i].classList.toggle('xl-current', on);
      if (on) scrollWithin(ui.findings, btns[i]);
    }
    flash(state.marksByFinding[o.index] || [], ui.marks);
    var marks = state.marksByFinding[o.index];
    if (marks && marks.length) scrollTextTo(marks[0]);
    var cells = [];
    if (f.table && f.row && f.column && state.cellsByKey[f.table + '/' + f.row + '/' + f.column]) {
      cells.push(state.cellsByKey[f.table + '/' + f.row + '/' + f.column]);
    } else if (f.table && f.row) {
      // A finding about a whole row (a lost cell): the row's cells.
      var prefix = f.table + '/' + f.row + '/';
      Object.keys(state.cellsByKey).forEach(function (k) { if (k.indexOf(prefix) === 0) cells.push(state.cellsByKey[k]); });
    }
    (f.related || []).concat(f.range ? [f.range] : []).forEach(function (r) {
      var c = r && state.cellsByStart[r.start];
      if (c && cells.indexOf(c) < 0) cells.push(c);
    });
    if (cells.length) scrollWithin(ui.tablesPane, cells[0]);
    flash(cells);
    updateNav();
  }

  function flash(nodes) {
    nodes.forEach(function (n) {
      n.classList.remove('xl-flash');
      void n.offsetWidth; // restart the animation
      n.classList.add('xl-flash');
    });
    setTimeout(function () { nodes.forEach(function (n) { n.classList.remove('xl-flash'); }); }, 1800);
  }

  // Scrolls only the given pane, never the host page.
  function scrollWithin(pane, node) {
    var p = pane.getBoundingClientRect();
    var r = node.getBoundingClientRect();
    if (r.top < p.top || r.bottom > p.bottom) pane.scrollTop += r.top - p.top - pane.clientHeight / 3;
    if (r.left < p.left || r.right > p.right) pane.scrollLeft += r.left - p.left - pane.clientWidth / 3;
  }

  function scrollTextTo(mark) {
    textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3);
    syncOverlay();
  }

  // ---- overlay --------------------------------------------------------------------------

  function syncOverlay() {
    // The layer must wrap lines exactly where the textarea does, so it gets the textarea's
    // fractional width (clientWidth is rounded) less the scrollbar.
    var scrollbar = textarea.offsetWidth - textarea.clientWidth;
    ui.marks.style.width = (textarea.getBoundingClientRect().width - scrollbar) + 'px';
    ui.marks.style.height = textarea.clientHeight + 'px';
    ui.marks.scrollTop = textarea.scrollTop;
    ui.marks.scrollLeft = textarea.scrollLeft;
  }

  function findingsOfMark(m) {
    var findings = (state.result && state.result.findings) || [];
    return (m.getAttribute('data-f') || '').split(' ').filter(Boolean).map(function (k) { return findings[+k]; }).filter(Boolean);
  }

  function showTip(target, x, y) {
    var list = findingsOfMark(target);
    if (!list.length) return hideTip();
    ui.tip.textContent = '';
    list.forEach(function (f) {
      var line = el('div', 'xl-tip-line xl-sev-' + f.severity);
      line.appendChild(el('b', null, (SEVERITY_LABEL[f.severity] || '') + '：'));
      line.appendChild(document.createTextNode(f.message));
      ui.tip.appendChild(line);
    });
    ui.tip.hidden = false;
    var w = ui.tip.offsetWidth;
    var left = Math.min(x + 12, window.innerWidth - w - 8);
    ui.tip.style.left = Math.max(4, left) + 'px';
    ui.tip.style.top = (y + 18) + 'px';
  }

  function hideTip() { ui.tip.hidden = true; }

  // The finding under the caret, for keyboard users who cannot hover.
  function caretInfo() {
    var findings = (state.result && !state.result.error && state.result.findings) || [];
    var pos = textarea.selectionStart;
    var hit = findings.filter(function (f) { return f.range && f.range.start <= pos && pos <= f.range.end && f.range.end > f.range.start; });
    ui.caret.textContent = hit.length ? '光标处：' + hit.map(function (f) { return f.message; }).join('；') : '';
  }

  // ---- input: paste, drop, files -------------------------------------------------------------

  // Pastes go through here whatever they carry, so HTML and plain text take one path. A small
  // paste goes through execCommand('insertText') to stay on the editor's undo stack; that call is
  // super-linear in line breaks in Chromium (a 10,000-character report took seconds, 400,000 never
  // finished), so anything larger is spliced in with setRangeText.
  var UNDOABLE_PASTE_CHARS = 2000;
  var UNDOABLE_PASTE_LINES = 50;
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
    textarea.focus();
    var ok = false;
    var small = insert.length <= UNDOABLE_PASTE_CHARS && insert.split('\n').length <= UNDOABLE_PASTE_LINES;
    if (small) {
      try { ok = document.execCommand('insertText', false, insert); } catch (err) { ok = false; }
    }
    if (!ok) {
      textarea.setRangeText(insert, textarea.selectionStart, textarea.selectionEnd, 'end');
      onEdited();
    }
    ui.note.textContent = useHtml ? '已按 HTML 粘贴（保留表格结构），文本框中显示的是 HTML 源码。' : '';
  }

  function openFile(file) {
    if (!file) return;
    readReportFile(file).then(function (r) {
      setText(r.text, '已打开文件：' + file.name + (r.note ? '。' + r.note : ''));
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
    if (text) setText(text, html ? '已按 HTML 载入拖入的内容。' : '');
  }

  // ---- actions ----------------------------------------------------------------------------

  function clearAll() {
    if (textarea.value && !window.confirm('确定清空报告内容并删除本机保存的草稿吗？')) return;
    storageRemove(options.storageKey);
    setText('', options.storageKey ? '草稿已删除。' : '');
    textarea.focus();
  }

  function copyTables() {
    var result = state.result;
    var models = result && !result.error ? tableModels(result) : [];
    if (!models.length) { ui.note.textContent = '还没有可复制的表格。'; return; }
    var html = models.map(function (m) { return '<p><b>' + escapeHtml(m.title) + '</b></p>' + gridToHtml(m.grid); }).join('\n');
    var text = models.map(function (m) { return m.title + '\n' + gridToText(m.grid); }).join('\n\n');
    var ok = copyToClipboard(html, text);
    ui.note.textContent = ok ? '已复制三张表（标准格式），可直接粘贴到 Word、WPS 或网站编辑器。' : '复制失败：浏览器不允许访问剪贴板。';
  }

  function exportReport() {
    var html = reportHtml(state.result, state.text, engine.version());
    if (!html) { ui.note.textContent = '还没有检查结果可导出。'; return; }
    var blob = new Blob([html], { type: 'text/html;charset=utf-8' });
    var a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = reportFileName(state.result);
    root.appendChild(a);
    a.click();
    root.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
    ui.note.textContent = '已导出检查报告：' + a.download + '（用浏览器打开后可直接打印）。';
  }

  function printReport() {
    var html = reportHtml(state.result, state.text, engine.version());
    if (!html) { ui.note.textContent = '还没有检查结果可打印。'; return; }
    var frame = el('iframe', 'xl-print-frame');
    root.appendChild(frame);
    frame.srcdoc = html;
    frame.addEventListener('load', function () {
      try { frame.contentWindow.focus(); frame.contentWindow.print(); } catch (e) { exportReport(); }
      setTimeout(function () { if (frame.parentNode) frame.parentNode.removeChild(frame); }, 60000);
    });
  }

  // ---- wiring -----------------------------------------------------------------------------

  textarea.addEventListener('input', onEdited);
  textarea.addEventListener('paste', onPaste);
  textarea.addEventListener('scroll', syncOverlay);
  ['keyup', 'click', 'select'].forEach(function (t) { textarea.addEventListener(t, caretInfo); });
  ui.editor.addEventListener('dragover', function (e) { e.preventDefault(); ui.editor.classList.add('xl-drag'); });
  ui.editor.addEventListener('dragleave', function () { ui.editor.classList.remove('xl-drag'); });
  ui.editor.addEventListener('drop', onDrop);
  ui.marks.addEventListener('wheel', function (e) {
    textarea.scrollTop += e.deltaY;
    e.preventDefault();
  });
  ui.marks.addEventListener('mouseover', function (e) {
    var m = e.target.closest && e.target.closest('mark');
    if (m) showTip(m, e.clientX, e.clientY); else hideTip();
  });
  ui.marks.addEventListener('mouseout', function (e) {
    var to = e.relatedTarget;
    if (!(to && to.closest && to.closest('mark'))) hideTip();
  });
  // Clicking a highlight selects it in the editor, ready to be corrected.
  ui.marks.addEventListener('mousedown', function (e) {
    var m = e.target.closest && e.target.closest('mark');
    if (!m) return;
    e.preventDefault();
    var list = findingsOfMark(m);
    var r = list.length && list[0].range;
    textarea.focus();
    if (r) textarea.setSelectionRange(r.start, r.end);
    caretInfo();
  });
  ui.tables.addEventListener('click', function (e) { jumpFromCell(e.target); });
  ui.tables.addEventListener('keydown', function (e) { if (e.key === 'Enter') jumpFromCell(e.target); });
  ui.prev.addEventListener('click', function () { select(state.current < 0 ? state.order.length - 1 : state.current - 1); });
  ui.next.addEventListener('click', function () { select(state.current + 1); });
  root.addEventListener('keydown', function (e) {
    if (e.key === 'F8') { e.preventDefault(); select(e.shiftKey ? state.current - 1 : state.current + 1); }
  });
  ui.template.addEventListener('change', runCheck);
  ui.openBtn.addEventListener('click', function () { ui.file.click(); });
  ui.file.addEventListener('change', function () { openFile(ui.file.files[0]); ui.file.value = ''; });
  ui.copyBtn.addEventListener('click', copyTables);
  ui.exportBtn.addEventListener('click', exportReport);
  ui.printBtn.addEventListener('click', printReport);
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
  var onResize = function () { syncOverlay(); };
  window.addEventListener('resize', onResize);
  if (typeof ResizeObserver === 'function') new ResizeObserver(onResize).observe(textarea);

  // Table cell → its place in the text.
  function jumpFromCell(target) {
    var cell = target.closest && target.closest('[data-cell]');
    if (!cell) return;
    var idx = (cell.getAttribute('data-f') || '').split(' ').filter(Boolean);
    if (idx.length) {
      for (var i = 0; i < state.order.length; i++) if (String(state.order[i].index) === idx[0]) return select(i);
    }
  }

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

  var controller = {
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
  return controller;
}

function buildLayout(root, options) {
  var ui = {};
  ui.root = el('div', 'xl-root xl-loading' + (options.full ? ' xl-full' : '') + (options.fill ? ' xl-fill' : ''));
  ui.root.setAttribute('lang', 'zh-CN');

  var bar = el('header', 'xl-bar');
  if (options.title !== false) bar.appendChild(el('h1', 'xl-title', options.title || '政府信息公开工作年度报告检查'));
  var tools = el('div', 'xl-tools');
  tools.setAttribute('role', 'toolbar');
  tools.setAttribute('aria-label', '操作');
  if (options.source) {
    ui.recheck = button('重新读取编辑器内容', 'xl-primary');
    tools.appendChild(ui.recheck);
  } else {
    ui.openBtn = button('打开文件…', null, '打开 .txt 或 .html 文件，也可以把文件拖到文本框里');
    tools.appendChild(ui.openBtn);
  }
  ui.file = el('input', 'xl-hidden');
  ui.file.type = 'file';
  ui.file.accept = '.txt,.htm,.html,text/plain,text/html';
  tools.appendChild(ui.file);
  if (!ui.openBtn) ui.openBtn = button('打开文件…');
  if (options.samples && options.samples.length && !options.source) {
    ui.sample = el('select', 'xl-select xl-sample');
    ui.sample.setAttribute('aria-label', '载入示例报告');
    var first = el('option', null, '载入示例…');
    first.value = '';
    ui.sample.appendChild(first);
    options.samples.forEach(function (s, i) {
      var o = el('option', null, s.name);
      o.value = String(i);
      ui.sample.appendChild(o);
    });
    tools.appendChild(ui.sample);
  }
  var tplLabel = el('label', 'xl-tpl');
  tplLabel.appendChild(document.createTextNode('模板 '));
  ui.template = el('select', 'xl-select');
  [['', '自动识别'], ['2019', '2019 版（试行）'], ['2021', '2021 版']].forEach(function (t) {
    var o = el('option', null, t[1]);
    o.value = t[0];
    ui.template.appendChild(o);
  });
  if (options.template) ui.template.value = options.template;
  tplLabel.appendChild(ui.template);
  tools.appendChild(tplLabel);
  ui.copyBtn = button('复制标准表格', null, '把还原的三张表按标准格式复制到剪贴板');
  ui.exportBtn = button('导出检查报告', null, '下载可打印的检查报告（HTML 文件）');
  ui.printBtn = button('打印检查报告');
  ui.clearBtn = button('清空', 'xl-danger', '清空报告内容并删除本机草稿');
  [ui.copyBtn, ui.exportBtn, ui.printBtn].forEach(function (b) { tools.appendChild(b); });
  if (!options.source) tools.appendChild(ui.clearBtn);
  bar.appendChild(tools);
  ui.root.appendChild(bar);

  var main = el('div', 'xl-main');

  var editor = ui.editor = el('section', 'xl-editor');
  var head = el('div', 'xl-pane-head');
  head.appendChild(el('h2', 'xl-pane-title', '报告全文'));
  head.appendChild(el('span', 'xl-hint', options.source ? '（编辑器内容的只读副本：请回到编辑器修改）' : '（粘贴、输入，或把 .txt / .html 文件拖到这里）'));
  ui.input = el('span', 'xl-input-kind');
  head.appendChild(ui.input);
  editor.appendChild(head);
  var wrap = el('div', 'xl-edwrap');
  ui.textarea = el('textarea', 'xl-text');
  ui.textarea.spellcheck = false;
  ui.textarea.setAttribute('aria-label', '报告全文');
  ui.textarea.placeholder = '在这里粘贴政府信息公开工作年度报告全文（可直接从网页、Word、WPS 复制）……';
  ui.marks = el('div', 'xl-marks');
  ui.marks.setAttribute('aria-hidden', 'true');
  ui.marksInner = el('div', 'xl-marks-inner');
  ui.marks.appendChild(ui.marksInner);
  wrap.appendChild(ui.textarea);
  wrap.appendChild(ui.marks);
  editor.appendChild(wrap);
  ui.caret = el('div', 'xl-caret');
  ui.caret.setAttribute('aria-live', 'polite');
  editor.appendChild(ui.caret);
  ui.note = el('div', 'xl-note');
  ui.note.setAttribute('role', 'status');
  editor.appendChild(ui.note);
  var draft = el('div', 'xl-draft');
  ui.eraseBtn = button('删除草稿', 'xl-small');
  if (options.storageKey) {
    draft.appendChild(el('span', null, '草稿自动保存在本机浏览器中，刷新页面不会丢失。'));
    draft.appendChild(ui.eraseBtn);
    editor.appendChild(draft);
  }
  main.appendChild(editor);

  var side = el('section', 'xl-side');
  ui.summary = el('div', 'xl-summary');
  ui.summary.setAttribute('role', 'status');
  ui.summary.setAttribute('aria-live', 'polite');
  side.appendChild(ui.summary);
  ui.meta = el('div', 'xl-meta');
  side.appendChild(ui.meta);
  var nav = el('div', 'xl-nav');
  ui.prev = button('上一处', null, '上一处问题（Shift+F8）');
  ui.next = button('下一处', null, '下一处问题（F8）');
  ui.pos = el('span', 'xl-pos');
  nav.appendChild(ui.prev);
  nav.appendChild(ui.pos);
  nav.appendChild(ui.next);
  side.appendChild(nav);
  ui.findings = el('div', 'xl-findings');
  side.appendChild(ui.findings);
  ui.tablesPane = el('div', 'xl-tables-pane');
  ui.tablesPane.appendChild(el('h2', 'xl-pane-title', '表格还原（按标准格式）'));
  var legend = el('div', 'xl-legend');
  legend.appendChild(el('span', 'xl-cell-blank xl-legend-item', '空'));
  legend.appendChild(document.createTextNode(' 空白格（不是 0）　'));
  legend.appendChild(el('span', 'xl-cell-missing xl-legend-item', '缺'));
  legend.appendChild(document.createTextNode(' 报告中缺少此格　'));
  legend.appendChild(el('span', 'xl-expect xl-legend-item', '应为 0'));
  legend.appendChild(document.createTextNode(' 疑似填错的格及应填的数'));
  ui.tablesPane.appendChild(legend);
  ui.tables = el('div', 'xl-tables');
  ui.tablesPane.appendChild(ui.tables);
  side.appendChild(ui.tablesPane);
  main.appendChild(side);
  ui.root.appendChild(main);

  ui.tip = el('div', 'xl-tip');
  ui.tip.setAttribute('role', 'tooltip');
  ui.tip.hidden = true;
  ui.root.appendChild(ui.tip);
  root.appendChild(ui.root);
  return ui;
}
