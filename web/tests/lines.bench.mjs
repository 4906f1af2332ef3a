#!/usr/bin/env node
// Benchmark of the finding -> line lookup the findings list and the exported report make for each
// finding (web/src/lines.js): line starts found once per render, then a binary search each,
// against the old count of newlines from the top for every finding. Prints figures; asserts nothing.
//   node web/tests/lines.bench.mjs [lines] [findings]
import { lineStarts, lineAt } from '../src/lines.js';

const lines = +(process.argv[2] || 1e6);
const findings = +(process.argv[3] || 200);
const text = Array.from({ length: lines }, (_, i) => '第' + i + '行 本年新收政府信息公开申请 12 件').join('\n');
// Findings spread over the text, the last ones near its end (the worst case for counting).
const offsets = Array.from({ length: findings }, (_, i) => Math.floor(text.length * (i + 1) / (findings + 1)));

function oldLineOf(t, offset) {
  let line = 1;
  for (let i = t.indexOf('\n'); i !== -1 && i < offset; i = t.indexOf('\n', i + 1)) line++;
  return line;
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  const out = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, out };
}

const now = time(() => { const starts = lineStarts(text); return offsets.map((o) => lineAt(starts, o)); });
const old = time(() => offsets.map((o) => oldLineOf(text, o)));
const same = now.out.every((l, i) => l === old.out[i]);
console.log(`${lines} lines (${(text.length / 1e6).toFixed(1)} M chars), ${findings} findings`);
console.log(`  line starts once + binary search: ${now.ms.toFixed(1)} ms`);
console.log(`  newlines counted per finding:     ${old.ms.toFixed(1)} ms`);
console.log(`  same line numbers: ${same}`);
for (const n of [50, 200, 800]) {
  const offs = Array.from({ length: n }, (_, i) => Math.floor(text.length * (i + 1) / (n + 1)));
  const t = time(() => { const starts = lineStarts(text); return offs.map((o) => lineAt(starts, o)); });
  console.log(`  ${String(n).padStart(4)} findings: ${t.ms.toFixed(1)} ms (linear: the cost is the one pass over the text)`);
}
