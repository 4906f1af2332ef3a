// The checker's DOM: toolbar, editor with its highlight layer, summary, findings list and the
// rebuilt tables' pane. Returns the elements the other parts fill and wire (the `ui` object).
import { el, button } from './dom.js';

export function buildLayout(root, options) {
  var ui = {};
  ui.root = el('div', 'xl-root xl-loading' + (options.full ? ' xl-full' : '') + (options.fill ? ' xl-fill' : ''));
  ui.root.setAttribute('lang', 'zh-CN');

  var bar = el('header', 'xl-bar');
  if (options.title !== false) bar.appendChild(el('h1', 'xl-title', options.title || '政府信息公开工作年度报告检查'));
  var tools = el('div', 'xl-tools');
  tools.setAttribute('role', 'toolbar');
  tools.setAttribute('aria-label', '操作');
  if (options.source) {
    ui.recheck = button('重新读取编辑器内容', 'xl-primary');
    tools.appendChild(ui.recheck);
  } else {
    ui.openBtn = button('打开文件…', null, '打开 .txt 或 .html 文件，也可以把文件拖到文本框里');
    tools.appendChild(ui.openBtn);
  }
  ui.file = el('input', 'xl-hidden');
  ui.file.type = 'file';
  ui.file.accept = '.txt,.htm,.html,text/plain,text/html';
  tools.appendChild(ui.file);
  if (!ui.openBtn) ui.openBtn = button('打开文件…');
  if (options.samples && options.samples.length && !options.source) {
    ui.sample = el('select', 'xl-select xl-sample');
    ui.sample.setAttribute('aria-label', '载入示例报告');
    var first = el('option', null, '载入示例…');
    first.value = '';
    ui.sample.appendChild(first);
    options.samples.forEach(function (s, i) {
      var o = el('option', null, s.name);
      o.value = String(i);
      ui.sample.appendChild(o);
    });
    tools.appendChild(ui.sample);
  }
  var tplLabel = el('label', 'xl-tpl');
  tplLabel.appendChild(document.createTextNode('模板 '));
  ui.template = el('select', 'xl-select');
  [['', '自动识别'], ['2019', '2019 版（试行）'], ['2021', '2021 版']].forEach(function (t) {
    var o = el('option', null, t[1]);
    o.value = t[0];
    ui.template.appendChild(o);
  });
  if (options.template) ui.template.value = options.template;
  tplLabel.appendChild(ui.template);
  tools.appendChild(tplLabel);
  ui.copyBtn = button('复制标准表格', null, '把还原的三张表按标准格式复制到剪贴板');
  ui.exportBtn = button('导出检查报告', null, '下载可打印的检查报告（HTML 文件）');
  ui.printBtn = button('打印检查报告');
  ui.errataBtn = button('导出勘误表', null, '下载勘误表（CSV，可用 Excel 或 WPS 表格打开）：位置、现填写、应为、问题、状态');
  ui.clearBtn = button('清空', 'xl-danger', '清空报告内容并删除本机草稿');
  [ui.copyBtn, ui.exportBtn, ui.printBtn, ui.errataBtn].forEach(function (b) { tools.appendChild(b); });
  if (!options.source) tools.appendChild(ui.clearBtn);
  bar.appendChild(tools);
  ui.root.appendChild(bar);

  var main = el('div', 'xl-main');

  var editor = ui.editor = el('section', 'xl-editor');
  var head = el('div', 'xl-pane-head');
  head.appendChild(el('h2', 'xl-pane-title', '报告全文'));
  head.appendChild(el('span', 'xl-hint', options.source ? '（编辑器内容的只读副本：请回到编辑器修改）' : '（粘贴、输入，或把 .txt / .html 文件拖到这里）'));
  ui.input = el('span', 'xl-input-kind');
  head.appendChild(ui.input);
  editor.appendChild(head);
  var wrap = el('div', 'xl-edwrap');
  ui.textarea = el('textarea', 'xl-text');
  ui.textarea.spellcheck = false;
  ui.textarea.setAttribute('aria-label', '报告全文');
  ui.textarea.placeholder = '在这里粘贴政府信息公开工作年度报告全文（可直接从网页、Word、WPS 复制）……';
  ui.marks = el('div', 'xl-marks');
  ui.marks.setAttribute('aria-hidden', 'true');
  ui.marksInner = el('div', 'xl-marks-inner');
  ui.marks.appendChild(ui.marksInner);
  wrap.appendChild(ui.textarea);
  wrap.appendChild(ui.marks);
  editor.appendChild(wrap);
  ui.caret = el('div', 'xl-caret');
  ui.caret.setAttribute('aria-live', 'polite');
  editor.appendChild(ui.caret);
  ui.note = el('div', 'xl-note');
  ui.note.setAttribute('role', 'status');
  editor.appendChild(ui.note);
  var draft = el('div', 'xl-draft');
  ui.eraseBtn = button('删除草稿', 'xl-small');
  if (options.storageKey) {
    draft.appendChild(el('span', null, '草稿自动保存在本机浏览器中，刷新页面不会丢失。'));
    draft.appendChild(ui.eraseBtn);
    editor.appendChild(draft);
  }
  main.appendChild(editor);

  var side = el('section', 'xl-side');
  ui.summary = el('div', 'xl-summary');
  ui.summary.setAttribute('role', 'status');
  ui.summary.setAttribute('aria-live', 'polite');
  side.appendChild(ui.summary);
  ui.meta = el('div', 'xl-meta');
  side.appendChild(ui.meta);
  var nav = el('div', 'xl-nav');
  ui.prev = button('上一处', null, '上一处问题（Shift+F8）');
  ui.next = button('下一处', null, '下一处问题（F8）');
  ui.pos = el('span', 'xl-pos');
  nav.appendChild(ui.prev);
  nav.appendChild(ui.pos);
  nav.appendChild(ui.next);
  ui.undoBtn = button('撤销修改', 'xl-small', '撤销上一次「改为」或在表格中的修改（Ctrl+Z）');
  ui.undoBtn.disabled = true;
  if (!options.readOnly) nav.appendChild(ui.undoBtn);
  side.appendChild(nav);
  ui.findings = el('div', 'xl-findings');
  side.appendChild(ui.findings);
  ui.tablesPane = el('div', 'xl-tables-pane');
  ui.tablesPane.appendChild(el('h2', 'xl-pane-title', '表格还原（按标准格式）'));
  var legend = el('div', 'xl-legend');
  legend.appendChild(el('span', 'xl-cell-blank xl-legend-item', '空'));
  legend.appendChild(document.createTextNode(' 空白格（不是 0）　'));
  legend.appendChild(el('span', 'xl-cell-missing xl-legend-item', '缺'));
  legend.appendChild(document.createTextNode(' 报告中缺少此格　'));
  legend.appendChild(el('span', 'xl-expect xl-legend-item', '应为 0'));
  legend.appendChild(document.createTextNode(' 疑似填错的格及应填的数'));
  ui.tablesPane.appendChild(legend);
  ui.tables = el('div', 'xl-tables');
  ui.tablesPane.appendChild(ui.tables);
  side.appendChild(ui.tablesPane);
  main.appendChild(side);
  ui.root.appendChild(main);

  ui.tip = el('div', 'xl-tip');
  ui.tip.setAttribute('role', 'tooltip');
  ui.tip.hidden = true;
  ui.root.appendChild(ui.tip);
  root.appendChild(ui.root);
  return ui;
}
