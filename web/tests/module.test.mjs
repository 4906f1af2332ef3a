// Node tests of the built WebAssembly module: it must print what the native command line prints,
// byte for byte, and keep its three-function interface.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { test, assert, skip } from './harness.mjs';
import { ctx, seeds, fixtures, cliJson, moduleCheck } from './context.mjs';

const require = createRequire(import.meta.url);

function decodeUtf8(bytes) {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a BOM, as the CLI does
}

// Byte-for-byte equality with the CLI, for every golden input and every seed.
const inputs = [...fixtures(), ...seeds()];
for (const input of inputs) {
  test(`module == CLI: ${input.name}`, () => {
    let text;
    try {
      text = decodeUtf8(input.bytes);
    } catch (e) {
      // Not UTF-8 (a GBK or binary fixture): a JS string cannot carry those bytes to the module.
      skip('not UTF-8, cannot be passed as a JS string');
    }
    const cli = cliJson(input.file);
    assert.ok(cli.out.length > 0, `CLI printed nothing (status ${cli.status}): ${cli.err}`);
    assert.ok(!cli.out.includes('\n'), 'CLI JSON for one file must be one line');
    const mod = moduleCheck(text).trim();
    assert.equal(mod, cli.out);
  });
}
test('there are inputs to compare (seeds found)', () => {
  assert.ok(seeds().length >= 5, `expected the five seeds, found ${seeds().length}`);
});

// Forcing a template must also agree with the CLI's --template.
for (const input of seeds()) {
  for (const tpl of ['2019', '2021']) {
    test(`module == CLI --template ${tpl}: ${input.name}`, () => {
      const cli = cliJson(input.file, ['--template', tpl]);
      assert.equal(moduleCheck(decodeUtf8(input.bytes), tpl).trim(), cli.out);
      assert.equal(moduleCheck(decodeUtf8(input.bytes), { template: tpl }).trim(), cli.out);
    });
  }
}

test('check() options: absent, "", {template:""}, null all mean detect', () => {
  const text = fs.readFileSync(seeds()[0].file, 'utf8');
  const base = moduleCheck(text);
  assert.equal(moduleCheck(text, ''), base);
  assert.equal(moduleCheck(text, { template: '' }), base);
  assert.equal(moduleCheck(text, {}), base);
  assert.equal(moduleCheck(text, null), base);
  assert.equal(JSON.parse(base).schema, 1);
});

test('version() is the tool version printed in results', () => {
  const v = ctx.module.version();
  assert.match(v, /^\d+\.\d+\.\d+/);
  const r = JSON.parse(moduleCheck(fs.readFileSync(seeds()[0].file, 'utf8')));
  assert.equal(r.tool.version, v);
  assert.equal(r.tool.name, 'xxgk-lint');
});

test('rules() lists the contract rule ids', () => {
  const rules = JSON.parse(ctx.module.rules());
  assert.ok(Array.isArray(rules));
  const ids = rules.map((r) => r.id);
  for (const id of ['req-row-total', 'req-result-total', 'req-balance', 'review-total', 'suspect-cell',
    'cell-missing', 'cell-invalid', 'table-missing', 'template-outdated', 'text-table-mismatch']) {
    assert.ok(ids.includes(id), `rules() lacks ${id}`);
  }
  for (const r of rules) assert.ok(['error', 'warning', 'info'].includes(r.severity), `${r.id}: ${r.severity}`);
});

test('unreadable input gives an error object, never an exception', () => {
  for (const input of ['', '   \n\t', '\u0000\u0001\u0002binary', '\ud800 lone surrogate']) {
    const out = moduleCheck(input);
    const r = JSON.parse(out); // must stay valid JSON
    assert.equal(r.schema, 1);
    if (r.error) {
      assert.equal(typeof r.error.code, 'string');
      assert.equal(typeof r.error.message, 'string');
      assert.ok(!r.tables, 'an error result has no tables');
    }
  }
  assert.ok(JSON.parse(moduleCheck('')).error, 'empty input is an error');
});

test('module survives large and odd inputs and stays usable', () => {
  const big = fs.readFileSync(seeds()[0].file, 'utf8').repeat(40);
  const r = JSON.parse(moduleCheck(big));
  assert.equal(r.schema, 1);
  const deep = '<table>'.repeat(5000) + '<td>1</td>';
  assert.equal(JSON.parse(moduleCheck(deep)).schema, 1);
  // Still gives the same answer afterwards.
  const s = seeds()[0];
  assert.equal(moduleCheck(decodeUtf8(s.bytes)).trim(), cliJson(s.file).out);
});

test('ranges are UTF-16 offsets into the string as passed (astral characters before a cell)', () => {
  const siming = seeds().find((s) => s.name.endsWith('siming-2019.txt'));
  if (!siming) skip('siming-2019.txt missing');
  const text = decodeUtf8(siming.bytes);
  const prefixed = '😀𠀀' + text; // 4 UTF-16 units, 8 UTF-8 bytes
  const a = JSON.parse(moduleCheck(text));
  const b = JSON.parse(moduleCheck(prefixed));
  const sa = a.findings.find((f) => f.rule === 'suspect-cell');
  const sb = b.findings.find((f) => f.rule === 'suspect-cell');
  assert.ok(sa && sb, 'suspect-cell expected in siming-2019');
  assert.equal(sb.range.start, sa.range.start + 4);
  assert.equal(prefixed.slice(sb.range.start, sb.range.end), text.slice(sa.range.start, sa.range.end));
  assert.equal(text.slice(sa.range.start, sa.range.end).trim(), '2');
});

// What /work/shared/README.md says a correct validator reports on the seeds, through the module.
function seedResult(name) {
  const s = seeds().find((x) => x.name === 'seeds/' + name);
  if (!s) skip(`${name} missing`);
  return JSON.parse(moduleCheck(decodeUtf8(s.bytes)));
}

test('seed siming-2019: suspect cell (七)总计 × 法律服务机构 should be 0, shows 2', () => {
  const r = seedResult('siming-2019.txt');
  assert.equal(r.template, '2019');
  const s = r.findings.find((f) => f.rule === 'suspect-cell');
  assert.ok(s, 'no suspect-cell');
  assert.deepEqual([s.table, s.row, s.column, s.expected, s.actual], ['requests', 'total', 'legal_service', 0, 2]);
  assert.ok(r.findings.some((f) => f.rule === 'req-row-total' && f.row === 'total'));
  assert.ok(r.findings.some((f) => f.rule === 'req-result-total' && f.column === 'legal_service'));
  assert.ok(r.findings.some((f) => f.rule === 'req-balance' && f.column === 'legal_service'));
  assert.ok(r.findings.some((f) => f.severity === 'warning' && f.table === 'active' && f.row === 'normative_docs'));
});

test('seed gulei-2023: no errors; 11 new, 1 partial, 10 not held', () => {
  const r = seedResult('gulei-2023.txt');
  assert.equal(r.summary.errors, 0);
  const rows = r.tables.requests.rows;
  assert.equal(rows.new.total.value, 11);
  assert.equal(rows.partial.total.value, 1);
  assert.equal(rows.unavailable_not_held.total.value, 10);
});

test('seed qingyang-fao-2020: cell-missing on 3.要求提供公开出版物, no arithmetic error', () => {
  const r = seedResult('qingyang-fao-2020.txt');
  assert.equal(r.template, '2019');
  assert.ok(r.findings.some((f) => f.rule === 'cell-missing' && f.row === 'rejected_publication'));
  assert.ok(!r.findings.some((f) => /^req-|^review-total$|^suspect-cell$/.test(f.rule)));
});

for (const name of ['xiamen-fao-2023.txt', 'baotou-fao-2023.txt']) {
  test(`seed ${name}: 2021 template, no errors`, () => {
    const r = seedResult(name);
    assert.equal(r.template, '2021');
    assert.equal(r.summary.errors, 0);
  });
}

// The shipped scripts must parse as ES2017 (Chromium 69: no ?., ??, class fields, object spread).
test('xxgk-lint.js and every inline script of xxgk-lint.html parse as ES2017', () => {
  const acorn = require('acorn');
  const js = fs.readFileSync(path.join(ctx.buildDir, 'xxgk-lint.js'), 'utf8');
  acorn.parse(js, { ecmaVersion: 2017, sourceType: 'script' });
  const html = fs.readFileSync(path.join(ctx.buildDir, 'xxgk-lint.html'), 'utf8');
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(scripts.length, 3, 'boot, embed and page scripts');
  // The boot script must run in IE mode: ES3-level syntax.
  acorn.parse(scripts[0], { ecmaVersion: 3, sourceType: 'script' });
  for (const s of scripts) acorn.parse(s, { ecmaVersion: 2017, sourceType: 'script' });
  // The proof that this check can fail: a newer construct is rejected.
  assert.throws(() => acorn.parse('a?.b', { ecmaVersion: 2017 }));
});

test('xxgk-lint.html is self-contained: no external src/href, renderer meta, no eval', () => {
  const html = fs.readFileSync(path.join(ctx.buildDir, 'xxgk-lint.html'), 'utf8');
  assert.ok(html.includes('<meta name="renderer" content="webkit">'));
  assert.ok(!/<(script|link|img|iframe)[^>]+(src|href)=/i.test(html), 'no external resource tags');
  const js = fs.readFileSync(path.join(ctx.buildDir, 'xxgk-lint.js'), 'utf8');
  assert.ok(!/\beval\(|new Function\(/.test(js), 'no eval/new Function (strict CSP)');
});

test('the embedded wasm is MVP: no sign-ext, bulk-memory, SIMD or saturating ops (Chromium 69)', () => {
  const js = fs.readFileSync(path.join(ctx.buildDir, 'xxgk-lint-module.js'), 'utf8');
  const m = js.match(/data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/);
  assert.ok(m, 'wasm not embedded (SINGLE_FILE)');
  const wasm = Buffer.from(m[1], 'base64');
  assert.deepEqual([...wasm.subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
  const bad = scanPostMvpOpcodes(wasm);
  assert.deepEqual(bad, [], 'post-MVP opcodes found: ' + bad.join(', '));
});

// Walks the code section instruction by instruction and reports opcodes newer than the MVP.
function scanPostMvpOpcodes(buf) {
  let p = 8;
  const u32 = () => { let r = 0, s = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
  const s33 = () => { let b; do { b = buf[p++]; } while (b & 0x80); };
  const s64 = s33;
  const found = new Set();
  while (p < buf.length) {
    const id = buf[p++];
    const size = u32();
    const end = p + size;
    if (id !== 10) { p = end; continue; }
    const count = u32();
    for (let f = 0; f < count; f++) {
      const bodySize = u32();
      const bodyEnd = p + bodySize;
      const locals = u32();
      for (let i = 0; i < locals; i++) { u32(); p++; }
      while (p < bodyEnd) {
        const op = buf[p++];
        if (op >= 0xc0 && op <= 0xc4) { found.add('0x' + op.toString(16)); continue; } // sign-ext
        if (op === 0xfc || op === 0xfd || op === 0xfe) { found.add('0x' + op.toString(16) + ':' + u32()); continue; }
        if (op === 0x02 || op === 0x03 || op === 0x04) { const bt = buf[p]; if (bt === 0x40 || (bt >= 0x7c && bt <= 0x7f)) p++; else { found.add('multi-value block'); s33(); } continue; }
        if (op === 0x0c || op === 0x0d || op === 0x10 || (op >= 0x20 && op <= 0x24)) { u32(); continue; }
        if (op === 0x0e) { const n = u32(); for (let i = 0; i <= n; i++) u32(); continue; }
        if (op === 0x11) { u32(); u32(); continue; }
        if (op >= 0x28 && op <= 0x3e) { u32(); u32(); continue; }
        if (op === 0x3f || op === 0x40) { p++; continue; }
        if (op === 0x41) { s33(); continue; }
        if (op === 0x42) { s64(); continue; }
        if (op === 0x43) { p += 4; continue; }
        if (op === 0x44) { p += 8; continue; }
        if (op === 0x1c) { found.add('typed select'); continue; }
        if (op === 0x25 || op === 0x26) { found.add('table.get/set'); continue; }
        if (op === 0xd0 || op === 0xd1 || op === 0xd2) { found.add('reference types'); continue; }
        // Everything else in 0x00..0xbf is an MVP opcode without immediates.
      }
      p = bodyEnd;
    }
    p = end;
  }
  return [...found];
}
