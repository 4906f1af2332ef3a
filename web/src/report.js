// The exported 检查报告 (a standalone, script-free HTML document with a print stylesheet), the
// 勘误表 (a CSV for the office) and the clipboard helper. Report text is escaped here because this
// builds strings, not page DOM.
import { escapeHtml } from './dom.js';
import { GROUPS, SEVERITY_LABEL, orderedFindings, problemsOf, locationText, summaryText } from './findings.js';
import { lineAt, lineStarts } from './lines.js';
import { tableModels, cellView } from './tables.js';

var REPORT_CSS = [
  'body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;',
  'font-size:15px;line-height:1.6;color:#111;margin:24px auto;max-width:1000px;padding:0 16px}',
  'h1{font-size:24px;text-align:center;margin:0 0 8px}h2{font-size:19px;margin:24px 0 8px;border-bottom:2px solid #333}',
  '.meta{text-align:center;color:#444}.summary{font-size:18px;font-weight:bold}',
  'table{border-collapse:collapse;width:100%;margin:8px 0 16px}th,td{border:1px solid #555;padding:4px 6px;vertical-align:middle}',
  'th{background:#f1f1f1;font-weight:normal}.findings td{text-align:left}.findings .sev{white-space:nowrap;text-align:center}',
  '.error{color:#b71c1c;font-weight:bold}.warning{color:#8a5300;font-weight:bold}',
  '.tbl td{text-align:center}.blank{color:#999}.bad{background:#fde0e0;font-weight:bold}.expect{display:block;color:#b71c1c;font-size:12px}',
  '@media print{body{margin:0;max-width:none;font-size:11pt}h2{page-break-after:avoid}',
  'table{page-break-inside:auto}tr{page-break-inside:avoid}th{background:#eee!important;-webkit-print-color-adjust:exact}',
  '.bad{background:#fde0e0!important;-webkit-print-color-adjust:exact}@page{size:A4;margin:15mm}}'
].join('');

// "检查报告-某某区人民政府-2019年度.html"; kind and ext name other downloads the same way.
export function reportFileName(result, kind, ext) {
  var parts = [kind || '检查报告'];
  if (result && result.agency) parts.push(result.agency);
  if (result && result.year) parts.push(result.year + '年度');
  return parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_') + (ext || '.html');
}

// What the clerk is to do about f: 待改, or 已核实 for a warning marked so (verified(f) -> {note}).
function statusOf(f, verified) {
  return verified && verified(f) ? '已核实' : '待改';
}

function reportTableHtml(model, result) {
  var findings = result.findings || [];
  var marked = {};
  findings.forEach(function (f) {
    if (f.table && f.row && f.column) {
      var k = f.table + '/' + f.row + '/' + f.column;
      marked[k] = marked[k] || [];
      if (f.rule === 'suspect-cell' && f.expected != null) marked[k].push('应为 ' + f.expected);
    }
  });
  var parts = ['<table class="tbl">'];
  model.grid.forEach(function (row) {
    parts.push('<tr>');
    row.forEach(function (c) {
      var span = (c.rowspan > 1 ? ' rowspan="' + c.rowspan + '"' : '') + (c.colspan > 1 ? ' colspan="' + c.colspan + '"' : '');
      if (c.th) { parts.push('<th' + span + '>' + escapeHtml(c.text) + '</th>'); return; }
      var v = cellView(c.cell);
      var key = c.table + '/' + c.row + '/' + c.col;
      var cls = v.kind === 'num' ? '' : 'blank';
      if (marked[key]) cls += ' bad';
      var extra = (marked[key] || []).map(function (t) { return '<span class="expect">' + escapeHtml(t) + '</span>'; }).join('');
      parts.push('<td' + span + (cls.trim() ? ' class="' + cls.trim() + '"' : '') + '>' + escapeHtml(v.text) + extra + '</td>');
    });
    parts.push('</tr>');
  });
  parts.push('</table>');
  return parts.join('');
}

function pad2(n) { return (n < 10 ? '0' : '') + n; }

// verified(f) -> {note} for a warning the clerk marked 已核实, or null (optional).
export function reportHtml(result, text, version, verified) {
  if (!result || result.error) return '';
  var now = new Date();
  var when = now.getFullYear() + '-' + pad2(now.getMonth() + 1) + '-' + pad2(now.getDate()) + ' ' + pad2(now.getHours()) + ':' + pad2(now.getMinutes());
  var meta = [];
  if (result.agency) meta.push(result.agency);
  if (result.year) meta.push(result.year + ' 年度');
  if (result.template) meta.push(result.template === '2019' ? '2019 版模板（试行）' : '2021 版模板');
  meta.push('检查时间 ' + when);
  meta.push('xxgk-lint ' + (version || ''));
  var p = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>',
    escapeHtml('政府信息公开工作年度报告检查报告' + (result.agency ? ' - ' + result.agency : '')),
    '</title><style>', REPORT_CSS, '</style></head><body>',
    '<h1>政府信息公开工作年度报告检查报告</h1>',
    '<p class="meta">', escapeHtml(meta.join(' · ')), '</p>',
    '<p class="summary">', escapeHtml(summaryText(result, verified)), '</p>'];
  var problems = problemsOf(result);
  var lines = typeof text === 'string' ? lineStarts(text) : null;
  GROUPS.forEach(function (g) {
    var items = problems.filter(function (pr) { return pr.head.group === g[0]; });
    p.push('<h2>', escapeHtml(g[1] + '（' + items.length + '）'), '</h2>');
    if (!items.length) { p.push('<p>没有问题。</p>'); return; }
    p.push('<table class="findings"><tr><th>序号</th><th>类别</th><th>位置</th><th>说明</th><th>状态</th></tr>');
    items.forEach(function (pr, i) {
      var f = pr.head.finding;
      var mark = verified && verified(f);
      findingRow(p, result, f, lines, String(i + 1), statusOf(f, verified) + (mark && mark.note ? '：' + mark.note : ''));
      // The equations a suspect cell explains, under it: they hold once it is corrected.
      pr.folded.forEach(function (o, k) {
        findingRow(p, result, o.finding, lines, (i + 1) + '.' + (k + 1), '改正第 ' + (i + 1) + ' 项后成立');
      });
    });
    p.push('</table>');
  });
  verifiedSection(p, result, lines, verified);
  p.push('<h2>表格还原（按标准格式；标红的格有问题）</h2>');
  tableModels(result).forEach(function (m) {
    p.push('<h3>', escapeHtml(m.title), m.found ? '' : '（报告中没有找到这张表）', '</h3>', reportTableHtml(m, result));
  });
  p.push('</body></html>');
  return p.join('');
}

function findingRow(p, result, f, lines, number, status) {
  p.push('<tr><td class="sev">', number, '</td><td class="sev ', escapeHtml(f.severity), '">',
    escapeHtml(SEVERITY_LABEL[f.severity] || f.severity), '</td><td>', escapeHtml(locationText(result, f, lines)),
    '</td><td>', escapeHtml(f.message), '</td><td class="sev">', escapeHtml(status), '</td></tr>');
}

// The warnings marked 已核实, with the clerk's notes: what the office signs off on.
function verifiedSection(p, result, lines, verified) {
  var items = orderedFindings(result).filter(function (o) { return verified && verified(o.finding); });
  if (!items.length) return;
  p.push('<h2>', escapeHtml('已核实的提醒（' + items.length + '）'), '</h2>');
  p.push('<table class="findings"><tr><th>序号</th><th>位置</th><th>说明</th><th>核实备注</th></tr>');
  items.forEach(function (o, i) {
    p.push('<tr><td class="sev">', String(i + 1), '</td><td>', escapeHtml(locationText(result, o.finding, lines)),
      '</td><td>', escapeHtml(o.finding.message), '</td><td>', escapeHtml(verified(o.finding).note || ''), '</td></tr>');
  });
  p.push('</table>');
}

// ---- 勘误表 ------------------------------------------------------------------------------------

var ERRATA_HEAD = ['序号', '位置', '现填写', '应为', '问题', '规则', '状态', '备注'];

// A field as Excel and WPS read it: quoted when it holds a comma, quote or line break. Text that
// a spreadsheet would take for a formula (a note typed as "=…") is kept as text with a leading
// apostrophe; numbers, negative ones too, stay numbers.
function csvField(v) {
  var s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

// Where f stands, as the clerk looks for it: table, row and column as printed, else the line.
function errataPlace(result, f, lines) {
  var where = locationText(result, f, null);
  if (!where && f.range && lines) where = '第 ' + lineAt(lines, f.range.start) + ' 行';
  return where;
}

// The 勘误表: one line per problem (a suspect cell stands for the equations it explains), UTF-8
// with a byte-order mark and CRLF lines, so that Excel and WPS open it directly.
export function errataCsv(result, text, verified) {
  if (!result || result.error) return '';
  var lines = typeof text === 'string' ? lineStarts(text) : null;
  var rows = [ERRATA_HEAD];
  problemsOf(result).forEach(function (p, i) {
    var f = p.head.finding;
    var mark = verified && verified(f);
    rows.push([i + 1, errataPlace(result, f, lines), f.actual, f.expected, f.message, f.rule,
      statusOf(f, verified), mark ? mark.note : '']);
  });
  return '\ufeff' + rows.map(function (r) { return r.map(csvField).join(','); }).join('\r\n') + '\r\n';
}

// Puts HTML and plain text on the clipboard through a copy event: works on file:// and in
// Chromium 69, where the async clipboard API cannot write HTML.
export function copyToClipboard(html, text) {
  var done = false;
  function onCopy(e) {
    e.clipboardData.setData('text/html', html);
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    done = true;
  }
  document.addEventListener('copy', onCopy, true);
  try { document.execCommand('copy'); } catch (e) { done = false; }
  document.removeEventListener('copy', onCopy, true);
  return done;
}
