// The rebuilt tables in the page: every cell of the template with the number as read (blank and
// missing kept apart from 0), the cells findings name flagged, a suspect cell with the value it
// should hold. A flagged cell leads back to its finding.
import { el } from './dom.js';
import { worstSeverity } from './findings.js';
import { tableModels, cellView } from './tables.js';

// onPickFinding(index): a flagged cell was clicked (or Enter pressed on it); index into
// result.findings. Returns {render, cellsOf}.
export function createTableView(ui, onPickFinding) {
  var cellsByKey = {};
  var cellsByStart = {};

  function render(result) {
    var box = ui.tables;
    box.textContent = '';
    cellsByKey = {};
    cellsByStart = {};
    if (!result || result.error) return;
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
    if (c.cell && c.cell.range) cellsByStart[c.cell.range.start] = cell;
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

  ui.tables.addEventListener('click', function (e) { jumpFromCell(e.target); });
  ui.tables.addEventListener('keydown', function (e) { if (e.key === 'Enter') jumpFromCell(e.target); });

  return { render: render, cellsOf: cellsOf };
}
