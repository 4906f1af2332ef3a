// The checker's report buttons: 复制标准表格 (clean tables on the clipboard), 导出检查报告 (a
// downloaded HTML file), 打印检查报告 (the same document printed from a frame) and 导出勘误表 (a CSV).
import { el, escapeHtml } from './dom.js';
import { engine } from './engine.js';
import { tableModels, gridToHtml, gridToText } from './tables.js';
import { reportHtml, reportFileName, errataCsv, copyToClipboard } from './report.js';

// root: where temporary elements go (the shadow root); shown(): {result, text, verified} last
// rendered (verified(f) -> the clerk's 已核实 mark on f, or null).
export function wireReportActions(root, ui, shown) {
  function copyTables() {
    var result = shown().result;
    var models = result && !result.error ? tableModels(result) : [];
    if (!models.length) { ui.note.textContent = '还没有可复制的表格。'; return; }
    var html = models.map(function (m) { return '<p><b>' + escapeHtml(m.title) + '</b></p>' + gridToHtml(m.grid); }).join('\n');
    var text = models.map(function (m) { return m.title + '\n' + gridToText(m.grid); }).join('\n\n');
    var ok = copyToClipboard(html, text);
    ui.note.textContent = ok ? '已复制三张表（标准格式），可直接粘贴到 Word、WPS 或网站编辑器。' : '复制失败：浏览器不允许访问剪贴板。';
  }

  function currentReport() {
    var s = shown();
    return reportHtml(s.result, s.text, engine.version(), s.verified);
  }

  // Saves content as a file through a blob: link (works from file://, no network); its name.
  function download(content, type, name) {
    var a = el('a');
    a.href = URL.createObjectURL(new Blob([content], { type: type }));
    a.download = name;
    root.appendChild(a);
    a.click();
    root.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
    return name;
  }

  function exportReport() {
    var html = currentReport();
    if (!html) { ui.note.textContent = '还没有检查结果可导出。'; return; }
    var name = download(html, 'text/html;charset=utf-8', reportFileName(shown().result));
    ui.note.textContent = '已导出检查报告：' + name + '（用浏览器打开后可直接打印）。';
  }

  function exportErrata() {
    var s = shown();
    var csv = errataCsv(s.result, s.text, s.verified);
    if (!csv) { ui.note.textContent = '还没有检查结果可导出。'; return; }
    var name = download(csv, 'text/csv;charset=utf-8', reportFileName(s.result, '勘误表', '.csv'));
    ui.note.textContent = '已导出勘误表：' + name + '（可直接用 Excel 或 WPS 表格打开）。';
  }

  function printReport() {
    var html = currentReport();
    if (!html) { ui.note.textContent = '还没有检查结果可打印。'; return; }
    var frame = el('iframe', 'xl-print-frame');
    root.appendChild(frame);
    frame.srcdoc = html;
    frame.addEventListener('load', function () {
      try { frame.contentWindow.focus(); frame.contentWindow.print(); } catch (e) { exportReport(); }
      setTimeout(function () { if (frame.parentNode) frame.parentNode.removeChild(frame); }, 60000);
    });
  }

  ui.copyBtn.addEventListener('click', copyTables);
  ui.exportBtn.addEventListener('click', exportReport);
  ui.printBtn.addEventListener('click', printReport);
  ui.errataBtn.addEventListener('click', exportErrata);
}
