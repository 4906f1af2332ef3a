// The findings list beside the editor: grouped, in display order, each naming its place; and the
// walk through it (上一处/下一处, F8) whose current item the other panes follow.
import { el, scrollWithin } from './dom.js';
import { GROUPS, SEVERITY_LABEL, orderedFindings, locationText } from './findings.js';

// onPick(pos): the clerk chose the item at pos in display order. Returns
// {render, select, step, count, positionOf}.
export function createFindingsList(ui, onPick) {
  var order = [];
  var current = -1;

  // lines: lineStarts() of the checked text, for the line numbers.
  function render(result, lines) {
    var box = ui.findings;
    box.textContent = '';
    order = [];
    current = -1;
    if (!result || result.error) { updateNav(); return; }
    order = orderedFindings(result);
    GROUPS.forEach(function (g) {
      var items = order.filter(function (o) { return o.group === g[0]; });
      var section = el('section', 'xl-group');
      section.setAttribute('data-group', g[0]);
      section.appendChild(el('h3', 'xl-group-title', g[1] + '（' + items.length + '）'));
      if (!items.length) {
        section.appendChild(el('p', 'xl-none', '没有问题'));
      } else {
        var ol = el('ol', 'xl-list');
        items.forEach(function (o) { ol.appendChild(item(result, o, lines)); });
        section.appendChild(ol);
      }
      box.appendChild(section);
    });
    updateNav();
  }

  function item(result, o, lines) {
    var f = o.finding;
    var li = el('li', 'xl-item');
    var b = el('button', 'xl-finding xl-sev-' + f.severity);
    b.type = 'button';
    b.setAttribute('data-index', String(o.index));
    b.setAttribute('data-rule', f.rule);
    b.appendChild(el('span', 'xl-badge xl-badge-' + f.severity, SEVERITY_LABEL[f.severity] || f.severity));
    b.appendChild(el('span', 'xl-msg', f.message));
    var loc = locationText(result, f, lines);
    if (loc) b.appendChild(el('span', 'xl-loc', loc));
    b.addEventListener('click', function () { onPick(order.indexOf(o)); });
    li.appendChild(b);
    return li;
  }

  function updateNav() {
    var n = order.length;
    ui.prev.disabled = !n;
    ui.next.disabled = !n;
    ui.pos.textContent = n ? (current >= 0 ? (current + 1) + ' / ' + n : '共 ' + n + ' 处') : '';
  }

  // Makes the item at pos (wrapping around) the current one; returns it ({index, group, finding})
  // or null when the list is empty.
  function select(pos) {
    var n = order.length;
    if (!n) return null;
    current = ((pos % n) + n) % n;
    var o = order[current];
    var btns = ui.findings.querySelectorAll('.xl-finding');
    for (var i = 0; i < btns.length; i++) {
      var on = btns[i].getAttribute('data-index') === String(o.index);
      btns[i].classList.toggle('xl-current', on);
      if (on) scrollWithin(ui.findings, btns[i]);
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
