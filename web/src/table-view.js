// The rebuilt tables in the page: every cell of the template with the number as read (blank and
// missing kept apart from 0), the cells findings name flagged, a suspect cell with the value it
// should hold. A flagged cell leads back to its finding. A cell that has a place in the draft can
// be typed into: the number is written back into the draft at that place as the clerk types.
import { el } from './dom.js';
import { worstSeverity } from './findings.js';
import { tableModels, cellView } from './tables.js';

// onPickFinding(index): a flagged cell was clicked (or Enter pressed on it); index into
// result.findings. editing (none: the tables are read-only): {canEdit() -> whether the shown
// result is the draft's (else the ranges are stale), recheck() (check the draft now),
// write(start, end, text, tag) -> the text as written (HTML-escaped in an HTML draft)}.
// Returns {render, cellsOf}.
export function createTableView(ui, onPickFinding, editing) {
  var cellsByKey = {};
  var cellsByStart = {};
  var rangeByKey = {};
  var edit = null; // the cell being typed into: {key, input, start, length, tag}
  var waiting = null; // the key of a cell clicked while the result was stale: opened once checked

  function render(result) {
    var box = ui.tables;
    if (edit) edit.moving = true; // the input leaves with the old cells: that is no blur
    box.textContent = '';
    cellsByKey = {};
    cellsByStart = {};
    rangeByKey = {};
    if (!result || result.error) { edit = null; return; }
    var models = tableModels(result);
    if (!models.length) {
      box.appendChild(el('p', 'xl-none', '未能识别报告模板，无法还原表格。'));
      return;
    }
    var flags = cellFlags(result);
    var findings = result.findings || [];
    models.forEach(function (m) {
      var section = el('section', 'xl-table-block');
      section.setAttribute('data-table', m.key);
      section.appendChild(el('h3', 'xl-table-title', m.title));
      if (!m.found) section.appendChild(el('p', 'xl-missing-table', '报告中没有找到这张表。'));
      section.appendChild(gridToDom(m.grid, flags, findings));
      box.appendChild(section);
    });
    if (edit) resumeEdit();
    else if (waiting && cellsByKey[waiting] && editing.canEdit()) {
      ui.note.textContent = '';
      startEdit(cellsByKey[waiting]);
    }
    waiting = null;
  }

  // Which findings name each cell: "table/row/column" -> [index into result.findings].
  function cellFlags(result) {
    var flags = {};
    (result.findings || []).forEach(function (f, i) {
      if (f.table && f.row && f.column) {
        var key = f.table + '/' + f.row + '/' + f.column;
        (flags[key] = flags[key] || []).push(i);
      }
    });
    return flags;
  }

  function gridToDom(grid, flags, findings) {
    var table = el('table', 'xl-table');
    var tbody = el('tbody');
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
    var idx = flags[key];
    if (idx) {
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
    cellsByKey[key] = cell;
    if (c.cell && c.cell.range) {
      cellsByStart[c.cell.range.start] = cell;
      rangeByKey[key] = c.cell.range;
      if (editing) {
        cell.className += ' xl-editable';
        cell.tabIndex = 0;
        if (!cell.title) cell.title = '点击可修改此格（写入报告全文）';
      }
    }
  }

  // ---- typing into a cell ---------------------------------------------------------------------
  // The cell's range in the draft is the checked one when typing starts; as the clerk types it is
  // [start, start + what was written), until the next check gives it afresh (resumeEdit).

  function startEdit(cell) {
    var key = cell.getAttribute('data-cell');
    var range = rangeByKey[key];
    if (!editing || !range || (edit && edit.key === key)) return;
    if (!editing.canEdit()) {
      // The ranges are stale (the draft changed since the check): check now, open the cell then.
      stopEdit();
      waiting = key;
      ui.note.textContent = '正在重新检查，检查完即可修改这一格。';
      editing.recheck();
      return;
    }
    stopEdit();
    var input = el('input', 'xl-cell-input');
    input.type = 'text';
    input.setAttribute('inputmode', 'numeric');
    input.setAttribute('aria-label', '修改此格的数字');
    var val = cell.querySelector('.xl-val');
    input.value = cell.classList.contains('xl-cell-num') ? val.textContent : '';
    var mine = edit = { key: key, input: input, start: range.start, length: range.end - range.start, tag: {} };
    input.addEventListener('input', function () {
      var written = editing.write(mine.start, mine.start + mine.length, input.value.trim(), mine.tag);
      mine.length = written.length;
      var shown = input.parentNode && input.parentNode.querySelector('.xl-val');
      if (shown) shown.textContent = input.value.trim(); // the cell under the input takes its new width
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === 'Escape') { e.preventDefault(); stopEdit(); }
      e.stopPropagation(); // Enter here is no jump to the finding, Ctrl+Z the input's own
    });
    input.addEventListener('blur', function () { if (edit === mine && !mine.moving) stopEdit(); });
    placeInput(cell);
  }

  function placeInput(cell) {
    cell.classList.add('xl-editing');
    cell.appendChild(edit.input);
    edit.input.focus();
  }

  // After a check: the cell again, its range as now read (gone: typing ends there).
  function resumeEdit() {
    var cell = cellsByKey[edit.key];
    var range = rangeByKey[edit.key];
    if (!cell || !range) { edit = null; ui.note.textContent = '这一格在报告中已找不到，修改已停止。'; return; }
    edit.start = range.start;
    edit.length = range.end - range.start;
    var caret = edit.input.selectionStart;
    placeInput(cell);
    edit.input.setSelectionRange(caret, caret);
    edit.moving = false;
  }

  function stopEdit() {
    if (!edit) return;
    var input = edit.input;
    edit = null;
    var cell = input.parentNode;
    if (cell) {
      cell.classList.remove('xl-editing');
      cell.removeChild(input);
    }
  }

  // The cells a finding is about: the one it names, or the cells of the row it names (a lost
  // cell), and the cells at its range and related ranges.
  function cellsOf(f) {
    var cells = [];
    if (f.table && f.row && f.column && cellsByKey[f.table + '/' + f.row + '/' + f.column]) {
      cells.push(cellsByKey[f.table + '/' + f.row + '/' + f.column]);
    } else if (f.table && f.row) {
      var prefix = f.table + '/' + f.row + '/';
      Object.keys(cellsByKey).forEach(function (k) { if (k.indexOf(prefix) === 0) cells.push(cellsByKey[k]); });
    }
    (f.related || []).concat(f.range ? [f.range] : []).forEach(function (r) {
      var c = r && cellsByStart[r.start];
      if (c && cells.indexOf(c) < 0) cells.push(c);
    });
    return cells;
  }

  // Table cell -> its finding.
  function jumpFromCell(target) {
    var cell = target.closest && target.closest('[data-cell]');
    if (!cell) return;
    var idx = (cell.getAttribute('data-f') || '').split(' ').filter(Boolean);
    if (idx.length) onPickFinding(+idx[0]);
  }

  function onCell(target) {
    if (edit && target === edit.input) return;
    jumpFromCell(target);
    var cell = target.closest && target.closest('td.xl-editable');
    if (cell) startEdit(cell);
  }

  ui.tables.addEventListener('click', function (e) { onCell(e.target); });
  ui.tables.addEventListener('keydown', function (e) { if (e.key === 'Enter') onCell(e.target); });

  return { render: render, cellsOf: cellsOf };
}
