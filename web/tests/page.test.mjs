// Browser tests of xxgk-lint.html opened from file:// in Chromium: paste, highlights, rebuilt
// tables, navigation, actions; no network and no console error anywhere.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, assert } from './harness.mjs';
import { ctx, seeds, fixtures, seedText, moduleCheck, newContext } from './context.mjs';

const LOCAL = /^(file|data|blob|about|chrome-error):/;

// Opens the page in a fresh profile and records everything that must not happen.
export async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('request', (r) => { if (!LOCAL.test(r.url())) problems.push('network request: ' + r.url()); });
  await context.route(/.*/, (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) return route.continue();
    problems.push('network request (routed): ' + url);
    return route.abort();
  });
  await page.goto(pathToFileURL(path.join(ctx.buildDir, 'xxgk-lint.html')).href);
  await page.waitForSelector('.xl-root:not(.xl-loading)', { timeout: 20000 });
  return { page, problems };
}

export async function withPage(fn) {
  const context = await newContext();
  try {
    const { page, problems } = await openPage(context);
    await fn(page, problems);
    assert.deepEqual(problems, [], 'network requests or console errors');
  } finally {
    await context.close();
  }
}

export const checks = (page) => page.$eval('.xl-root', (r) => +(r.getAttribute('data-checks') || 0));

export async function waitCheck(page, before) {
  await page.waitForFunction((n) => {
    const host = document.querySelector('.xxgk-lint-host');
    const r = host && host.shadowRoot.querySelector('.xl-root');
    return r && +(r.getAttribute('data-checks') || 0) > n;
  }, before, { timeout: 10000 });
}

// A synthetic paste, as the clipboard delivers it: text/plain always, text/html when copied from
// a page or Word. The textarea's content is replaced (select all, then paste).
async function paste(page, { plain, html }) {
  const before = await checks(page);
  await page.evaluate(({ plain, html }) => {
    const ta = document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('textarea');
    ta.focus();
    ta.select();
    const dt = new DataTransfer();
    if (html) dt.setData('text/html', html);
    dt.setData('text/plain', plain);
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, { plain, html });
  await waitCheck(page, before);
}

function pageState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const marks = [...root.querySelectorAll('.xl-marks-inner mark')].map((m) => ({
      f: m.getAttribute('data-f').split(' ').map(Number), text: m.textContent, cls: m.className,
    }));
    const cells = {};
    for (const td of root.querySelectorAll('td[data-cell]')) {
      const e = td.querySelector('.xl-expect');
      cells[td.getAttribute('data-cell')] = { val: td.querySelector('.xl-val').textContent, expect: e ? e.textContent : null, cls: td.className };
    }
    const ta = root.querySelector('textarea');
    return {
      // Same wrapping in the editor and in the highlight layer: their content heights agree to
      // within the one extra line the layer appends.
      heights: [ta.scrollHeight, root.querySelector('.xl-marks-inner').scrollHeight, parseFloat(getComputedStyle(ta).lineHeight)],
      text: root.querySelector('textarea').value,
      overlay: root.querySelector('.xl-marks-inner').textContent,
      result: window.xxgkLintPage.result(),
      summary: root.querySelector('.xl-summary').textContent,
      groups: [...root.querySelectorAll('.xl-group-title')].map((h) => h.textContent),
      items: [...root.querySelectorAll('.xl-finding')].map((b) => +b.getAttribute('data-index')),
      marks,
      cells,
    };
  });
}

// The grouping the brief prescribes, written out independently of the page's code.
function expectedGroup(rule) {
  if (rule === 'text-table-mismatch') return '正文与表格一致';
  if (/^(req-|cell-|active-|fees-)/.test(rule) || ['review-total', 'suspect-cell', 'table-missing'].includes(rule)) return '表格数据/勾稽关系';
  return '结构与格式';
}

function expectedSummary(r) {
  if (!r.findings.length) return '未发现问题';
  let s = `共 ${r.findings.length} 处：错误 ${r.summary.errors} / 提醒 ${r.summary.warnings}`;
  if (r.summary.infos) s += ` / 说明 ${r.summary.infos}`;
  return s;
}

// Data cells per template, counted from templates.md.
const CELL_COUNT = { 2019: 22 + 23 * 7 + 15, 2021: 10 + 25 * 7 + 15 };

function expectedCellText(cell) {
  if (!cell || !cell.range) return '缺';
  if (cell.value !== null) return String(cell.value);
  return String(cell.raw).trim() || '空';
}

// Everything the page shows for one checked input must follow from the module's own answer.
function assertShows(state, input, expected) {
  assert.deepEqual(state.result, expected, 'the page checked exactly the pasted string');
  assert.equal(state.text, input);
  assert.equal(state.overlay, input + '\n\u00a0', 'highlight layer holds the same text as the editor');
  const [taHeight, layerHeight, lineHeight] = state.heights;
  assert.ok(Math.abs(layerHeight - taHeight) <= lineHeight + 1, `editor ${taHeight}px vs highlight layer ${layerHeight}px`);
  assert.equal(state.summary, expectedSummary(expected));
  // Groups and counts.
  const counts = { '表格数据/勾稽关系': 0, '正文与表格一致': 0, '结构与格式': 0 };
  for (const f of expected.findings) counts[expectedGroup(f.rule)]++;
  assert.deepEqual(state.groups, Object.keys(counts).map((k) => `${k}（${counts[k]}）`));
  assert.deepEqual([...state.items].sort((a, b) => a - b), expected.findings.map((f, i) => i));
  // Every finding with a span is highlighted exactly over it, in its severity's colour.
  expected.findings.forEach((f, i) => {
    const mine = state.marks.filter((m) => m.f.includes(i));
    if (!f.range) { assert.equal(mine.length, 0); return; }
    assert.equal(mine.map((m) => m.text).join(''), input.slice(f.range.start, f.range.end), `highlight of finding ${i} (${f.rule})`);
    if (f.range.end > f.range.start) assert.ok(mine.length > 0, `finding ${i} not highlighted`);
    for (const m of mine) {
      if (m.f.every((k) => expected.findings[k].severity === 'error')) assert.match(m.cls, /xl-m-error/);
      if (m.f.every((k) => expected.findings[k].severity === 'warning')) assert.match(m.cls, /xl-m-warning/);
    }
  });
  // The rebuilt tables show every cell of the template, numbers as read, blanks apart from 0.
  if (expected.template) {
    assert.equal(Object.keys(state.cells).length, CELL_COUNT[expected.template], 'data cells in the rebuilt tables');
    for (const [key, shown] of Object.entries(state.cells)) {
      const [table, row, col] = key.split('/');
      const cell = expected.tables[table].rows[row] && expected.tables[table].rows[row][col];
      assert.equal(shown.val, expectedCellText(cell), `cell ${key}`);
    }
  }
}

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
// How a browser puts a copied page on the clipboard: wrapper, fragment markers, one <p> a line.
function asClipboardHtml(text) {
  const body = text.split('\n').map((l) => `<p>${escapeHtml(l) || '<br>'}</p>`).join('\n');
  return `<html><body>\n<!--StartFragment-->${body}<!--EndFragment-->\n</body></html>`;
}

const essentials = (r) => r.findings.map((f) => [f.rule, f.severity, f.table, f.row, f.column, f.expected, f.actual].join('|')).sort();

test('page: loads from file:// with no network, no console error, Chinese UI ready', () => withPage(async (page) => {
  const state = await page.evaluate(() => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    return { title: document.title, summary: root.querySelector('.xl-summary').textContent, renderer: document.querySelector('meta[name=renderer]').content };
  });
  assert.equal(state.renderer, 'webkit');
  assert.match(state.title, /政府信息公开/);
  assert.match(state.summary, /请粘贴或输入报告全文/);
}));

for (const seed of seeds()) {
  const name = path.basename(seed.file);
  test(`page: paste ${name} as plain text`, () => withPage(async (page) => {
    const text = seedText(name);
    await paste(page, { plain: text });
    assertShows(await pageState(page), text, JSON.parse(moduleCheck(text)));
  }));
  test(`page: paste ${name} as HTML clipboard data`, () => withPage(async (page) => {
    const text = seedText(name);
    const html = asClipboardHtml(text);
    await paste(page, { plain: text, html });
    const state = await pageState(page);
    const expected = JSON.parse(moduleCheck(html));
    assertShows(state, html, expected);
    assert.equal(expected.input.format, 'html');
    // Same report, same verdict, whichever way it was pasted.
    assert.deepEqual(essentials(expected), essentials(JSON.parse(moduleCheck(text))));
  }));
}

for (const fx of fixtures().filter((f) => /\.html?$/i.test(f.file))) {
  test(`page: paste fixture ${fx.name} as HTML`, () => withPage(async (page) => {
    const html = new TextDecoder().decode(fx.bytes);
    await paste(page, { plain: 'ignored', html });
    assertShows(await pageState(page), html, JSON.parse(moduleCheck(html)));
  }));
}

test('page: siming-2019 suspect cell shows 2 and 应为 0; clicking the finding flashes text and cell', () => withPage(async (page) => {
  const text = seedText('siming-2019.txt');
  await paste(page, { plain: text });
  const state = await pageState(page);
  const cell = state.cells['requests/total/legal_service'];
  assert.equal(cell.val, '2');
  assert.equal(cell.expect, '应为 0');
  assert.match(cell.cls, /xl-suspect/);
  assert.match(cell.cls, /xl-flag-error/);
  assert.equal(state.cells['requests/total/natural_person'].expect, null);
  const idx = state.result.findings.findIndex((f) => f.rule === 'suspect-cell');
  await page.click(`.xl-finding[data-rule="suspect-cell"]`);
  const after = await page.evaluate((idx) => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const ta = root.querySelector('textarea');
    const marks = [...root.querySelectorAll('.xl-marks-inner mark')].filter((m) => m.getAttribute('data-f').split(' ').includes(String(idx)));
    const td = root.querySelector('td[data-cell="requests/total/legal_service"]');
    const pane = root.querySelector('.xl-tables-pane').getBoundingClientRect();
    const r = td.getBoundingClientRect();
    return {
      markFlash: marks.length > 0 && marks.every((m) => m.classList.contains('xl-flash')),
      markVisible: marks.length > 0 && marks[0].offsetTop >= ta.scrollTop && marks[0].offsetTop < ta.scrollTop + ta.clientHeight,
      scrolled: ta.scrollTop > 0,
      cellFlash: td.classList.contains('xl-flash'),
      cellVisible: r.top >= pane.top && r.bottom <= pane.bottom,
      pos: root.querySelector('.xl-pos').textContent,
      current: root.querySelector('.xl-finding.xl-current').getAttribute('data-rule'),
    };
  }, idx);
  assert.deepEqual(after, { markFlash: true, markVisible: true, scrolled: true, cellFlash: true, cellVisible: true, pos: `1 / ${state.result.findings.length}`, current: 'suspect-cell' });
  await page.screenshot({ path: path.join(ctx.buildDir, '..', 'web-screenshot.png') });
}));

test('page: 上一处/下一处 and F8 walk the findings in list order', () => withPage(async (page) => {
  await paste(page, { plain: seedText('siming-2019.txt') });
  const n = (await pageState(page)).result.findings.length;
  assert.ok(n >= 3);
  const pos = () => page.$eval('.xl-pos', (e) => e.textContent);
  const current = () => page.$eval('.xl-finding.xl-current', (e) => e.getAttribute('data-index'));
  const order = (await pageState(page)).items.map(String);
  await page.click('button:has-text("下一处")');
  assert.equal(await pos(), `1 / ${n}`);
  assert.equal(await current(), order[0]);
  await page.click('button:has-text("下一处")');
  assert.equal(await pos(), `2 / ${n}`);
  assert.equal(await current(), order[1]);
  await page.click('button:has-text("上一处")');
  await page.click('button:has-text("上一处")');
  assert.equal(await pos(), `${n} / ${n}`, 'wraps around');
  await page.keyboard.press('F8');
  assert.equal(await pos(), `1 / ${n}`);
}));

test('page: hovering a highlight shows the finding message', () => withPage(async (page) => {
  await paste(page, { plain: seedText('siming-2019.txt') });
  await page.click('.xl-finding[data-rule="suspect-cell"]');
  const msg = (await pageState(page)).result.findings.find((f) => f.rule === 'suspect-cell').message;
  const box = await page.evaluate(() => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const m = root.querySelector('mark.xl-flash');
    const r = m.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const tip = await page.$eval('.xl-tip', (e) => ({ hidden: e.hidden, text: e.textContent }));
  assert.equal(tip.hidden, false);
  assert.ok(tip.text.includes(msg), tip.text);
}));

test('page: pasted HTML is never rendered as HTML (no script, no image, no request)', () => withPage(async (page) => {
  const html = '<html><body><img src="https://evil.example/x.png" onerror="window.__pwned=1">' +
    '<script>window.__pwned=2</script><b onmouseover="window.__pwned=3">一、总体情况</b><table><tr><td>1</td></tr></table></body></html>';
  await paste(page, { plain: 'x', html });
  await page.waitForTimeout(200);
  const r = await page.evaluate(() => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    return { pwned: window.__pwned, imgs: document.querySelectorAll('img').length + root.querySelectorAll('img, b, script').length, value: root.querySelector('textarea').value };
  });
  assert.deepEqual(r, { pwned: undefined, imgs: 0, value: html });
}));

test('page: samples load the seeds; template can be forced', () => withPage(async (page) => {
  const before = await checks(page);
  const options = await page.$$eval('select.xl-sample option', (os) => os.map((o) => o.textContent));
  assert.equal(options.length, seeds().length + 1);
  const siming = options.findIndex((t) => t.includes('思明区'));
  assert.ok(siming > 0);
  await page.selectOption('select.xl-sample', String(siming - 1));
  await waitCheck(page, before);
  const text = seedText('siming-2019.txt');
  let state = await pageState(page);
  assert.equal(state.text, text);
  assert.deepEqual(state.result, JSON.parse(moduleCheck(text)));
  const b2 = await checks(page);
  await page.selectOption('.xl-tpl select', '2021');
  await waitCheck(page, b2);
  state = await pageState(page);
  assert.deepEqual(state.result, JSON.parse(moduleCheck(text, '2021')));
  assert.equal(Object.keys(state.cells).length, CELL_COUNT[2021]);
}));

test('page: open a .txt file; a GBK file is decoded and said so', () => withPage(async (page) => {
  const seed = seeds().find((s) => s.name.endsWith('gulei-2023.txt'));
  let before = await checks(page);
  await page.setInputFiles('input[type=file]', { name: 'gulei-2023.txt', mimeType: 'text/plain', buffer: seed.bytes });
  await waitCheck(page, before);
  let state = await pageState(page);
  assert.equal(state.text, seedText('gulei-2023.txt'));
  assert.equal(state.result.tables.requests.rows.new.total.value, 11);
  before = await checks(page);
  // "年度报告" in GBK.
  await page.setInputFiles('input[type=file]', { name: 'gbk.txt', mimeType: 'text/plain', buffer: Buffer.from([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]) });
  await waitCheck(page, before);
  state = await pageState(page);
  assert.equal(state.text, '年度报告');
  const note = await page.$eval('.xl-note', (e) => e.textContent);
  assert.match(note, /GB18030/);
}));

test('page: the draft survives a reload and 删除草稿 erases it', async () => {
  const context = await newContext();
  try {
    const { page, problems } = await openPage(context);
    const text = seedText('qingyang-fao-2020.txt');
    await paste(page, { plain: text });
    await page.reload();
    await page.waitForSelector('.xl-root:not(.xl-loading)');
    await page.waitForFunction(() => document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('.xl-root').getAttribute('data-checks') === '1');
    let state = await pageState(page);
    assert.equal(state.text, text);
    assert.deepEqual(state.result, JSON.parse(moduleCheck(text)));
    let asked = '';
    page.once('dialog', (d) => { asked = d.message(); d.accept(); });
    await page.click('button:has-text("删除草稿")');
    assert.match(asked, /草稿/);
    state = await pageState(page);
    assert.equal(state.text, '');
    await page.reload();
    await page.waitForSelector('.xl-root:not(.xl-loading)');
    assert.equal((await pageState(page)).text, '');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('page: 复制标准表格 puts clean standard tables (HTML and tab text) on the clipboard', () => withPage(async (page) => {
  await paste(page, { plain: seedText('siming-2019.txt') });
  await page.evaluate(() => {
    window.addEventListener('copy', (e) => {
      window.__copied = { html: e.clipboardData.getData('text/html'), text: e.clipboardData.getData('text/plain') };
    });
  });
  await page.click('button:has-text("复制标准表格")');
  const copied = await page.evaluate(() => window.__copied);
  assert.ok(copied, 'no copy event');
  const { html, text } = copied;
  assert.equal((html.match(/<table/g) || []).length, 3);
  assert.ok(html.includes('(七)总计') && html.includes('法律服务机构') && html.includes('rowspan="20"'), 'official 2019 layout');
  assert.ok(!/class=|xl-|应为|>空</.test(html), 'no page markers in the copied table');
  assert.ok(!/<script|on\w+=/i.test(html));
  // (七)总计 row as read: 25 0 0 0 2 0 25.
  assert.ok(text.split('\n').some((l) => /\t\(七\)总计\t\t25\t0\t0\t0\t2\t0\t25$/.test(l)), text);
}));

test('page: 导出检查报告 downloads a printable, script-free report', () => withPage(async (page) => {
  await paste(page, { plain: seedText('siming-2019.txt') });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("导出检查报告")')]);
  assert.match(download.suggestedFilename(), /^检查报告-.*思明区.*2019.*\.html$/);
  const html = fs.readFileSync(await download.path(), 'utf8');
  const r = JSON.parse(moduleCheck(seedText('siming-2019.txt')));
  assert.ok(html.includes(expectedSummary(r)));
  for (const f of r.findings) assert.ok(html.includes(escapeHtml(f.message).replace(/"/g, '&quot;')), f.message);
  assert.ok(html.includes('应为 0'));
  assert.ok(html.includes('@media print'));
  assert.ok(!/<script/i.test(html));
}));

test('page: a browser without WebAssembly is told to switch to 极速模式', async () => {
  const context = await newContext();
  try {
    await context.addInitScript(() => { delete window.WebAssembly; });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(path.join(ctx.buildDir, 'xxgk-lint.html')).href);
    await page.waitForTimeout(300);
    const shown = await page.evaluate(() => ({
      wasm: typeof WebAssembly,
      boot: document.getElementById('boot') ? document.getElementById('boot').textContent : '',
      mounted: !!document.querySelector('.xxgk-lint-host'),
    }));
    shown.ready = await page.evaluate(() => window.XxgkLint.ready.then(() => 'loaded', (e) => e.message));
    assert.equal(shown.wasm, 'undefined');
    assert.match(shown.boot, /不支持 WebAssembly/);
    assert.match(shown.boot, /极速模式/);
    assert.equal(shown.mounted, false);
    assert.match(shown.ready, /极速模式/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('page: clicking a highlight selects it; typing the fix re-checks after a short pause', () => withPage(async (page) => {
  const text = seedText('siming-2019.txt');
  await paste(page, { plain: text });
  await page.click('.xl-finding[data-rule="suspect-cell"]');
  const suspect = (await pageState(page)).result.findings.find((f) => f.rule === 'suspect-cell');
  const box = await page.evaluate((start) => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const m = [...root.querySelectorAll('mark')].find((x) => +x.getAttribute('data-start') === start);
    const r = m.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, suspect.range.start);
  await page.mouse.click(box.x, box.y);
  const sel = await page.evaluate(() => {
    const ta = document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('textarea');
    return [ta.selectionStart, ta.selectionEnd, document.activeElement === document.querySelector('.xxgk-lint-host')];
  });
  assert.deepEqual(sel, [suspect.range.start, suspect.range.end, true]);
  const caret = await page.$eval('.xl-caret', (e) => e.textContent);
  assert.ok(caret.includes(suspect.message), caret);
  const before = await checks(page);
  await page.keyboard.type(String(suspect.expected));
  await waitCheck(page, before);
  const fixed = text.slice(0, suspect.range.start) + suspect.expected + text.slice(suspect.range.end);
  const state = await pageState(page);
  assert.equal(state.text, fixed);
  assert.deepEqual(state.result, JSON.parse(moduleCheck(fixed)));
  assert.equal(state.result.summary.errors, 0, 'the suggested value fixes every equation');
  assert.equal(state.cells['requests/total/legal_service'].val, '0');
  // And it was kept as the draft.
  assert.equal(await page.evaluate(() => localStorage.getItem('xxgk-lint:draft')), fixed);
}));

test('page: dropping a file opens it; 打印检查报告 prints the same report from a frame', () => withPage(async (page) => {
  const before = await checks(page);
  await page.evaluate((text) => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'siming-2019.txt', { type: 'text/plain' }));
    root.querySelector('.xl-editor').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, seedText('siming-2019.txt'));
  await waitCheck(page, before);
  const state = await pageState(page);
  assert.equal(state.text, seedText('siming-2019.txt'));
  assert.match(await page.$eval('.xl-note', (e) => e.textContent), /siming-2019\.txt/);
  await page.click('button:has-text("打印检查报告")');
  await page.waitForSelector('iframe.xl-print-frame', { state: 'attached' });
  const frame = await page.$eval('iframe.xl-print-frame', (f) => f.srcdoc);
  assert.ok(frame.includes('政府信息公开工作年度报告检查报告') && frame.includes('应为 0') && frame.includes('@media print'));
}));

test('page: qingyang cell-missing on 3.要求提供公开出版物 flashes its cell (or its row when no column is named)', () => withPage(async (page) => {
  await paste(page, { plain: seedText('qingyang-fao-2020.txt') });
  const f = (await pageState(page)).result.findings.find((x) => x.rule === 'cell-missing');
  assert.ok(f && f.table === 'requests' && f.row === 'rejected_publication', 'cell-missing on rejected_publication');
  await page.click('.xl-finding[data-rule="cell-missing"]');
  const flashed = await page.evaluate(() => [...document.querySelector('.xxgk-lint-host').shadowRoot.querySelectorAll('td.xl-flash')].map((td) => td.getAttribute('data-cell')));
  if (f.column) assert.deepEqual(flashed, [`requests/rejected_publication/${f.column}`]);
  else assert.deepEqual(flashed, ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'].map((c) => 'requests/rejected_publication/' + c));
  const loc = await page.$eval('.xl-finding[data-rule="cell-missing"] .xl-loc', (e) => e.textContent);
  assert.match(loc, /^申请情况表 \(五\)不予处理 3\.要求提供公开出版物 /);
}));

// ---- checks in a Web Worker (issue 4) ----------------------------------------------------------

const engineOf = (page) => page.$eval('.xl-root', (r) => r.getAttribute('data-engine'));

// A big paste: a seed repeated to about `bytes` of UTF-8, built in the page (sending megabytes
// through DevTools would itself take long tasks). Returns its length in characters.
function pasteBig(page, seedText, bytes) {
  return page.evaluate(({ seedText, bytes }) => {
    const ta = document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('textarea');
    const utf8 = new TextEncoder().encode(seedText).length;
    ta.value = seedText.repeat(Math.ceil(bytes / utf8));
    ta.focus();
    ta.setSelectionRange(0, 0);
    void ta.scrollHeight; // lay the text out now: Chromium's own cost of a big textarea, not the check's
    ta.dispatchEvent(new Event('input', { bubbles: true })); // as a paste does: the check follows in 300 ms
    return ta.value.length;
  }, { seedText, bytes });
}

// Records long tasks (PerformanceObserver 'longtask') from now until the returned stop() is called.
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__longObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
    });
    window.__longObserver.observe({ entryTypes: ['longtask'] });
  });
  return () => page.evaluate(() => {
    for (const e of window.__longObserver.takeRecords()) window.__longTasks.push(Math.round(e.duration));
    window.__longObserver.disconnect();
    return window.__longTasks;
  });
}

// The size issue 4 talks about (5–16 MB), near the top so that the check outlasts the watch: the
// module checks a few tens of MB/s, and the rendering of the result that follows is a long task of
// its own that the watch must not reach.
const BIG_BYTES = 15e6;
const LONG_TASK_BOUND = 300;  // ms: a keystroke delayed longer than this is felt as a freeze
const WATCH_MS = 450;         // the 300 ms debounce, then 150 ms of the check running

test('page: a long check runs in a worker: no long task while it computes, and its result renders', () => withPage(async (page) => {
  const seed = seedText('siming-2019.txt');
  const before = await checks(page);
  const length = await pasteBig(page, seed, BIG_BYTES);
  // The watch starts before the debounce fires and ends while the worker is still computing: on the main thread, that check would be one long task in here.
  const stop = await watchLongTasks(page);
  await page.waitForTimeout(WATCH_MS);
  const longTasks = await stop();
  const worst = Math.max(0, ...longTasks);
  assert.ok(worst < LONG_TASK_BOUND, `a ${worst} ms long task while the check ran (all: ${longTasks.join(', ')} ms)`);
  assert.equal(await checks(page), before, 'the check was still running when the watch ended (the watch measured nothing)');
  await page.waitForFunction((n) => {
    const r = document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('.xl-root');
    return +(r.getAttribute('data-checks') || 0) > n;
  }, before, { timeout: 120000 });
  const shown = await page.evaluate(() => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    return { summary: root.querySelector('.xl-summary').textContent, length: root.querySelector('textarea').value.length, result: window.xxgkLintPage.result() };
  });
  assert.equal(shown.length, length);
  const expected = JSON.parse(moduleCheck(seed.repeat(Math.ceil(BIG_BYTES / Buffer.byteLength(seed)))));
  assert.deepEqual(shown.result, expected, 'the worker result is the module result');
  assert.equal(shown.summary, expectedSummary(expected));
  assert.equal(await engineOf(page), 'worker');
}));

test('page: a check in flight for replaced text is dropped; only the latest text is rendered', () => withPage(async (page) => {
  const first = seedText('siming-2019.txt');
  const latest = seedText('xiamen-fao-2023.txt');
  const expected = JSON.parse(moduleCheck(latest));
  assert.notEqual(expectedSummary(JSON.parse(moduleCheck(first))), expectedSummary(expected));
  const before = await checks(page);
  await page.evaluate(({ first, latest }) => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    window.__shown = [];
    new MutationObserver(() => window.__shown.push(root.querySelector('.xl-summary').textContent))
      .observe(root.querySelector('.xl-root'), { attributes: true, attributeFilter: ['data-checks'] });
    window.xxgkLintPage.setText(first); // its check goes to the worker...
    const ta = root.querySelector('textarea');
    ta.focus();
    ta.select();
    document.execCommand('insertText', false, latest); // ...and the text is pasted over before it answers
  }, { first, latest });
  await waitCheck(page, before);
  await page.waitForTimeout(500); // room for a stale answer to (wrongly) arrive late
  const state = await pageState(page);
  assert.deepEqual(await page.evaluate(() => window.__shown), [expectedSummary(expected)], 'summaries shown');
  assert.equal(await checks(page), before + 1);
  assertShows(state, latest, expected);
  assert.equal(await engineOf(page), 'worker');
}));

// Where no worker can run, the page checks on the main thread as before, silently.
const NO_WORKER = {
  'no Worker at all': () => { window.Worker = undefined; },
  // What a CSP without blob: in worker-src does: the worker is made, then fails with an error event.
  'a worker that fails after it was made': () => {
    window.Worker = function () { this.onerror = null; this.onmessage = null; };
    window.Worker.prototype.postMessage = function () {
      setTimeout(() => { if (this.onerror) this.onerror(new Event('error')); }, 20);
    };
    window.Worker.prototype.terminate = function () {};
  },
};
for (const [name, init] of Object.entries(NO_WORKER)) {
  test(`page: ${name}: checks run on the main thread with the same results`, async () => {
    const context = await newContext();
    try {
      await context.addInitScript(init);
      const { page, problems } = await openPage(context);
      const text = seedText('siming-2019.txt');
      await paste(page, { plain: text });
      assertShows(await pageState(page), text, JSON.parse(moduleCheck(text)));
      assert.equal(await engineOf(page), 'main');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
