// Page benchmark: time from opening xxgk-lint.html (file://, as a clerk opens it) to ready in
// Chromium, and the time of XxgkLint.check in the page on the given reports.
//
//   node bench/page_load.mjs [--runs N] PAGE.html [REPORT...]
//
// Each run opens the page in a fresh browser context (cold: nothing cached) and records, in ms since
// navigation start (performance.now() in the page): DOMContentLoaded, window.XxgkLint.ready
// resolved (the WebAssembly module instantiated), and the checker UI out of its loading state
// (.xl-root:not(.xl-loading), polled every 1 ms in the page). Prints the median of the runs and
//   PAGE dcl_ms=... ready_ms=... ui_ms=...   and   PAGECHECK file=... bytes=... ms=...
// Uses playwright-core from web/tests/node_modules (scripts/setup.sh installs it) to drive the system
// Chromium (/usr/bin/chromium, or $CHROMIUM); exits 3 when either is missing.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let runs = 5;
if (args[0] === '--runs') { runs = Number(args[1]); args.splice(0, 2); }
const [pagePath, ...reports] = args;
if (!pagePath) {
  console.error('usage: node bench/page_load.mjs [--runs N] PAGE.html [REPORT...]');
  process.exit(2);
}
if (!fs.existsSync(pagePath)) {
  console.error(`page_load: no page at ${pagePath}`);
  process.exit(3);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
let chromium;
try {
  const require = createRequire(path.join(here, '..', 'web', 'tests', 'package.json'));
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.error('page_load: playwright-core not installed (scripts/setup.sh installs it in web/tests)');
  process.exit(3);
}
if (!fs.existsSync(executablePath)) {
  console.error(`page_load: no Chromium at ${executablePath}`);
  process.exit(3);
}

const browser = await chromium.launch({
  executablePath, headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const url = pathToFileURL(path.resolve(pagePath)).href;
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const rows = [];
let lastPage = null, lastContext = null;
try {
  for (let k = 0; k < runs; k++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__xl_dcl = null;
      window.__xl_ui = null;
      window.__xl_ready = null;
      let hooked = false;
      document.addEventListener('DOMContentLoaded', () => { window.__xl_dcl = performance.now(); });
      // The checker UI lives in a shadow root: poll for it leaving its loading state.
      const poll = setInterval(() => {
        if (!hooked && window.XxgkLint && window.XxgkLint.ready) {
          hooked = true;
          window.XxgkLint.ready.then(() => { window.__xl_ready = performance.now(); }, () => {});
        }
        const host = document.querySelector('.xxgk-lint-host');
        const root = host && host.shadowRoot ? host.shadowRoot : document;
        if (window.__xl_ui === null && root.querySelector('.xl-root:not(.xl-loading)')) window.__xl_ui = performance.now();
        if (window.__xl_ui !== null && window.__xl_ready !== null) clearInterval(poll);
      }, 1);
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__xl_ui !== null && window.__xl_ready !== null, null, { timeout: 30000, polling: 5 });
    const { ready, ui } = await page.evaluate(() => ({ ready: window.__xl_ready, ui: window.__xl_ui }));
    const dcl = await page.evaluate(() => window.__xl_dcl);
    rows.push({ dcl, ready, ui });
    if (k < runs - 1) await context.close();
    else { lastPage = page; lastContext = context; }
  }
  const m = (key) => median(rows.map((r) => r[key]).filter((x) => x != null));
  console.log(`page ${path.basename(pagePath)}: ${runs} cold opens, median DOMContentLoaded ${m('dcl')?.toFixed(1)} ms, ` +
              `XxgkLint.ready ${m('ready').toFixed(1)} ms, UI ready ${m('ui').toFixed(1)} ms`);
  console.log(`PAGE dcl_ms=${(m('dcl') ?? NaN).toFixed(1)} ready_ms=${m('ready').toFixed(1)} ui_ms=${m('ui').toFixed(1)}`);
  for (const f of reports) {
    const text = fs.readFileSync(f, 'utf8');
    const ms = await lastPage.evaluate((t) => {
      window.XxgkLint.check(t);  // warm-up
      const times = [];
      for (let i = 0; i < 20; i++) {
        const a = performance.now();
        window.XxgkLint.check(t);
        times.push(performance.now() - a);
      }
      times.sort((x, y) => x - y);
      return times[10];
    }, text);
    console.log(`PAGECHECK file=${path.basename(f)} bytes=${Buffer.byteLength(text)} ms=${ms.toFixed(3)}`);
  }
  await lastContext.close();
} finally {
  await browser.close();
}
