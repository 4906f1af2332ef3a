// The findings list beside the editor: grouped, one item per problem (a suspect cell with the
// equations it explains folded under it), each naming its place; the clerk's actions on an item
// (改为 N: the fix written into the draft; 已核实 with a note on a warning); and the walk through
// the findings (上一处/下一处, F8) whose current one the other panes follow.
import { el, button, scrollWithin } from './dom.js';
import { GROUPS, SEVERITY_LABEL, problemsOf, locationText } from './findings.js';

// Whether the draft can take f's fix: a suspect cell with a value and a place in the draft.
export function fixOf(f) {
  var ok = f.rule === 'suspect-cell' && f.expected !== null && f.expected !== undefined && f.range &&
    typeof f.range.start === 'number' && typeof f.range.end === 'number';
  return ok ? { start: f.range.start, end: f.range.end, text: String(f.expected) } : null;
}

// onPick(pos): the clerk chose the item at pos in display order. actions: {fix(finding),
// verify(finding, note), unverify(finding), verified(finding) -> {note} or null, readOnly}.
// Returns {render, select, step, positionOf}.
export function createFindingsList(ui, onPick, actions) {
  var order = [];   // every finding, in display order (heads and what is folded under them)
  var current = -1;

  // lines: lineStarts() of the checked text, for the line numbers. keepCurrent: the same result
  // drawn again (a mark changed): the current finding stays current.
  function render(result, lines, keepCurrent) {
    var was = keepCurrent && current >= 0 ? order[current].index : -1;
    var box = ui.findings;
    box.textContent = '';
    order = [];
    current = -1;
    if (!result || result.error) { updateNav(); return; }
    var problems = problemsOf(result);
    GROUPS.forEach(function (g) {
      var items = problems.filter(function (p) { return p.head.group === g[0]; });
      var section = el('section', 'xl-group');
      section.setAttribute('data-group', g[0]);
      section.appendChild(el('h3', 'xl-group-title', g[1] + '（' + items.length + '）'));
      if (!items.length) {
        section.appendChild(el('p', 'xl-none', '没有问题'));
      } else {
        var ol = el('ol', 'xl-list');
        items.forEach(function (p) { ol.appendChild(problemItem(result, p, lines)); });
        section.appendChild(ol);
      }
      box.appendChild(section);
    });
    if (was >= 0) select(positionOf(was), true);
    updateNav();
  }

  function findingButton(result, o, lines) {
    var f = o.finding;
    var b = el('button', 'xl-finding xl-sev-' + f.severity);
    b.type = 'button';
    b.setAttribute('data-index', String(o.index));
    b.setAttribute('data-rule', f.rule);
    b.appendChild(el('span', 'xl-badge xl-badge-' + f.severity, SEVERITY_LABEL[f.severity] || f.severity));
    b.appendChild(el('span', 'xl-msg', f.message));
    var loc = locationText(result, f, lines);
    if (loc) b.appendChild(el('span', 'xl-loc', loc));
    b.addEventListener('click', function () { onPick(order.indexOf(o)); });
    order.push(o);
    return b;
  }

  function problemItem(result, p, lines) {
    var f = p.head.finding;
    var li = el('li', 'xl-item');
    li.setAttribute('data-problem', String(p.head.index));
    li.appendChild(findingButton(result, p.head, lines));
    var bar = el('div', 'xl-actions');
    var fix = fixOf(f);
    if (fix && !actions.readOnly) {
      var fb = button('改为 ' + fix.text, 'xl-small xl-fix', '把这一格改为 ' + fix.text + '（写入报告全文，可撤销）');
      fb.addEventListener('click', function () { actions.fix(f); });
      bar.appendChild(fb);
    }
    if (f.severity === 'warning') verifyControls(bar, li, f);
    if (bar.firstChild) li.appendChild(bar);
    if (p.folded.length) li.appendChild(foldedList(result, p, lines));
    return li;
  }

  // 已核实 (and its note), or the button that marks it, opening a small form for the note.
  function verifyControls(bar, li, f) {
    var mark = actions.verified(f);
    if (mark) {
      li.classList.add('xl-verified');
      bar.appendChild(el('span', 'xl-verified-tag', '已核实'));
      if (mark.note) bar.appendChild(el('span', 'xl-verified-note', mark.note));
      var undo = button('取消核实', 'xl-small xl-unverify');
      undo.addEventListener('click', function () { actions.unverify(f); });
      bar.appendChild(undo);
      return;
    }
    var open = button('标为已核实', 'xl-small xl-verify', '核对无误：不再算作待处理的提醒，可附备注');
    open.addEventListener('click', function () {
      var form = el('form', 'xl-verify-form');
      var note = el('input', 'xl-verify-note');
      note.type = 'text';
      note.placeholder = '备注（可不填），如：已与业务科室核对';
      note.setAttribute('aria-label', '核实备注');
      var ok = button('确定', 'xl-small xl-primary');
      ok.type = 'submit';
      var cancel = button('取消', 'xl-small');
      form.appendChild(note);
      form.appendChild(ok);
      form.appendChild(cancel);
      form.addEventListener('submit', function (e) { e.preventDefault(); actions.verify(f, note.value); });
      cancel.addEventListener('click', function () { bar.removeChild(form); open.hidden = false; });
      open.hidden = true;
      bar.appendChild(form);
      note.focus();
    });
    bar.appendChild(open);
  }

  function foldedList(result, p, lines) {
    var box = el('details', 'xl-folded');
    box.appendChild(el('summary', 'xl-folded-title', p.folded.length + ' 个等式因此不成立（改正这一格后都会成立）'));
    var ol = el('ol', 'xl-list xl-sublist');
    p.folded.forEach(function (o) {
      var li = el('li', 'xl-item');
      li.appendChild(findingButton(result, o, lines));
      ol.appendChild(li);
    });
    box.appendChild(ol);
    return box;
  }

  function updateNav() {
    var n = order.length;
    ui.prev.disabled = !n;
    ui.next.disabled = !n;
    ui.pos.textContent = n ? (current >= 0 ? (current + 1) + ' / ' + n : '共 ' + n + ' 条') : '';
  }

  // Makes the item at pos (wrapping around) the current one, opening its fold; returns it
  // ({index, group, finding}) or null when the list is empty. quiet: do not scroll.
  function select(pos, quiet) {
    var n = order.length;
    if (!n) return null;
    current = ((pos % n) + n) % n;
    var o = order[current];
    var btns = ui.findings.querySelectorAll('.xl-finding');
    for (var i = 0; i < btns.length; i++) {
      var on = btns[i].getAttribute('data-index') === String(o.index);
      btns[i].classList.toggle('xl-current', on);
      if (!on) continue;
      var fold = btns[i].closest('details');
      if (fold) fold.open = true;
      if (!quiet) scrollWithin(ui.findings, btns[i]);
    }
    updateNav();
    return o;
  }

  // The position delta steps away from the current one (from the end when none is current yet
  // and delta is negative).
  function step(delta) {
    if (current < 0 && delta < 0) return order.length + delta;
    return current + delta;
  }

  // The display position of result.findings[index], or -1.
  function positionOf(index) {
    for (var i = 0; i < order.length; i++) if (order[i].index === index) return i;
    return -1;
  }

  return { render: render, select: select, step: step, positionOf: positionOf };
}
