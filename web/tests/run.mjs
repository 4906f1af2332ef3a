#!/usr/bin/env node
// All web tests in one command:
//   node web/tests/run.mjs <dir with xxgk-lint.html, xxgk-lint.js, xxgk-lint-module.js> <native xxgk-lint>
// Node tests compare the WebAssembly module with the native command line on every fixture and
// seed; browser tests drive /usr/bin/chromium through playwright-core over the built page, a
// CMS-like host page under a strict CSP, and the real rich-text editors from node_modules. Exits non-zero on any failure; the last line reads
// "N passed, M failed".
// Options (environment): XXGK_WEB_TEST_FILTER=substring runs matching tests only;
// CHROMIUM=/path overrides the browser.
import path from 'node:path';
import fs from 'node:fs';
import { runAll } from './harness.mjs';
import { setup } from './context.mjs';

const [buildDir, cliPath] = process.argv.slice(2);
if (!buildDir || !cliPath) {
  console.error('usage: node web/tests/run.mjs <build/web> <path to native xxgk-lint>');
  console.log('0 passed, 1 failed');
  process.exit(2);
}
for (const f of ['xxgk-lint.html', 'xxgk-lint.js', 'xxgk-lint-module.js']) {
  if (!fs.existsSync(path.join(buildDir, f))) {
    console.error(`run.mjs: ${path.join(buildDir, f)} missing; run node web/build.mjs <module.js> ${buildDir} first`);
    console.log('0 passed, 1 failed');
    process.exit(2);
  }
}
if (!fs.existsSync(cliPath)) {
  console.error(`run.mjs: native command line ${cliPath} missing`);
  console.log('0 passed, 1 failed');
  process.exit(2);
}

await setup(path.resolve(buildDir), path.resolve(cliPath));
await import('./module.test.mjs');
await import('./page.test.mjs');
await import('./embed.test.mjs');
await import('./editors.test.mjs');
await import('./build.test.mjs');
await import('./contract.test.mjs');
await import('./engine.test.mjs');
await import('./clerk.test.mjs');
await import('./docview.test.mjs');
await import('./prevbox.test.mjs');
await import('./copied.test.mjs');

const { passed, failed, skipped } = await runAll({ filter: process.env.XXGK_WEB_TEST_FILTER });
const { teardown } = await import('./context.mjs');
await teardown();
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(failed ? 1 : 0);
