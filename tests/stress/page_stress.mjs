// The page under hostile pastes: big, pathological and over-the-limit inputs pasted into
// xxgk-lint.html in headless Chromium, as the page tests paste (a ClipboardEvent on the textarea).
//
//   node tests/stress/page_stress.mjs [PAGE.html]        (default build/web/xxgk-lint.html)
//
// For each input it records the time from the paste to the check's result shown (data-checks on
// .xl-root goes up), and requires: the textarea still holds exactly what was pasted (the clerk's
// text is never lost), the summary line says something, no page error, and the page still checks
// a normal report afterwards. Inputs come from tests/stress/generate.py. Figures, and a verdict per
// input; a case that shows nothing within 60 s fails (its browser is then killed) (each case gets its own browser, so a crash
// or a hang does not spoil the next). Ends with "page stress: N passed, M failed".
// Needs playwright-core (web/tests/node_modules) and Chromium (/usr/bin/chromium or $CHROMIUM).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const pagePath = path.resolve(process.argv[2] || path.join(root, 'build', 'web', 'xxgk-lint.html'));
if (!fs.existsSync(pagePath)) {
  console.log(`page stress: no page at ${pagePath}`);
  console.log('page stress: 0 passed, 1 failed');
  process.exit(1);
}
const require = createRequire(path.join(root, 'web', 'tests', 'package.json'));
const { chromium } = require('playwright-core');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-page-stress-'));
const gen = (shape, bytes) => {
  const f = path.join(tmp, `${shape}.${bytes}`);
  execFileSync('python3', [path.join(here, 'generate.py'), shape, String(bytes), f]);
  return fs.readFileSync(f, 'utf8');
};
const seed = fs.readFileSync(path.join(root, '..', 'shared', 'seeds', 'siming-2019.txt'), 'utf8');
const cases = [
  ['seed siming-2019', () => seed],
  ['report pasted, 1 MB', () => gen('pasted-report', 1_000_000)],
  ['report pasted, 10 MB', () => gen('pasted-report', 10_000_000)],
  ['HTML tables pasted, 5 MB', () => gen('pasted-html', 5_000_000)],
  ['one 5 MB line', () => gen('long-line-text', 5_000_000)],
  ['many findings, 2 MB', () => gen('claims-with-need', 2_000_000)],
  ['control characters, 1 MB', () => '\u0001'.repeat(1_000_000)],
  ['over the limit, 17 MB', () => gen('too-large', 0)],
];

const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const LIMIT_MS = 60000;
let passed = 0, failed = 0;
try {
  for (const [name, make] of cases) {
    const text = make();
    const browser = await launch();
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('crash', () => errors.push('page crashed'));
    const problems = [];
    let ms = NaN, summary = '', kept = false, after = '';
    try {
      await page.goto(pathToFileURL(pagePath).href);
      await page.waitForSelector('.xl-root:not(.xl-loading)', { timeout: 30000 });
      const shadow = 'document.querySelector(".xxgk-lint-host").shadowRoot';
      const checks = () => page.evaluate(`+(${shadow}.querySelector(".xl-root").getAttribute("data-checks") || 0)`);
      // The paste is dispatched from a timer, so that evaluate returns at once even when the page's
      // handler then blocks its main thread; every wait is raced against a timer of our own.
      const within = (p, what) => Promise.race([p, new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`${what}: no answer within ${LIMIT_MS / 1000} s (page hangs)`)), LIMIT_MS))]);
      const pasteAndWait = async (t) => {
        const before = await within(checks(), 'page');
        const t0 = Date.now();
        await within(page.evaluate((t) => {
          setTimeout(() => {
            const ta = document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('textarea');
            ta.focus();
            ta.select();
            const dt = new DataTransfer();
            dt.setData('text/plain', t);
            ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
          }, 0);
        }, t), 'paste');
        await within(page.waitForFunction(`+(${shadow}.querySelector(".xl-root").getAttribute("data-checks") || 0) > ${before}`,
          null, { timeout: LIMIT_MS, polling: 50 }), 'check');
        return Date.now() - t0;
      };
      ms = await pasteAndWait(text);
      ({ summary, kept } = await within(page.evaluate((len) => {
        const r = document.querySelector('.xxgk-lint-host').shadowRoot;
        const s = r.querySelector('.xl-summary');
        return { summary: s ? s.textContent.trim() : '', kept: r.querySelector('textarea').value.length === len };
      }, text.length), 'summary'));
      // Exactly the pasted text: compare in the page only when short enough to ship back cheaply.
      if (kept && text.length <= 2_000_000) {
        kept = (await within(page.evaluate(() => document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('textarea').value), 'textarea')) === text;
      }
      await pasteAndWait(seed);
      after = await within(page.evaluate(() => document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('.xl-summary').textContent.trim()), 'summary');
    } catch (e) {
      problems.push(String(e.message || e).split('\n')[0]);
    }
    if (!problems.length) {  // after a hang the page cannot be asked anything more
      if (!kept) problems.push('the textarea no longer holds the pasted text');
      if (!summary) problems.push('no summary shown');
      if (!after) problems.push('no answer for a normal report afterwards');
    }
    problems.push(...errors);
    const ok = problems.length === 0;
    ok ? passed++ : failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(28)} ${(text.length / 1e6).toFixed(2).padStart(6)} M chars  ` +
                `${String(ms).padStart(7)} ms  summary: ${summary.slice(0, 70)}${ok ? '' : '  -- ' + problems.join('; ')}`);
    const proc = browser.process ? browser.process() : null;
    await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`page stress: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);  // also ends any browser left hanging
