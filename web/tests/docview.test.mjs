// Browser tests of the document view (web/src/document-view.js): a report pasted or opened as HTML
// is shown as the document the core read — paragraphs and tables, findings marked over their
// sentences and cells — never as its source, and nothing of the pasted HTML runs, loads or styles.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, assert } from './harness.mjs';
import { ctx, seedsDir, seedText, moduleCheck, newContext } from './context.mjs';
import { withPage, paste, checks, waitCheck } from './page.test.mjs';

const CMS_PAGE = path.resolve(seedsDir, '..', 'realworld', 'shuyang-fgj-2023.html');

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// What Word puts on the clipboard around its content: namespaces, conditional comments with its
// XML, a style sheet; here also what a hostile paste could carry (script, image, link, handlers).
function asWordHtml(body) {
  return '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n' +
    '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n<meta name=Generator content="Microsoft Word 15">\n' +
    '<link rel=File-List href="file:///C:/Users/clerk/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">\n' +
    '<link rel=stylesheet href="https://evil.example/x.css">\n' +
    '<!--[if gte mso 9]><xml>\n<w:WordDocument>\n<w:View>Normal</w:View>\n</w:WordDocument>\n</xml><![endif]-->\n' +
    '<style>\n<!--\n p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:10.5pt; font-family:等线;}\n' +
    ' body { display: none !important; }\n table.MsoTableGrid {mso-style-name:网格型; border:solid windowtext 1.0pt;}\n-->\n</style>\n' +
    '<script>window.__pwned = "script";</script>\n</head>\n<body lang=ZH-CN style=\'tab-interval:21.0pt\'>\n' +
    '<img src="https://evil.example/pixel.png" onerror="window.__pwned=\'img\'">\n' +
    '<!--StartFragment-->\n' + body + '\n<!--EndFragment-->\n</body>\n</html>';
}

function wordParagraph(text) {
  return `<p class=MsoNormal style='text-indent:21.0pt'><span style='font-family:宋体;mso-ascii-font-family:"Times New Roman"'>${escapeHtml(text)}<o:p></o:p></span></p>`;
}

function wordCell(text, span = '') {
  return `<td width=80 valign=top${span} style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>` +
    `<p class=MsoNormal align=center onmouseover="window.__pwned='cell'"><span lang=EN-US>${escapeHtml(text)}</span></p></td>`;
}

// An HTML version of a report laid out one cell a line (siming-2019): the lines the check read as
// a table become a Word table — a row label opens a row, the numbers after it are its cells — and
// every other line a paragraph. The table places come from the module's own reading of the text.
export function wordHtmlOfCellPerLine(text) {
  const result = JSON.parse(moduleCheck(text));
  const tables = Object.values(result.tables).filter((t) => t.found && t.range).map((t) => t.range);
  const inTable = (at) => tables.some((r) => at >= r.start && at < r.end);
  const parts = [];
  let rows = null;
  let at = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    const start = at;
    at += line.length + 1;
    if (!t) continue;
    if (!inTable(start)) {
      if (rows) parts.push(`<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</table>`);
      rows = null;
      parts.push(wordParagraph(t));
      continue;
    }
    rows = rows || [];
    if (/^[-\d.]+$/.test(t) && rows.length) rows[rows.length - 1].push(wordCell(t));
    else rows.push([wordCell(t)]);
  }
  if (rows) parts.push(`<table class=MsoTableGrid border=1>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</table>`);
  return asWordHtml(parts.join('\n'));
}

// A small Word report of our own: a title, sentences, and a table with a rowspan and a colspan.
const SMALL_WORD = asWordHtml([
  wordParagraph('某某局2023年政府信息公开工作年度报告'),
  wordParagraph('一、总体情况'),
  wordParagraph('本机关认真贯彻落实《条例》，全年主动公开政府信息120条。'),
  '<table class=MsoTableGrid border=1><tr>' + wordCell('信息内容', ' rowspan=2') + wordCell('本年制发件数', ' colspan=2') + '</tr>' +
  '<tr>' + wordCell('规章') + wordCell('3') + '</tr></table>',
  wordParagraph('六、其他需要报告的事项'),
  wordParagraph('本机关无其他需要报告的事项。')
].join('\n'));

// What is on screen in the checker: the visible text of its panes, the draft pane's state, and
// anything the page could have taken from the paste.
function screen(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const ta = root.querySelector('textarea');
    const dv = root.querySelector('.xl-docview');
    const visible = (e) => !!(e && e.getClientRects().length);
    return {
      text: root.querySelector('.xl-root').innerText,
      docText: visible(dv) ? dv.innerText : '',
      textareaVisible: visible(ta),
      textareaText: visible(ta) ? ta.value : '',
      readOnly: ta.readOnly,
      value: ta.value,
      tables: visible(dv) ? dv.querySelectorAll('table.xl-dv-table').length : 0,
      spans: [...root.querySelectorAll('.xl-docview td')].filter((td) => td.rowSpan > 1 || td.colSpan > 1).map((td) => [td.textContent, td.rowSpan, td.colSpan]),
      folds: [...root.querySelectorAll('.xl-docview details.xl-dv-chrome')].map((d) => ({ open: d.open, summary: d.querySelector('summary').textContent })),
      foreign: root.querySelectorAll('.xl-docview img, .xl-docview a, .xl-docview script, .xl-docview style, .xl-docview link, .xl-docview [onmouseover], .xl-docview [style]').length +
        document.querySelectorAll('img, link, iframe').length,
      styles: [document.styleSheets.length, root.styleSheets.length, (root.adoptedStyleSheets || []).length],
      pwned: window.__pwned,
      pressed: [...root.querySelectorAll('.xl-views button')].filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent),
    };
  });
}

const MARKUP = /<\/?[a-z][^>]*>|<!--|mso-|xmlns|MsoNormal|\{[^}]*:[^}]*\}/i;

function assertNoMarkup(s, what) {
  const m = s.text.match(MARKUP);
  assert.equal(m, null, `${what}: markup on screen: ${m && s.text.slice(Math.max(0, m.index - 40), m.index + 60)}`);
  assert.equal(s.textareaVisible, false, `${what}: the source editor is hidden`);
  assert.equal(s.foreign, 0, `${what}: nothing of the paste in the page's DOM`);
  assert.equal(s.pwned, undefined, `${what}: nothing of the paste ran`);
}

// The view is read off the main thread after the check: wait until it is drawn.
async function pasteHtml(page, html) {
  await paste(page, { plain: 'ignored', html });
  await waitView(page);
}

function waitView(page) {
  return page.waitForFunction(() => {
    const dv = document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('.xl-docview');
    return dv && dv.hasAttribute('data-blocks');
  }, null, { timeout: 20000 });
}

async function pastedStyles(page) {
  return (await screen(page)).styles;
}

test('docview: Word HTML is shown as its document: sentences and tables, no markup, nothing run, loaded or styled', () => withPage(async (page) => {
  const before = await pastedStyles(page);
  await pasteHtml(page, SMALL_WORD);
  await page.waitForTimeout(200);
  const s = await screen(page);
  assertNoMarkup(s, 'Word paste');
  assert.ok(s.docText.includes('本机关认真贯彻落实《条例》，全年主动公开政府信息120条。'), s.docText);
  assert.ok(s.docText.includes('某某局2023年政府信息公开工作年度报告'));
  assert.equal(s.tables, 1);
  assert.deepEqual(s.spans, [['信息内容', 2, 1], ['本年制发件数', 1, 2]]);
  assert.deepEqual(s.styles, before, 'no style sheet added');
  assert.deepEqual(s.pressed, ['文档'], 'the document, not the source, is the default view');
  assert.equal(s.value, SMALL_WORD, 'the draft keeps the HTML');
  // Hovering a paragraph the paste gave an event handler runs nothing either.
  await page.hover('.xxgk-lint-host >> .xl-docview td');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
}));

test('docview: a saved CMS page shows the report with the site folded, no markup on screen', () => withPage(async (page, problems) => {
  const html = fs.readFileSync(CMS_PAGE, 'utf8');
  await pasteHtml(page, html);
  await page.waitForTimeout(200);
  const s = await screen(page);
  assertNoMarkup(s, 'CMS page');
  assert.ok(s.tables >= 3, `the report's three tables (${s.tables})`);
  assert.ok(/一、总体情况/.test(s.docText) && /二、主动公开政府信息情况/.test(s.docText), 'section headings shown');
  assert.ok(s.folds.length >= 1 && s.folds.every((f) => !f.open && /已折叠/.test(f.summary)), JSON.stringify(s.folds));
  // The rendering of the real page is what the screenshot shows.
  await page.screenshot({ path: '/tmp/docview-cms.png' });
  assert.deepEqual(problems, []);
}));

test('docview: the wrong cell of an HTML siming-2019 is highlighted; its finding scrolls to it and names it on hover', () => withPage(async (page) => {
  const html = wordHtmlOfCellPerLine(seedText('siming-2019.txt'));
  const expected = JSON.parse(moduleCheck(html));
  const wrong = expected.findings.findIndex((f) => f.rule === 'suspect-cell');
  assert.ok(wrong >= 0, 'the HTML version keeps the suspect cell: ' + expected.findings.map((f) => f.rule).join());
  const f = expected.findings[wrong];
  assert.equal(html.slice(f.range.start, f.range.end), '2');
  await pasteHtml(page, html);
  const marked = await page.evaluate((i) => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    return [...root.querySelectorAll('.xl-docview [data-f]')].filter((m) => m.getAttribute('data-f').split(' ').includes(String(i)))
      .map((m) => ({ tag: m.tagName, text: m.textContent, cls: m.className }));
  }, wrong);
  assert.equal(marked.length >= 1, true, 'the wrong cell is marked');
  assert.equal(marked[0].tag, 'TD');
  assert.equal(marked[0].text, '2');
  assert.match(marked[0].cls, /xl-m-error/);
  // Every finding with a span is marked somewhere in the view.
  const markedFindings = await page.evaluate(() => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const all = new Set();
    root.querySelectorAll('.xl-docview [data-f]').forEach((m) => m.getAttribute('data-f').split(' ').forEach((k) => all.add(+k)));
    return [...all];
  });
  expected.findings.forEach((g, i) => { if (g.range && g.range.end > g.range.start) assert.ok(markedFindings.includes(i), `finding ${i} (${g.rule}) marked`); });
  // Scroll the view away, then pick the finding in the list: the cell comes into view and flashes.
  await page.evaluate(() => { document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('.xl-docview').scrollTop = 0; });
  await page.click(`.xxgk-lint-host >> .xl-finding[data-index="${wrong}"]`);
  const seen = await page.evaluate((i) => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const dv = root.querySelector('.xl-docview');
    const td = [...root.querySelectorAll('.xl-docview td[data-f]')].find((m) => m.getAttribute('data-f').split(' ').includes(String(i)));
    const a = dv.getBoundingClientRect(), r = td.getBoundingClientRect();
    return { inView: r.top >= a.top && r.bottom <= a.bottom, scrolled: dv.scrollTop, flash: td.classList.contains('xl-flash'), x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, wrong);
  assert.ok(seen.inView && seen.scrolled > 0 && seen.flash, JSON.stringify(seen));
  await page.screenshot({ path: '/tmp/docview.png' });
  await page.mouse.move(seen.x, seen.y);
  const tip = await page.$eval('.xxgk-lint-host >> .xl-tip', (e) => ({ hidden: e.hidden, text: e.textContent }));
  assert.equal(tip.hidden, false);
  assert.ok(tip.text.includes(f.message), tip.text);
  // The rebuilt tables and the list are the module's answer, as for any paste.
  assert.deepEqual(await page.evaluate(() => window.xxgkLintPage.result()), expected);
}));

test('docview: 查看源码 shows the HTML read-only, 编辑文本 turns the document into checked plain text', () => withPage(async (page) => {
  await pasteHtml(page, SMALL_WORD);
  await page.click('.xxgk-lint-host >> .xl-views button:has-text("查看源码")');
  let s = await screen(page);
  assert.equal(s.textareaVisible, true);
  assert.equal(s.readOnly, true);
  assert.equal(s.textareaText, SMALL_WORD);
  assert.equal(s.docText, '');
  await page.click('.xxgk-lint-host >> .xl-views button:has-text("文档")');
  s = await screen(page);
  assert.equal(s.textareaVisible, false);
  assert.ok(s.docText.includes('全年主动公开政府信息120条'));
  const before = await checks(page);
  await page.click('.xxgk-lint-host >> .xl-views button:has-text("编辑文本")');
  await waitCheck(page, before);
  s = await screen(page);
  assert.equal(s.textareaVisible, true);
  assert.equal(s.readOnly, false);
  assert.equal(s.value, '某某局2023年政府信息公开工作年度报告\n一、总体情况\n本机关认真贯彻落实《条例》，全年主动公开政府信息120条。\n' +
    '信息内容\t本年制发件数\n规章\t3\n六、其他需要报告的事项\n本机关无其他需要报告的事项。\n');
  const r = await page.evaluate(() => window.xxgkLintPage.result());
  assert.equal(r.input.format, 'text');
  assert.deepEqual(r, JSON.parse(moduleCheck(s.value)));
  assert.equal(await page.$eval('.xxgk-lint-host >> .xl-views', (e) => e.hidden), true, 'no view switch for plain text');
}));

test('docview: a paste over the document view replaces the draft and shows the new document', () => withPage(async (page) => {
  await pasteHtml(page, SMALL_WORD);
  const next = asWordHtml(wordParagraph('另一份报告的标题：某某办公室2022年政府信息公开工作年度报告'));
  const before = await checks(page);
  await page.evaluate((html) => {
    const dv = document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('.xl-docview');
    dv.focus();
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'x');
    dv.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, next);
  await waitCheck(page, before);
  await waitView(page);
  const s = await screen(page);
  assert.equal(s.value, next);
  assert.ok(s.docText.includes('另一份报告的标题') && !s.docText.includes('全年主动公开'), s.docText);
  assertNoMarkup(s, 'second paste');
}));

test('docview: the draft keeps the HTML, so a reload shows the same rendering', () => withPage(async (page) => {
  await pasteHtml(page, SMALL_WORD);
  const first = await screen(page);
  await page.reload();
  await page.waitForSelector('.xl-root:not(.xl-loading)', { timeout: 20000 });
  await waitView(page);
  const again = await screen(page);
  assert.equal(again.value, SMALL_WORD);
  assert.equal(again.docText, first.docText);
  assert.equal(again.textareaVisible, false);
}));

// A 5 MB saved page: the CMS page with its site chrome grown (menus and lists repeated) and the
// report in the middle. The view lays out a slice at a time: few elements, no long freeze.
test('docview: a 5 MB saved page renders a slice at a time without freezing the page', () => withPage(async (page) => {
  const cms = fs.readFileSync(CMS_PAGE, 'utf8');
  const menu = '<ul>' + Array.from({ length: 40 }, (_, i) => `<li><a href="/n${i}.html">栏目${i}</a></li>`).join('') + '</ul>\n';
  const news = Array.from({ length: 60 }, (_, i) => `<p>第${i}条新闻：全县召开会议部署有关工作，要求各部门认真落实。</p>`).join('\n');
  let pad = '';
  while (pad.length < 2.6e6) pad += menu + news;
  const at = cms.indexOf('<article>');
  const html = cms.slice(0, at) + pad + cms.slice(at) + pad;
  assert.ok(html.length > 5e6);
  // The 5 MB string is handed to the page first: passing it is the test's cost, not the page's.
  await page.evaluate((h) => { window.__html = h; }, html);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ entryTypes: ['longtask'] });
  });
  const started = Date.now();
  const before = await checks(page);
  await page.evaluate(() => {
    const ta = document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('textarea');
    ta.focus();
    ta.select();
    const dt = new DataTransfer();
    dt.setData('text/html', window.__html);
    dt.setData('text/plain', 'x');
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await waitCheck(page, before);
  await waitView(page);
  const took = Date.now() - started;
  const s = await screen(page);
  const laidOut = await page.evaluate(() => document.querySelector('.xxgk-lint-host').shadowRoot.querySelectorAll('.xl-docview *').length);
  const longest = await page.evaluate(() => Math.max(0, ...window.__long));
  console.log(`  5 MB page: ${took} ms to checked and drawn, ${laidOut} elements laid out, longest main-thread task ${Math.round(longest)} ms`);
  assert.ok(laidOut < 20000, `laid out ${laidOut} elements`);
  assert.ok(longest < 1500, `the page froze for ${Math.round(longest)} ms`);
  assert.equal(s.textareaVisible, false);
  assert.ok(/一、总体情况/.test(s.docText), 'the report is on screen');
  assert.ok(s.folds.length >= 1);
  assert.equal(s.text.match(MARKUP), null);
}));

test('docview: XxgkLint.mount() given HTML shows the same document view', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-docview-'));
  const hostPage = path.join(dir, 'mount.html');
  fs.writeFileSync(hostPage, `<!doctype html><meta charset="utf-8"><div id="m" style="height:700px"></div>` +
    `<script src="${pathToFileURL(path.join(ctx.buildDir, 'xxgk-lint.js')).href}"></script>`);
  const context = await newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(hostPage).href);
    await page.evaluate((t) => window.XxgkLint.ready.then(() => { window.mounted = window.XxgkLint.mount('#m', { text: t }); }), SMALL_WORD);
    await page.waitForFunction(() => {
      const r = document.querySelector('#m .xxgk-lint-host').shadowRoot.querySelector('.xl-root');
      return +(r.getAttribute('data-checks') || 0) > 0;
    });
    const s = await page.evaluate(() => {
      const root = document.querySelector('#m .xxgk-lint-host').shadowRoot;
      const dv = root.querySelector('.xl-docview');
      return { doc: dv.getClientRects().length ? dv.innerText : '', tables: dv.querySelectorAll('table').length, text: root.querySelector('.xl-root').innerText, pwned: window.__pwned };
    });
    assert.ok(s.doc.includes('全年主动公开政府信息120条'), s.doc);
    assert.equal(s.tables, 1);
    assert.equal(s.text.match(MARKUP), null);
    assert.equal(s.pwned, undefined);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
