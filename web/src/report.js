// The exported 检查报告 (a standalone, script-free HTML document with a print stylesheet) and the
// clipboard helper. Report text is escaped here because this builds a string, not page DOM.
import { escapeHtml } from './dom.js';
import { GROUPS, SEVERITY_LABEL, orderedFindings, locationText, summaryText } from './findings.js';
import { lineStarts } from './lines.js';
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

export function reportFileName(result) {
  var parts = ['检查报告'];
  if (result && result.agency) parts.push(result.agency);
  if (result && result.year) parts.push(result.year + '年度');
  return parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_') + '.html';
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

export function reportHtml(result, text, version) {
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
    '<p class="summary">', escapeHtml(summaryText(result)), '</p>'];
  var ordered = orderedFindings(result);
  var lines = typeof text === 'string' ? lineStarts(text) : null;
  GROUPS.forEach(function (g) {
    var items = ordered.filter(function (o) { return o.group === g[0]; });
    p.push('<h2>', escapeHtml(g[1] + '（' + items.length + '）'), '</h2>');
    if (!items.length) { p.push('<p>没有问题。</p>'); return; }
    p.push('<table class="findings"><tr><th>序号</th><th>类别</th><th>位置</th><th>说明</th></tr>');
    items.forEach(function (o, i) {
      var f = o.finding;
      p.push('<tr><td class="sev">', String(i + 1), '</td><td class="sev ', escapeHtml(f.severity), '">',
        escapeHtml(SEVERITY_LABEL[f.severity] || f.severity), '</td><td>', escapeHtml(locationText(result, f, lines)),
        '</td><td>', escapeHtml(f.message), '</td></tr>');
    });
    p.push('</table>');
  });
  p.push('<h2>表格还原（按标准格式；标红的格有问题）</h2>');
  tableModels(result).forEach(function (m) {
    p.push('<h3>', escapeHtml(m.title), m.found ? '' : '（报告中没有找到这张表）', '</h3>', reportTableHtml(m, result));
  });
  p.push('</body></html>');
  return p.join('');
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
