// Differential test: the WebAssembly module and the native command line must print the same JSON,
// byte for byte, for every input (the fuzz corpora are the interesting ones: odd bytes, odd HTML).
//
//   node tests/fuzz/differential.mjs MODULE.js XXGK_LINT DIR|FILE...
//   e.g. node tests/fuzz/differential.mjs build-wasm/wasm/xxgk-lint-module.js build/cli/xxgk-lint \
//          build-fuzz/corpus/check tests/fuzz/regressions/check tests/fixtures
//
// Inputs that are not valid UTF-8 are skipped: the page holds a JavaScript string, so such bytes
// reach the module already replaced. Files that vanish meanwhile (a running fuzzer prunes its
// corpus) are skipped too. Shows the first differences; ends with "differential: N passed, M failed".
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const [modPath, cli, ...inputs] = process.argv.slice(2);
if (!modPath || !cli || !inputs.length) {
  console.error('usage: node tests/fuzz/differential.mjs MODULE.js XXGK_LINT DIR|FILE...');
  process.exit(2);
}
const mod = await require(path.resolve(modPath))();
const files = inputs.flatMap((p) => {
  if (!fs.existsSync(p)) return [];
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs.readdirSync(p, { recursive: true }).map((f) => path.join(p, String(f)))
    .filter((f) => fs.existsSync(f) && fs.statSync(f).isFile() && !/README|\.json$/.test(f));
});
let passed = 0, failed = 0, skipped = 0;
for (const f of files.sort()) {
  let bytes;
  try { bytes = fs.readFileSync(f); } catch { skipped++; continue; }
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) { skipped++; continue; }
  const r = spawnSync(cli, ['--format', 'json', f], { maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  const native = r.stdout.toString('utf8').trim();
  const wasm = mod.check(text);
  if (native === wasm) { passed++; continue; }
  failed++;
  if (failed <= 5) {
    let k = 0;
    while (k < native.length && native[k] === wasm[k]) k++;
    console.log(`DIFF ${f} at character ${k}`);
    console.log(`  native: …${native.slice(Math.max(0, k - 60), k + 100)}`);
    console.log(`  wasm:   …${wasm.slice(Math.max(0, k - 60), k + 100)}`);
  }
}
console.log(`(${skipped} inputs skipped: not UTF-8 or gone)`);
console.log(`differential: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
