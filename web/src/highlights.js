// The highlight layer over the editor: the checked text again, with a <mark> over each finding's
// range, kept scrolled and wrapped exactly like the textarea; the tooltip over a mark and the
// line under the editor that names the finding at the caret.
import { el } from './dom.js';
import { SEVERITY_LABEL, worstSeverity } from './findings.js';

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

// currentResult(): the result the layer shows, or null. Returns {render, sync, marksOf, scrollTo, caretInfo}.
export function createHighlights(ui, currentResult) {
  var textarea = ui.textarea;
  var marksByFinding = {};

  function findingsShown() {
    var result = currentResult();
    return (result && !result.error && result.findings) || [];
  }

  function render() {
    var inner = ui.marksInner;
    inner.textContent = '';
    marksByFinding = {};
    var text = textarea.value;
    var findings = findingsShown();
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
      seg.idx.forEach(function (k) { (marksByFinding[k] = marksByFinding[k] || []).push(m); });
      frag.appendChild(m);
    });
    // A trailing line keeps the overlay as tall as the textarea's scrollable content.
    frag.appendChild(document.createTextNode('\n\u00a0'));
    inner.appendChild(frag);
    sync();
  }

  function sync() {
    // The layer must wrap lines exactly where the textarea does, so it gets the textarea's
    // fractional width (clientWidth is rounded) less the scrollbar.
    var scrollbar = textarea.offsetWidth - textarea.clientWidth;
    ui.marks.style.width = (textarea.getBoundingClientRect().width - scrollbar) + 'px';
    ui.marks.style.height = textarea.clientHeight + 'px';
    ui.marks.scrollTop = textarea.scrollTop;
    ui.marks.scrollLeft = textarea.scrollLeft;
  }

  function marksOf(index) {
    return marksByFinding[index] || [];
  }

  function scrollTo(mark) {
    textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3);
    sync();
  }

  function findingsOfMark(m) {
    var findings = findingsShown();
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
    var pos = textarea.selectionStart;
    var hit = findingsShown().filter(function (f) { return f.range && f.range.start <= pos && pos <= f.range.end && f.range.end > f.range.start; });
    ui.caret.textContent = hit.length ? '光标处：' + hit.map(function (f) { return f.message; }).join('；') : '';
  }

  textarea.addEventListener('scroll', sync);
  ['keyup', 'click', 'select'].forEach(function (t) { textarea.addEventListener(t, caretInfo); });
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

  return { render: render, sync: sync, marksOf: marksOf, scrollTo: scrollTo, tip: showTip, hideTip: hideTip };
}
