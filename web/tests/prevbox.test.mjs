// 上年报告（可选）: last year's report beside the draft (web/src/previous-box.js). A report whose
// carry-over does not chain to its predecessor's (the golden pair tests/fixtures/pairs/broken-chain)
// is checked in the page with the predecessor in the second box and through XxgkLint.check().
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { test, assert } from './harness.mjs';
import { ctx, fixturesDir, moduleCheck, newContext } from './context.mjs';
import { openPage, withPage, waitCheck, checks } from './page.test.mjs';

const pair = (name) => ({
  text: fs.readFileSync(path.join(fixturesDir, 'pairs', name + '.txt'), 'utf8'),
  previous: fs.readFileSync(path.join(fixturesDir, 'pairs', name + '.previous.txt'), 'utf8'),
});
const CROSS_YEAR = /^(carry-over-continuity|in-force-continuity|text-repeated|previous-mismatch)$/;
const crossYear = (r) => r.findings.filter((f) => CROSS_YEAR.test(f.rule));

test('prevbox: XxgkLint.check(text, {previous}) in the built script passes last year\'s report through', async () => {
  const { text, previous } = pair('broken-chain');
  const sandbox = { console, setTimeout, clearTimeout, TextDecoder, TextEncoder };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(ctx.buildDir, 'xxgk-lint.js'), 'utf8'), sandbox, { filename: 'xxgk-lint.js' });
  const XxgkLint = await sandbox.XxgkLint.ready;
  // Results come from the sandbox's realm: compare them as JSON.
  const paired = JSON.parse(JSON.stringify(XxgkLint.check(text, { previous })));
  assert.deepEqual(paired, JSON.parse(moduleCheck(text, { previous })));
  const carry = paired.findings.filter((f) => f.rule === 'carry-over-continuity');
  assert.ok(carry.length > 0 && carry.every((f) => f.previous_range), 'carry-over-continuity with a place in last year\'s report');
  const alone = JSON.parse(JSON.stringify(XxgkLint.check(text)));
  assert.deepEqual(crossYear(alone), [], 'no cross-year finding without previous');
  assert.deepEqual(alone, JSON.parse(moduleCheck(text)));
});

// What the page shows of the second box and the findings list.
function prevState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const ta = root.querySelector('.xl-prev-text');
    const at = root.querySelector('.xl-prev-at');
    const mark = at && at.querySelector('mark');
    return {
      open: root.querySelector('.xl-prev').open,
      value: ta.value,
      selection: [ta.selectionStart, ta.selectionEnd],
      scrolled: ta.scrollTop,
      quote: at && !at.hidden ? at.textContent : '',
      mark: mark ? mark.textContent : '',
      rules: [...root.querySelectorAll('.xl-finding')].map((b) => b.getAttribute('data-rule')),
      result: window.xxgkLintPage.result(),
      engine: root.querySelector('.xl-root').getAttribute('data-engine'),
    };
  });
}

// Pastes plain text into the box with selector sel, replacing what it held; waits for the check.
async function pasteInto(page, sel, plain) {
  const before = await checks(page);
  await page.evaluate(({ sel, plain }) => {
    const ta = document.querySelector('.xxgk-lint-host').shadowRoot.querySelector(sel);
    ta.focus();
    ta.select();
    const dt = new DataTransfer();
    dt.setData('text/plain', plain);
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, { sel, plain });
  await waitCheck(page, before);
}

test('prevbox: last year\'s report in 上年报告（可选） brings the carry-over warnings; a click selects the place in it; kept over a reload; cleared, they go', async () => {
  const { text, previous } = pair('broken-chain');
  const expected = JSON.parse(moduleCheck(text, { previous }));
  const carry = expected.findings.map((f, i) => ({ f, i })).filter((o) => o.f.rule === 'carry-over-continuity');
  assert.ok(carry.length > 0, 'the pair has carry-over-continuity warnings');
  const context = await newContext();
  try {
    const { page, problems } = await openPage(context);
    let s = await prevState(page);
    assert.equal(s.open, false, 'the second box starts folded');
    await pasteInto(page, '.xl-text', text);
    assert.deepEqual(crossYear((await prevState(page)).result), [], 'no cross-year finding before last year\'s report is given');
    await page.click('text=上年报告（可选）');
    await pasteInto(page, '.xl-prev-text', previous);
    s = await prevState(page);
    assert.deepEqual(s.result, expected, 'the page checked the draft with last year\'s report as previous');
    assert.equal(s.engine, 'worker', 'checked in the worker, previous included');
    assert.equal(s.rules.filter((r) => r === 'carry-over-continuity').length, carry.length, 'every carry-over warning is listed');

    // Clicking a carry-over warning selects its place in last year's report and quotes it.
    const { f, i } = carry[0];
    await page.click(`.xl-finding[data-index="${i}"]`);
    s = await prevState(page);
    assert.deepEqual(s.selection, [f.previous_range.start, f.previous_range.end]);
    assert.equal(s.mark, previous.slice(f.previous_range.start, f.previous_range.end));
    assert.ok(s.mark.length > 0);
    const line = previous.slice(0, f.previous_range.start).split('\n').length;
    assert.match(s.quote, new RegExp('^上年报告第 ' + line + ' 行：'));
    assert.ok(line > 20 && s.scrolled > 0, `the box scrolled to line ${line} (scrollTop ${s.scrolled})`);
    await page.screenshot({ path: '/tmp/prevbox.png' });

    // Kept with the draft: a reload restores both boxes and the same result.
    await page.reload();
    await page.waitForSelector('.xl-root:not(.xl-loading)');
    await page.waitForFunction(() => +document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('.xl-root').getAttribute('data-checks') >= 1);
    s = await prevState(page);
    assert.equal(s.value, previous);
    assert.equal(s.open, true, 'a filled box opens by itself');
    assert.deepEqual(s.result, expected);

    // Cleared: the cross-year findings go, and stay gone after a reload.
    const before = await checks(page);
    await page.click('button:has-text("清空上年报告")');
    await waitCheck(page, before);
    s = await prevState(page);
    assert.equal(s.value, '');
    assert.deepEqual(s.result, JSON.parse(moduleCheck(text)));
    assert.deepEqual(s.rules.filter((r) => CROSS_YEAR.test(r)), []);
    assert.equal(s.quote, '', 'the quote of last year\'s report is gone with it');
    await page.reload();
    await page.waitForSelector('.xl-root:not(.xl-loading)');
    assert.equal((await prevState(page)).value, '');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('prevbox: a file dropped on the second box fills it, not the draft', () => withPage(async (page) => {
  const { text, previous } = pair('broken-chain');
  await pasteInto(page, '.xl-text', text);
  await page.click('text=上年报告（可选）');
  const before = await checks(page);
  await page.evaluate((content) => {
    const root = document.querySelector('.xxgk-lint-host').shadowRoot;
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'last-year.txt', { type: 'text/plain' }));
    root.querySelector('.xl-prev-text').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, previous);
  await waitCheck(page, before);
  const s = await prevState(page);
  assert.equal(s.value, previous);
  assert.equal(await page.$eval('.xl-text', (t) => t.value), text, 'the draft is untouched');
  assert.deepEqual(s.result, JSON.parse(moduleCheck(text, { previous })));
  assert.match(await page.$eval('.xl-prev-note', (e) => e.textContent), /last-year\.txt/);
}));
