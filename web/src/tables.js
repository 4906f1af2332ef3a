// The three tables rebuilt in the official layout, as a grid model (rows of cells with spans) that
// is rendered twice: into the page (DOM, with markers, table-view.js) and into clean HTML for the
// clipboard and the exported report. Rows, columns, their labels and the headings over them come
// from the template (templates.js); only the layout's own captions are written here.
import { templateTables } from './templates.js';
import { escapeHtml } from './dom.js';

function th(text, rowspan, colspan) {
  return { th: true, text: text, rowspan: rowspan || 1, colspan: colspan || 1 };
}

function td(table, rows, rowId, colId, colspan) {
  var row = rows && rows[rowId];
  var cell = row ? row[colId] : undefined;
  return { th: false, table: table, row: rowId, col: colId, cell: cell || null, rowspan: 1, colspan: colspan || 1 };
}

function indexOfRow(rows, id) {
  for (var i = 0; i < rows.length; i++) if (rows[i].id === id) return i;
  return -1;
}

// Runs of consecutive rows under the same group heading: [{group, rows}]. A row without a group
// is a run of its own.
function runsOf(rows) {
  var runs = [];
  rows.forEach(function (r) {
    var last = runs[runs.length - 1];
    if (last && r.group && last.group === r.group) last.rows.push(r);
    else runs.push({ group: r.group, rows: [r] });
  });
  return runs;
}

// Rows from (一)予以公开 to (七)总计 sit under 三、本年度办理结果; a row of a group gets the group's
// heading beside its own label, a row without one spans both columns.
function requestsModel(def, rows) {
  var tplRows = def.rows;
  var cols = tplRows[0].columns;
  var dataRow = function (prefix, rowId) {
    return prefix.concat(cols.map(function (c) { return td('requests', rows, rowId, c.id); }));
  };
  var out = [];
  out.push([th('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', 3, 3), th('申请人情况', 1, cols.length)]);
  out.push([th(cols[0].label, 2, 1), th('法人或其他组织', 1, cols.length - 2), th(cols[cols.length - 1].label, 2, 1)]);
  out.push(cols.slice(1, cols.length - 1).map(function (c) { return th(c.label); }));
  var first = indexOfRow(tplRows, 'granted');
  var last = indexOfRow(tplRows, 'total');
  tplRows.slice(0, first).forEach(function (r) { out.push(dataRow([th(r.label, 1, 3)], r.id)); });
  runsOf(tplRows.slice(first, last + 1)).forEach(function (run, k) {
    run.rows.forEach(function (r, i) {
      var prefix = [];
      if (k === 0 && i === 0) prefix.push(th('三、本年度办理结果', last - first + 1, 1));
      if (!run.group) {
        prefix.push(th(r.label, 1, 2));
      } else {
        if (i === 0) prefix.push(th(run.group, run.rows.length, 1));
        prefix.push(th(r.label));
      }
      out.push(dataRow(prefix, r.id));
    });
  });
  tplRows.slice(last + 1).forEach(function (r) { out.push(dataRow([th(r.label, 1, 3)], r.id)); });
  return out;
}

// One line of data: 行政复议 (its columns under it), then 行政诉讼 over its two kinds, each with
// the same columns.
function reviewModel(def, rows) {
  var cols = def.rows[0].columns;
  var top = [], middle = [], bottom = [], data = [];
  runsOf(def.rows).forEach(function (run) {
    if (!run.group) {
      run.rows.forEach(function (r) {
        top.push(th(r.label, 1, cols.length));
        cols.forEach(function (c) { middle.push(th(c.label, 2, 1)); });
      });
    } else {
      top.push(th(run.group, 1, cols.length * run.rows.length));
      run.rows.forEach(function (r) {
        middle.push(th(r.label, 1, cols.length));
        cols.forEach(function (c) { bottom.push(th(c.label)); });
      });
    }
    run.rows.forEach(function (r) {
      cols.forEach(function (c) { data.push(td('review', rows, r.id, c.id)); });
    });
  });
  return [top, middle, bottom, data];
}

// active uses a four-column grid: a block per article of the regulation, its value columns
// beside 信息内容; a block with fewer value columns widens its last one.
function activeModel(def, rows) {
  var out = [];
  runsOf(def.rows).forEach(function (block) {
    var cols = block.rows[0].columns;
    var spans = cols.map(function (c, i) { return i === cols.length - 1 ? 4 - cols.length : 1; });
    out.push([th(block.group, 1, 4)]);
    out.push([th('信息内容')].concat(cols.map(function (c, i) { return th(c.label, 1, spans[i]); })));
    block.rows.forEach(function (r) {
      out.push([th(r.label)].concat(cols.map(function (c, i) { return td('active', rows, r.id, c.id, spans[i]); })));
    });
  });
  return out;
}

var MODELS = { active: activeModel, requests: requestsModel, review: reviewModel };
var TABLE_ORDER = ['active', 'requests', 'review'];

// Returns [{key, title, found, grid}] for the detected template, or [] when there is none.
export function tableModels(result) {
  var tpl = result && result.template ? templateTables(result.template) : null;
  if (!tpl) return [];
  var tables = result.tables || {};
  return TABLE_ORDER.map(function (key) {
    var t = tables[key] || {};
    var def = tpl[key];
    return { key: key, title: def.title, found: t.found !== false && !!tables[key], grid: MODELS[key](def, t.rows || {}) };
  });
}

// What a data cell shows: the number as read, or a marker kept visibly apart from 0.
export function cellView(cell) {
  if (!cell || !cell.range) return { kind: 'missing', text: '缺', title: '报告中没有这一格' };
  if (cell.value !== null && cell.value !== undefined) {
    var raw = String(cell.raw == null ? '' : cell.raw).trim();
    var text = String(cell.value);
    return { kind: 'num', text: text, title: raw && raw !== text ? '原文：' + raw : '' };
  }
  var r = String(cell.raw == null ? '' : cell.raw).trim();
  if (!r) return { kind: 'blank', text: '空', title: '此格为空（不是 0）' };
  return { kind: 'raw', text: r, title: '不是数字：' + r };
}

// Clean HTML (standard layout, no markers, no classes) for pasting into Word or a CMS editor.
function cleanCellText(c) {
  if (c.th) return c.text;
  var v = cellView(c.cell);
  return v.kind === 'num' || v.kind === 'raw' ? v.text : '';
}

export function gridToHtml(grid, caption) {
  var css = 'border-collapse:collapse;font-size:10.5pt;text-align:center';
  var parts = ['<table border="1" cellspacing="0" cellpadding="4" style="' + css + '">'];
  if (caption) parts.push('<caption>' + escapeHtml(caption) + '</caption>');
  grid.forEach(function (row) {
    parts.push('<tr>');
    row.forEach(function (c) {
      var tag = c.th ? 'th' : 'td';
      var span = (c.rowspan > 1 ? ' rowspan="' + c.rowspan + '"' : '') + (c.colspan > 1 ? ' colspan="' + c.colspan + '"' : '');
      parts.push('<' + tag + span + '>' + escapeHtml(cleanCellText(c)) + '</' + tag + '>');
    });
    parts.push('</tr>');
  });
  parts.push('</table>');
  return parts.join('');
}

// Tab-separated text with spanned cells expanded, the shape a spreadsheet expects.
export function gridToText(grid) {
  var taken = [];
  var lines = [];
  grid.forEach(function (row, r) {
    var line = taken[r] || [];
    taken[r] = line;
    var col = 0;
    row.forEach(function (c) {
      while (line[col] !== undefined) col++;
      for (var dr = 0; dr < c.rowspan; dr++) {
        var target = taken[r + dr] = taken[r + dr] || [];
        for (var dc = 0; dc < c.colspan; dc++) target[col + dc] = (dr === 0 && dc === 0) ? cleanCellText(c) : '';
      }
      col += c.colspan;
    });
  });
  for (var i = 0; i < grid.length; i++) lines.push((taken[i] || []).join('\t'));
  return lines.join('\n');
}
