// WebAssembly benchmark: the module (build-wasm/wasm/xxgk-lint-module.js) in Node, on the same inputs
// and with the same method as the native xxgk_bench, so the two can be set side by side.
//
//   node bench/bench_wasm.mjs [--module PATH] [--min-time SECONDS] [--passes N] NAME=PATH[,PATH...] ...
//
// Each report is read as a JavaScript string (as the page holds the clerk's text) and passed to
// module.check(text); the time includes embind's string conversion both ways, as the page pays it.
// Prints per group the reports' mean, median, p95 and max time and MB/s, then
//   RESULT group=NAME files=N bytes=B chars=C mean_ms=... median_ms=... p95_ms=... max_ms=... mbps=...
// plus "LOAD ms=..." for instantiating the module. Needs NODE_PATH only to build the module, not to run it.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function usage() {
  console.error('usage: node bench/bench_wasm.mjs [--module PATH] [--min-time S] [--passes N] NAME=PATH[,PATH...] ...');
  process.exit(2);
}

const args = process.argv.slice(2);
let modulePath = path.resolve(here, '..', 'build-wasm', 'wasm', 'xxgk-lint-module.js');
let minTime = 1.0, minPasses = 3;
const groups = [];
const isReport = (f) => /\.(txt|html?|md)$/i.test(f);

function listFiles(p) {
  if (fs.statSync(p).isDirectory()) {
    const out = [];
    const walk = (d) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const q = path.join(d, e.name);
        if (e.isDirectory()) walk(q);
        else if (isReport(e.name)) out.push(q);
      }
    };
    walk(p);
    return out.sort();  // same order as the native bench (byte order of paths)
  }
  return [p];
}

for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--module') modulePath = path.resolve(args[++i] ?? usage());
  else if (a === '--min-time') minTime = Number(args[++i] ?? usage());
  else if (a === '--passes') minPasses = Math.max(1, Number(args[++i] ?? usage()));
  else if (a.includes('=')) {
    const name = a.slice(0, a.indexOf('='));
    const files = a.slice(a.indexOf('=') + 1).split(',').filter(Boolean).flatMap(listFiles);
    if (!files.length) usage();
    groups.push({
      name,
      reports: files.map((f) => {
        const bytes = fs.readFileSync(f);
        return { file: f, bytes: bytes.length, text: bytes.toString('utf8'), times: [] };
      }),
    });
  } else usage();
}
if (!groups.length) usage();
if (!fs.existsSync(modulePath)) {
  console.error(`bench_wasm: no module at ${modulePath} (build it: emcmake cmake -S . -B build-wasm -G Ninja && cmake --build build-wasm)`);
  process.exit(3);
}

const t0 = performance.now();
const factory = require(modulePath);
const mod = await factory();
const loadMs = performance.now() - t0;
console.log(`xxgk-lint ${mod.version()} WebAssembly benchmark (Node ${process.version})`);
console.log(`LOAD ms=${loadMs.toFixed(1)}`);

const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)] ?? 0;
let sink = 0;
for (const g of groups) {
  for (const r of g.reports) sink += mod.check(r.text).length;  // warm-up (and JIT tiers)
  const start = performance.now();
  let passes = 0;
  while (passes < minPasses || performance.now() - start < minTime * 1000) {
    for (const r of g.reports) {
      const a = performance.now();
      const out = mod.check(r.text);
      r.times.push(performance.now() - a);
      sink += out.length;
    }
    passes++;
  }
  const per = g.reports.map((r) => median(r.times));
  const sorted = [...per].sort((x, y) => x - y);
  const totalMs = per.reduce((s, x) => s + x, 0);
  const bytes = g.reports.reduce((s, r) => s + r.bytes, 0);
  const chars = g.reports.reduce((s, r) => s + [...r.text].length, 0);
  const mean = totalMs / per.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  const mbps = bytes / 1e6 / (totalMs / 1000);
  console.log(`${g.name}: ${per.length} reports, ${(bytes / 1e6).toFixed(2)} MB (${chars} chars), ${passes} passes`);
  console.log(`  per report: mean ${mean.toFixed(3)} ms, median ${median(per).toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${sorted.at(-1).toFixed(3)} ms`);
  console.log(`  throughput: ${mbps.toFixed(1)} MB/s`);
  if (per.length <= 12)
    g.reports.forEach((r, k) => console.log(`    ${path.basename(r.file).padEnd(40)} ${String(r.bytes).padStart(9)} B ${per[k].toFixed(3).padStart(9)} ms`));
  console.log(`RESULT group=${g.name} files=${per.length} bytes=${bytes} chars=${chars} mean_ms=${mean.toFixed(4)} ` +
              `median_ms=${median(per).toFixed(4)} p95_ms=${p95.toFixed(4)} max_ms=${sorted.at(-1).toFixed(4)} mbps=${mbps.toFixed(2)}`);
}
if (sink < 0) console.log(sink);
