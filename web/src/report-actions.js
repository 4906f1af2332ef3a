// The checker's report buttons: 复制标准表格 (clean tables on the clipboard), 导出检查报告 (a
// downloaded HTML file) and 打印检查报告 (the same document printed from a frame).
import { el, escapeHtml } from './dom.js';
import { engine } from './engine.js';
import { tableModels, gridToHtml, gridToText } from './tables.js';
import { reportHtml, reportFileName, copyToClipboard } from './report.js';

// root: where temporary elements go (the shadow root); shown(): {result, text} last rendered.
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
    return reportHtml(s.result, s.text, engine.version());
  }

  function exportReport() {
    var html = currentReport();
    if (!html) { ui.note.textContent = '还没有检查结果可导出。'; return; }
    var blob = new Blob([html], { type: 'text/html;charset=utf-8' });
    var a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = reportFileName(shown().result);
    root.appendChild(a);
    a.click();
    root.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
    ui.note.textContent = '已导出检查报告：' + a.download + '（用浏览器打开后可直接打印）。';
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
}
