// Browser tests of the clerk's page (issue 10), from file:// in Chromium: 改为 N and its undo on a
// text and an HTML draft, a number typed into the rebuilt table, one problem per cause, 已核实
// marks kept over a reload, the 勘误表's bytes, and the same features in XxgkLint.mount() under a
// strict CSP.
import fs from 'node:fs';
import path from 'node:path';
import { test, assert } from './harness.mjs';
import { ctx, fixturesDir, seedText, moduleCheck, newContext } from './context.mjs';
import { withPage, openPage, paste, checks, waitCheck, pageState } from './page.test.mjs';
import { withHost, ready } from './embed.test.mjs';
import { expectedSummary, explainedIndices } from './summary.mjs';

const SIMING = 'siming-2019.txt';
const inRoot = (fn, arg) => (page) => page.evaluate(`(${fn})(document.querySelector('.xxgk-lint-host').shadowRoot, ${JSON.stringify(arg)})`);
const draft = (page) => page.evaluate(() => document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('textarea').value);
const undoDisabled = (page) => page.$eval('button:has-text("撤销修改")', (b) => b.disabled);

function suspectOf(r) {
  const s = r.findings.find((f) => f.rule === 'suspect-cell');
  assert.ok(s && s.range && s.expected !== null, 'a suspect cell with a value and a range');
  return s;
}

const replaced = (text, range, value) => text.slice(0, range.start) + value + text.slice(range.end);

test('clerk: 改为 N writes the value at the cell\'s range of a text draft and re-checks; 撤销修改 and Ctrl+Z restore it', () => withPage(async (page) => {
  const text = seedText(SIMING);
  const r = JSON.parse(moduleCheck(text));
  const s = suspectOf(r);
  const fixed = replaced(text, s.range, String(s.expected));
  await paste(page, { plain: text });
  assert.equal(await page.$eval('.xl-fix', (b) => b.textContent), `改为 ${s.expected}`);
  assert.equal(await undoDisabled(page), true);
  let before = await checks(page);
  await page.click('.xl-fix');
  await waitCheck(page, before);
  let state = await pageState(page);
  assert.equal(state.text, fixed);
  assert.deepEqual(state.result, JSON.parse(moduleCheck(fixed)));
  assert.equal(state.result.summary.errors, 0, 'the suggested value settles every equation');
  assert.equal(await page.evaluate(() => localStorage.getItem('xxgk-lint:draft')), fixed, 'kept as the draft');
  assert.equal(await undoDisabled(page), false);

  before = await checks(page);
  await page.click('button:has-text("撤销修改")');
  await waitCheck(page, before);
  state = await pageState(page);
  assert.equal(state.text, text);
  assert.deepEqual(state.result, r);
  assert.equal(await undoDisabled(page), true);

  before = await checks(page);
  await page.click('.xl-fix');
  await waitCheck(page, before);
  assert.equal(await draft(page), fixed);
  before = await checks(page);
  await page.keyboard.press('Control+z');
  await waitCheck(page, before);
  assert.equal(await draft(page), text, 'Ctrl+Z undoes the fix');
  assert.equal(await page.evaluate(() => localStorage.getItem('xxgk-lint:draft')), text);
}));

// A Word-saved HTML report with one number changed: the suspect cell's fix puts back exactly the
// original source, markup and all.
function plantedHtml() {
  const html = fs.readFileSync(path.join(fixturesDir, 'layout-html-word-2021.html'), 'utf8');
  const cell = JSON.parse(moduleCheck(html)).tables.requests.rows.granted.commercial;
  assert.ok(cell.value !== null && cell.range, 'the fixture has the cell');
  return { html, planted: replaced(html, cell.range, String(cell.value + 5)), cell };
}

test('clerk: on an HTML draft 改为 N edits the HTML source at the cell\'s range and keeps its markup; Ctrl+Z in the editor undoes it', () => withPage(async (page) => {
  const { html, planted, cell } = plantedHtml();
  const r = JSON.parse(moduleCheck(planted));
  const s = suspectOf(r);
  assert.deepEqual([s.table, s.row, s.column, s.expected], ['requests', 'granted', 'commercial', cell.value]);
  await paste(page, { plain: 'ignored', html: planted });
  assert.equal(await draft(page), planted);
  let before = await checks(page);
  await page.click('.xl-fix');
  await waitCheck(page, before);
  const state = await pageState(page);
  assert.equal(state.text, html, 'the original source again, byte for byte');
  assert.equal(state.result.summary.errors, 0);
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('.xxgk-lint-host')), true);
  before = await checks(page);
  await page.keyboard.press('Control+z');
  await waitCheck(page, before);
  assert.equal(await draft(page), planted);
}));

test('clerk: a number typed into a cell of 表格还原 is written into the draft at that cell and re-checked as typed', () => withPage(async (page) => {
  const text = seedText(SIMING);
  const s = suspectOf(JSON.parse(moduleCheck(text)));
  const key = `${s.table}/${s.row}/${s.column}`;
  await paste(page, { plain: text });
  // A cell the report lacks has no place in the draft: it cannot be typed into.
  const editable = await inRoot((root) => [...root.querySelectorAll('td[data-cell]')].map((td) => [td.getAttribute('data-cell'), td.classList.contains('xl-editable'), td.classList.contains('xl-cell-missing')]))(page);
  assert.ok(editable.every(([, e, missing]) => e === !missing), 'editable exactly where the cell has a range');
  await page.click(`td[data-cell="${key}"]`);
  assert.equal(await page.$eval(`td[data-cell="${key}"] input`, (i) => i.value), String(s.actual));
  let before = await checks(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('9');
  await waitCheck(page, before);
  let state = await pageState(page);
  const nine = replaced(text, s.range, '9');
  assert.equal(state.text, nine);
  assert.deepEqual(state.result, JSON.parse(moduleCheck(nine)));
  assert.ok(state.result.summary.errors > 0, '9 is still wrong: the totals say so');
  // Still typing in the same cell after the re-check.
  assert.equal(await page.evaluate((k) => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    return root.activeElement && root.activeElement.closest('td').getAttribute('data-cell') === k;
  }, key), true);
  before = await checks(page);
  await page.keyboard.press('Backspace');
  await page.keyboard.type(String(s.expected));
  await waitCheck(page, before);
  state = await pageState(page);
  const fixed = replaced(text, s.range, String(s.expected));
  assert.equal(state.text, fixed);
  assert.equal(state.result.summary.errors, 0);
  await page.keyboard.press('Enter');
  state = await pageState(page);
  assert.equal(state.cells[key].val, String(s.expected));
  assert.equal(await page.$$eval('td input', (l) => l.length), 0);
  // The whole typing is one step back.
  before = await checks(page);
  await page.click('button:has-text("撤销修改")');
  await waitCheck(page, before);
  assert.equal(await draft(page), text);
}));

test('clerk: a cell clicked before the last typing was checked opens once it is, at the place the check gives it', () => withPage(async (page) => {
  const text = seedText(SIMING);
  const r = JSON.parse(moduleCheck(text));
  const s = suspectOf(r);
  const a = `${s.table}/${s.row}/${s.column}`;
  const bCell = r.tables.requests.rows.total.total; // after the suspect cell in the text
  assert.ok(bCell.range.start > s.range.end);
  await paste(page, { plain: text });
  await page.click(`td[data-cell="${a}"]`);
  await page.keyboard.press('Control+a');
  const before = await checks(page);
  await page.keyboard.type('10'); // one character longer: what follows moves
  await page.click('td[data-cell="requests/total/total"]'); // before the re-check
  await waitCheck(page, before);
  await page.waitForSelector('td[data-cell="requests/total/total"] input');
  const b2 = await checks(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('35');
  await waitCheck(page, b2);
  const both = text.slice(0, s.range.start) + '10' + text.slice(s.range.end, bCell.range.start) + '35' + text.slice(bCell.range.end);
  assert.equal(await draft(page), both);
  await page.keyboard.press('Enter');
  await page.click('button:has-text("撤销修改")');
  await page.click('button:has-text("撤销修改")');
  assert.equal(await draft(page), text);
}));

test('clerk: on siming-2019 the suspect cell and the equations it explains are one item; the summary counts problems', () => withPage(async (page) => {
  const text = seedText(SIMING);
  const r = JSON.parse(moduleCheck(text));
  await paste(page, { plain: text });
  const folded = [...explainedIndices(r)].sort((a, b) => a - b);
  assert.equal(folded.length, 3, 'the seed has three equations broken by one cell (row, column and balance)');
  const shown = await inRoot((root) => {
    const li = root.querySelector('.xl-finding[data-rule="suspect-cell"]').closest('li');
    return {
      summary: root.querySelector('.xl-summary').textContent,
      folded: [...li.querySelectorAll('details .xl-finding')].map((b) => +b.getAttribute('data-index')).sort((a, b) => a - b),
      foldTitle: li.querySelector('details summary').textContent,
      open: li.querySelector('details').open,
      items: root.querySelectorAll('.xl-list:not(.xl-sublist) > .xl-item').length,
    };
  })(page);
  assert.equal(shown.summary, expectedSummary(r));
  assert.ok(shown.summary.startsWith('错误 1 处（3 个等式不成立）'), shown.summary);
  assert.deepEqual(shown.folded, folded);
  assert.match(shown.foldTitle, /^3 个等式/);
  assert.equal(shown.open, false);
  assert.equal(shown.items, r.findings.length - 3);
  // Walking the findings opens the fold where a folded one is current.
  await page.click('button:has-text("下一处")');
  await page.click('button:has-text("下一处")');
  const current = await inRoot((root) => {
    const b = root.querySelector('.xl-finding.xl-current');
    return { index: +b.getAttribute('data-index'), open: !!b.closest('details') && b.closest('details').open };
  })(page);
  assert.deepEqual(current, { index: folded.includes(current.index) ? current.index : -1, open: true });
}));

async function markFirstWarning(page, note) {
  await page.click('.xl-item:has(.xl-finding.xl-sev-warning) .xl-verify');
  await page.fill('.xl-verify-note', note);
  await page.click('.xl-verify-form button[type=submit]');
}

test('clerk: a warning marked 已核实 with a note survives a reload, is counted apart, reaches the exported report, and drops when its value changes', async () => {
  const context = await newContext();
  try {
    const { page, problems } = await openPage(context);
    const text = seedText(SIMING);
    const r = JSON.parse(moduleCheck(text));
    const w = r.findings.find((f) => f.severity === 'warning');
    assert.ok(w, 'the seed has a warning');
    await paste(page, { plain: text });
    await markFirstWarning(page, '已与业务科室核对');
    const tagOf = () => inRoot((root, msg) => {
      const li = [...root.querySelectorAll('.xl-item.xl-verified')].find((l) => l.querySelector('.xl-msg').textContent === msg);
      return li ? [li.querySelector('.xl-verified-tag').textContent, li.querySelector('.xl-verified-note').textContent] : null;
    }, w.message)(page);
    assert.deepEqual(await tagOf(), ['已核实', '已与业务科室核对']);
    assert.equal((await pageState(page)).summary, expectedSummary(r, 1));
    await page.reload();
    await page.waitForSelector('.xl-root:not(.xl-loading)');
    await page.waitForFunction(() => document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('.xl-root').getAttribute('data-checks') === '1');
    assert.deepEqual(await tagOf(), ['已核实', '已与业务科室核对'], 'kept over the reload');
    assert.equal((await pageState(page)).summary, expectedSummary(r, 1));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("导出检查报告")')]);
    const html = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(html.includes(expectedSummary(r, 1)), 'the report\'s summary');
    assert.ok(html.includes('已核实的提醒（1）') && html.includes('已与业务科室核对'), 'the report lists it with its note');
    assert.equal(html.split('改正第 1 项后成立').length - 1, explainedIndices(r).size, 'the explained equations listed under their cause');
    // The warning's value changes: the mark no longer applies.
    const moved = w.range ? replaced(text, w.range, String(Number(text.slice(w.range.start, w.range.end)) + 1)) : null;
    assert.ok(moved && JSON.parse(moduleCheck(moved)).findings.some((f) => f.rule === w.rule), 'the same warning about another number');
    const before = await checks(page);
    await page.evaluate((t) => window.xxgkLintPage.setText(t), moved);
    await waitCheck(page, before);
    assert.equal(await page.$$eval('.xl-verified', (l) => l.length), 0);
    assert.equal((await pageState(page)).summary, expectedSummary(JSON.parse(moduleCheck(moved))));
    // 取消核实 takes the mark off again.
    await page.evaluate((t) => window.xxgkLintPage.setText(t), text);
    await page.waitForSelector('.xl-unverify');
    await page.click('.xl-unverify');
    assert.equal((await pageState(page)).summary, expectedSummary(r));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('clerk: once every warning is 已核实 and no error is left, the summary turns green', () => withPage(async (page) => {
  const text = seedText('qingyang-fao-2020.txt');
  const r = JSON.parse(moduleCheck(text));
  assert.deepEqual([r.summary.errors, r.summary.warnings], [0, 1]);
  await paste(page, { plain: text });
  const summary = () => page.$eval('.xl-summary', (e) => [e.textContent, e.className]);
  assert.deepEqual(await summary(), [expectedSummary(r), 'xl-summary xl-sum-warning']);
  await markFirstWarning(page, '');
  assert.deepEqual(await summary(), [expectedSummary(r, 1), 'xl-summary xl-sum-ok']);
  assert.equal(await page.$$eval('.xl-verified-note', (l) => l.length), 0, 'no empty note shown');
}));

test('clerk: 导出勘误表 downloads a UTF-8 CSV with BOM, one line per problem, that Excel and WPS open directly', () => withPage(async (page) => {
  const text = seedText(SIMING);
  const r = JSON.parse(moduleCheck(text));
  const s = suspectOf(r);
  await paste(page, { plain: text });
  await markFirstWarning(page, '=已核对，"原文",无误'); // a spreadsheet must not read it as a formula
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("导出勘误表")')]);
  assert.match(download.suggestedFilename(), /^勘误表-.*思明区.*2019.*\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const csv = bytes.subarray(3).toString('utf8');
  assert.ok(csv.endsWith('\r\n') && !/[^\r]\n/.test(csv), 'CRLF lines');
  const lines = csv.slice(0, -2).split('\r\n');
  assert.equal(lines[0], '序号,位置,现填写,应为,问题,规则,状态,备注');
  assert.equal(lines.length - 1, r.findings.length - explainedIndices(r).size, 'one line per problem');
  assert.equal(lines[1], ['1', '申请情况表 (七)总计 × 法律服务机构', String(s.actual), String(s.expected), s.message, 'suspect-cell', '待改', ''].join(','));
  const w = r.findings.find((f) => f.severity === 'warning');
  const wLine = lines.find((l) => l.includes(',' + w.rule + ','));
  assert.ok(wLine.endsWith(`,${w.rule},已核实,"'=已核对，""原文"",无误"`), wLine);
  assert.ok(lines.slice(1).every((l, i) => l.startsWith(`${i + 1},`)));
  await page.screenshot({ path: path.join(ctx.buildDir, '..', 'web-clerk-screenshot.png') });
}));

test('clerk: XxgkLint.mount() under a strict CSP offers the same fix, table edit and 勘误表', () => withHost(async (page) => {
  await ready(page);
  const text = seedText(SIMING);
  const s = suspectOf(JSON.parse(moduleCheck(text)));
  await page.evaluate((t) => { window.mounted = window.XxgkLint.mount('#mount', { text: t }); }, text);
  const checksIn = () => page.evaluate(() => +document.querySelector('#mount .xxgk-lint-host').shadowRoot.querySelector('.xl-root').getAttribute('data-checks'));
  await page.waitForFunction(() => {
    const h = document.querySelector('#mount .xxgk-lint-host');
    return h && h.shadowRoot.querySelector('.xl-root').getAttribute('data-checks') === '1';
  });
  await page.click('#mount .xl-fix');
  await page.waitForFunction(() => document.querySelector('#mount .xxgk-lint-host').shadowRoot.querySelector('.xl-root').getAttribute('data-checks') === '2');
  assert.equal(await page.evaluate(() => window.mounted.getText()), replaced(text, s.range, String(s.expected)));
  assert.equal(await page.evaluate(() => window.mounted.result().summary.errors), 0);
  await page.click('#mount button:has-text("撤销修改")');
  assert.equal(await page.evaluate(() => window.mounted.getText()), text);
  assert.ok(await checksIn() >= 2);
  assert.equal(await page.$$eval('#mount td.xl-editable', (l) => l.length) > 0, true);
  // The note form submits nothing under form-action 'self' (withHost fails on any CSP report).
  await page.click('#mount .xl-verify');
  await page.fill('#mount .xl-verify-note', '已核对');
  await page.click('#mount .xl-verify-form button[type=submit]');
  assert.equal(await page.$eval('#mount .xl-verified-note', (e) => e.textContent), '已核对');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#mount button:has-text("导出勘误表")')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeff序号,') && csv.includes(',已核实,已核对\r\n'), csv);
}));
