// The document view: a pasted or opened HTML report drawn as the document — paragraphs and tables
// with their spans — from the core's own reading of it (check.h document_to_json), never from the
// pasted HTML itself. Every piece of text enters the page through textContent, so nothing of the
// HTML is executed, loaded or styled. Findings are marked over the sentences and cells their
// source ranges cover. The site around the report (chrome) is folded. Long documents are laid out
// a slice at a time as the clerk scrolls, so a 5 MB saved page never freezes the page.
import { el, button } from './dom.js';
import { worstSeverity } from './findings.js';

var SLICE_LINES = 300; // paragraphs and table rows laid out per slice: a few screens, well under a frame
var WIDE_RANGE = 80;   // as in highlights.js: a long range only underlines

function textOf(runs) {
  return runs.map(function (r) { return r.text; }).join('');
}

function covers(range, start, end) {
  if (range.start === range.end) return start <= range.start && range.start <= end;
  return range.start < end && range.end > start;
}

// The plain text of the document as the core read it: a line a paragraph, a table row as cells
// between tabs (what 编辑文本 puts into the editor).
export function documentPlainText(view) {
  var lines = [];
  view.blocks.forEach(function (b) {
    if (b.kind === 'omitted') return; // site left out of a huge page (switchView refuses a report left out)
    if (b.kind === 'p') lines.push(textOf(b.runs));
    else b.rows.forEach(function (row) { lines.push(row.map(function (c) { return textOf(c.runs); }).join('\t')); });
  });
  return lines.join('\n') + '\n';
}

// ui: the checker's elements; hooks: {findings(): the findings shown, tip(el, x, y), hideTip(),
// pick(index): a mark was clicked, setMode(mode): the clerk switched views}.
export function createDocumentView(ui, hooks) {
  var bar = el('div', 'xl-views');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', '显示方式');
  var buttons = {
    doc: button('文档', 'xl-small', '按文档显示（只读）'),
    text: button('编辑文本', 'xl-small', '改为纯文本编辑，按文本检查'),
    source: button('查看源码', 'xl-small', 'HTML 源码（只读）')
  };
  Object.keys(buttons).forEach(function (k) { bar.appendChild(buttons[k]); });
  bar.hidden = true;
  var box = el('div', 'xl-docview');
  box.tabIndex = 0;
  box.setAttribute('aria-label', '报告全文（只读）');
  box.hidden = true;
  var wrap = ui.textarea.parentNode;
  wrap.parentNode.insertBefore(bar, wrap);
  wrap.appendChild(box);

  var state = { view: null, mode: 'doc', rendered: 0, parts: [], byBlock: null, marks: {} };

  // Findings per block (blocks are few: a view keeps at most some thousands).
  function indexFindings(findings) {
    var byBlock = {};
    state.view.blocks.forEach(function (b, k) {
      findings.forEach(function (f, i) {
        if (f.range && covers(f.range, b.range.start, b.range.end)) (byBlock[k] = byBlock[k] || []).push(i);
      });
    });
    return byBlock;
  }

  function keepMark(i, node) { (state.marks[i] = state.marks[i] || []).push(node); }

  function markClass(findings, idx) {
    var short = idx.filter(function (k) { var r = findings[k].range; return r.end - r.start <= WIDE_RANGE; });
    return 'xl-m xl-m-' + worstSeverity(findings, short.length ? short : idx) + (short.length ? '' : ' xl-m-wide');
  }

  // A run's text with the findings over it as marks: cut at every range boundary inside the run.
  function appendRun(parent, run, idx, findings) {
    var cuts = [run.start, run.end];
    idx.forEach(function (i) {
      var r = findings[i].range;
      [r.start, r.end].forEach(function (p) { if (p > run.start && p < run.end) cuts.push(p); });
    });
    cuts.sort(function (a, b) { return a - b; });
    for (var k = 0; k + 1 < cuts.length; k++) {
      var s = cuts[k], e = cuts[k + 1];
      if (s === e) continue;
      var piece = run.text.slice(s - run.start, e - run.start);
      var over = idx.filter(function (i) { var r = findings[i].range; return r.start <= s && r.end >= e && r.end > r.start; });
      if (!over.length) { parent.appendChild(document.createTextNode(piece)); continue; }
      var m = el('mark', markClass(findings, over), piece);
      m.setAttribute('data-f', over.join(' '));
      over.forEach(function (i) { keepMark(i, m); });
      parent.appendChild(m);
    }
    // A place rather than a span (an empty range) inside or at the end of this run.
    idx.forEach(function (i) {
      var r = findings[i].range;
      if (r.start !== r.end || r.start < run.start || r.start > run.end || (state.marks[i] || []).length) return;
      var m = el('mark', markClass(findings, [i]) + ' xl-m-empty', '');
      m.setAttribute('data-f', String(i));
      keepMark(i, m);
      parent.appendChild(m);
    });
  }

  function paragraph(b, idx, findings) {
    var p = el('p', 'xl-dv-p');
    b.runs.forEach(function (run) { appendRun(p, run, idx, findings); });
    return p;
  }

  function table(b, idx, findings) {
    var t = el('table', 'xl-dv-table');
    var body = el('tbody');
    t.appendChild(body);
    b.rows.forEach(function (row) {
      var tr = el('tr');
      row.forEach(function (c) {
        var td = el('td');
        if (c.rowspan > 1) td.rowSpan = c.rowspan;
        if (c.colspan > 1) td.colSpan = c.colspan;
        td.textContent = textOf(c.runs);
        var over = idx.filter(function (i) { return covers(findings[i].range, c.range.start, c.range.end); });
        if (over.length) {
          td.className = 'xl-dv-hit ' + markClass(findings, over);
          td.setAttribute('data-f', over.join(' '));
          over.forEach(function (i) { keepMark(i, td); });
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    return t;
  }

  // What the core left out of a very long page: named, with where to read it.
  function omitted(b, idx, findings) {
    var p = el('p', 'xl-dv-omitted', '……另有 ' + b.count + ' 段未显示（文档过长），见「查看源码」。');
    if (idx.length) {
      p.className += ' ' + markClass(findings, idx);
      p.setAttribute('data-f', idx.join(' '));
      idx.forEach(function (i) { keepMark(i, p); });
    }
    return p;
  }

  function blockElement(k, findings) {
    var b = state.view.blocks[k];
    var idx = state.byBlock[k] || [];
    var node = b.kind === 'p' ? paragraph(b, idx, findings) : b.kind === 'table' ? table(b, idx, findings) : omitted(b, idx, findings);
    node.setAttribute('data-block', String(k));
    return node;
  }

  // The blocks as parts: a run of report blocks, or a run of chrome blocks folded under one line.
  function partsOf(blocks) {
    var parts = [];
    blocks.forEach(function (b, k) {
      var last = parts[parts.length - 1];
      if (last && last.chrome === !!b.chrome) last.end = k + 1;
      else parts.push({ chrome: !!b.chrome, start: k, end: k + 1 });
    });
    return parts;
  }

  function fillChrome(details, part, findings) {
    if (details.getAttribute('data-filled')) return;
    details.setAttribute('data-filled', '1');
    for (var k = part.start; k < part.end; k++) details.appendChild(blockElement(k, findings));
  }

  // Lays out the next slice of the document: report blocks up to SLICE_LINES, a chrome fold as one
  // line (its blocks are laid out when it is opened).
  function renderSlice() {
    var findings = hooks.findings();
    var budget = SLICE_LINES;
    while (state.rendered < state.parts.length && budget > 0) {
      var part = state.parts[state.rendered];
      if (part.chrome) {
        var d = el('details', 'xl-dv-chrome');
        var count = part.end - part.start;
        d.appendChild(el('summary', null, '网站页面内容（不属于报告正文，' + count + ' 段，已折叠）'));
        d.addEventListener('toggle', fillChrome.bind(null, d, part, findings));
        part.node = d;
        box.insertBefore(d, state.more);
        budget -= 1;
        state.rendered++;
        continue;
      }
      for (; part.next < part.end && budget > 0; part.next++) {
        box.insertBefore(blockElement(part.next, findings), state.more);
        var b = state.view.blocks[part.next];
        budget -= b.rows ? b.rows.length : 1;
      }
      if (part.next >= part.end) state.rendered++;
    }
    state.more.hidden = state.rendered >= state.parts.length;
  }

  function render(view) {
    box.textContent = '';
    state.marks = {};
    state.view = view;
    box.removeAttribute('data-blocks');
    if (!view) return;
    state.byBlock = indexFindings(hooks.findings());
    state.parts = partsOf(view.blocks);
    state.parts.forEach(function (p) { p.next = p.start; });
    state.rendered = 0;
    state.more = el('div', 'xl-dv-more', '（向下滚动以显示后文）');
    box.appendChild(state.more);
    if (!view.blocks.length) box.insertBefore(el('p', 'xl-dv-empty', view.pending ? '正在排版文档……' : '（没有可显示的文字）'), state.more);
    renderSlice();
    if (!view.pending) box.setAttribute('data-blocks', String(view.blocks.length));
  }

  // Lays out everything up to the first block of finding i (opening its fold) and returns its marks.
  function reveal(i) {
    if (!state.view) return [];
    var first = -1;
    Object.keys(state.byBlock).forEach(function (k) {
      if (state.byBlock[k].indexOf(i) >= 0 && (first < 0 || +k < first)) first = +k;
    });
    var part = state.parts.filter(function (p) { return first >= p.start && first < p.end; })[0];
    if (!part) return [];
    while (!(part.chrome ? part.node : part.next > first)) renderSlice();
    if (part.chrome) {
      fillChrome(part.node, part, hooks.findings());
      part.node.open = true;
    }
    return state.marks[i] || [];
  }

  function scrollTo(node) {
    var b = box.getBoundingClientRect(), r = node.getBoundingClientRect();
    box.scrollTop += r.top - b.top - box.clientHeight / 3;
  }

  function setMode(mode) {
    state.mode = mode;
    var html = !!state.view;
    bar.hidden = !html;
    box.hidden = !html || mode !== 'doc';
    ui.textarea.hidden = html && mode === 'doc';
    ui.marks.hidden = html && mode === 'doc';
    ui.textarea.readOnly = html && mode === 'source' || !!hooks.readOnly;
    Object.keys(buttons).forEach(function (k) { buttons[k].setAttribute('aria-pressed', String(html && k === mode)); });
  }

  box.addEventListener('scroll', function () {
    if (!state.more.hidden && box.scrollTop + box.clientHeight * 2 > box.scrollHeight) renderSlice();
  });
  box.addEventListener('mouseover', function (e) {
    var m = e.target.closest && e.target.closest('[data-f]');
    if (m) hooks.tip(m, e.clientX, e.clientY); else hooks.hideTip();
  });
  box.addEventListener('mouseout', function (e) {
    var to = e.relatedTarget;
    if (!(to && to.closest && to.closest('[data-f]'))) hooks.hideTip();
  });
  box.addEventListener('click', function (e) {
    var m = e.target.closest && e.target.closest('[data-f]');
    if (m) hooks.pick(+m.getAttribute('data-f').split(' ')[0]);
  });
  Object.keys(buttons).forEach(function (k) {
    buttons[k].addEventListener('click', function () { hooks.setMode(k); });
  });

  return {
    element: box,
    render: render,
    reveal: reveal,
    scrollTo: scrollTo,
    setMode: setMode,
    mode: function () { return state.mode; },
    active: function () { return !!state.view && state.mode === 'doc'; },
    view: function () { return state.view; }
  };
}
