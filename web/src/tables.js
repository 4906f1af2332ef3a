// The three tables rebuilt in the official layout, as a grid model (rows of cells with spans) that
// is rendered twice: into the page (DOM, with markers) and into clean HTML for the clipboard and
// the exported report. Report-derived text only ever enters the page through textContent.

function th(text, rowspan, colspan) {
  return { th: true, text: text, rowspan: rowspan || 1, colspan: colspan || 1 };
}

function td(table, rows, rowId, colId, colspan) {
  var row = rows && rows[rowId];
  var cell = row ? row[colId] : undefined;
  return { th: false, table: table, row: rowId, col: colId, cell: cell || null, rowspan: 1, colspan: colspan || 1 };
}

function requestsModel(tpl, rows) {
  var out = [];
  out.push([th('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', 3, 3), th('申请人情况', 1, 7)]);
  out.push([th('自然人', 2, 1), th('法人或其他组织', 1, 5), th('总计', 2, 1)]);
  out.push(REQ_COLUMNS.slice(1, 6).map(function (c) { return th(c[1]); }));
  function dataRow(prefix, rowId) {
    return prefix.concat(REQ_COLUMNS.map(function (c) { return td('requests', rows, rowId, c[0]); }));
  }
  out.push(dataRow([th('一、本年新收政府信息公开申请数量', 1, 3)], 'new'));
  out.push(dataRow([th('二、上年结转政府信息公开申请数量', 1, 3)], 'carried_over'));
  var results = tpl.results;
  results.forEach(function (r, i) {
    var prefix = [];
    if (i === 0) prefix.push(th('三、本年度办理结果', results.length, 1));
    var group = r[0];
    if (!group) {
      prefix.push(th(r[2], 1, 2));
    } else {
      if (i === 0 || results[i - 1][0] !== group) {
        var n = results.filter(function (x) { return x[0] === group; }).length;
        prefix.push(th(group, n, 1));
      }
      prefix.push(th(r[2]));
    }
    out.push(dataRow(prefix, r[1]));
  });
  out.push(dataRow([th('四、结转下年度继续办理', 1, 3)], 'carry_forward'));
  return out;
}

function reviewModel(rows) {
  var out = [];
  out.push([th('行政复议', 1, 5), th('行政诉讼', 1, 10)]);
  out.push(REVIEW_COLUMNS.map(function (c) { return th(c[1], 2, 1); })
    .concat([th('未经复议直接起诉', 1, 5), th('复议后起诉', 1, 5)]));
  var heads = [];
  for (var k = 0; k < 2; k++) REVIEW_COLUMNS.forEach(function (c) { heads.push(th(c[1])); });
  out.push(heads);
  var data = [];
  REVIEW_ROWS.forEach(function (r) {
    REVIEW_COLUMNS.forEach(function (c) { data.push(td('review', rows, r[0], c[0])); });
  });
  out.push(data);
  return out;
}

// active uses a four-column grid; a block with fewer value columns widens its last one.
function activeModel(tpl, rows) {
  var out = [];
  tpl.active.forEach(function (block) {
    var cols = block[1];
    var spans = cols.map(function (c, i) { return i === cols.length - 1 ? 4 - cols.length : 1; });
    out.push([th(block[0], 1, 4)]);
    out.push([th('信息内容')].concat(cols.map(function (c, i) { return th(c[1], 1, spans[i]); })));
    block[2].forEach(function (r) {
      out.push([th(r[1])].concat(cols.map(function (c, i) { return td('active', rows, r[0], c[0], spans[i]); })));
    });
  });
  return out;
}

var TABLE_ORDER = ['active', 'requests', 'review'];

// Returns [{key, title, found, grid}] for the detected template, or [] when there is none.
function tableModels(result) {
  var tpl = TEMPLATES[result && result.template];
  if (!tpl) return [];
  var tables = result.tables || {};
  return TABLE_ORDER.map(function (key) {
    var t = tables[key] || {};
    var rows = t.rows || {};
    var grid = key === 'requests' ? requestsModel(tpl, rows) : key === 'review' ? reviewModel(rows) : activeModel(tpl, rows);
    return { key: key, title: TABLE_TITLES[key], found: t.found !== false && !!tables[key], grid: grid };
  });
}

// What a data cell shows: the number as read, or a marker kept visibly apart from 0.
function cellView(cell) {
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
function escapeHtml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cleanCellText(c) {
  if (c.th) return c.text;
  var v = cellView(c.cell);
  return v.kind === 'num' || v.kind === 'raw' ? v.text : '';
}

function gridToHtml(grid, caption) {
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
function gridToText(grid) {
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
