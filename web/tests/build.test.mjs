// Tests of web/build.mjs and of web/src as sources: two builds give the same bytes, the outputs
// stay within their size budget, and every source file imports what it uses from the others.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test, assert } from './harness.mjs';
import { ctx, repoRoot } from './context.mjs';

const require = createRequire(import.meta.url);
const srcDir = path.join(repoRoot, 'web', 'src');
const OUTPUTS = ['xxgk-lint.js', 'xxgk-lint.html'];

function build(outDir) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'web', 'build.mjs'), path.join(ctx.buildDir, 'xxgk-lint-module.js'), outDir],
    { encoding: 'utf8' });
  assert.equal(r.status, 0, `build.mjs failed: ${r.stderr}`);
}

test('build: two builds give byte-for-byte the same page and embedding script', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-web-build-'));
  try {
    build(path.join(tmp, 'a'));
    build(path.join(tmp, 'b'));
    for (const f of OUTPUTS) {
      const a = fs.readFileSync(path.join(tmp, 'a', f));
      const b = fs.readFileSync(path.join(tmp, 'b', f));
      assert.ok(a.length > 100000, `${f}: ${a.length} bytes`);
      assert.ok(a.equals(b), `${f} differs between two builds`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('build: page and embedding script stay under 600 KB raw and 250 KB gzipped', () => {
  for (const f of OUTPUTS) {
    const bytes = fs.readFileSync(path.join(ctx.buildDir, f));
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    assert.ok(bytes.length < 600 * 1024, `${f}: ${bytes.length} bytes`);
    assert.ok(gz < 250 * 1024, `${f}: ${gz} bytes gzipped`);
  }
});

// ---- web/src as ES modules ---------------------------------------------------------------------

const sources = fs.readdirSync(srcDir).filter((f) => f.endsWith('.js')).sort();

// Identifiers a file declares (anywhere) and those it refers to, from a plain walk of the AST:
// property names (a.b, {b: 1}) are not references.
function names(ast) {
  const declared = new Set();
  const used = new Set();
  const declare = (id) => { if (id && id.type === 'Identifier') declared.add(id.name); };
  (function walk(node, parent, key) {
    if (Array.isArray(node)) { node.forEach((n) => walk(n, parent, key)); return; }
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Identifier') {
      const isProperty = (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) ||
        (parent.type === 'Property' && key === 'key' && !parent.computed);
      if (!isProperty) used.add(node.name);
      return;
    }
    if (node.type === 'VariableDeclarator') declare(node.id);
    if (/Function/.test(node.type)) { declare(node.id); node.params.forEach(declare); }
    if (node.type === 'CatchClause') declare(node.param);
    if (/^Import(Default|Namespace)?Specifier$/.test(node.type)) declare(node.local);
    for (const k of Object.keys(node)) if (k !== 'type') walk(node[k], node, k);
  })(ast, {}, '');
  return { declared, used };
}

test('web/src: every file imports what it uses from the others (no implicit globals)', () => {
  const acorn = require('acorn');
  const parsed = Object.fromEntries(sources.map((f) => [f, names(acorn.parse(fs.readFileSync(path.join(srcDir, f), 'utf8'), { ecmaVersion: 2020, sourceType: 'module' }))]));
  const topLevel = {}; // name -> files declaring it
  for (const f of sources) {
    const ast = acorn.parse(fs.readFileSync(path.join(srcDir, f), 'utf8'), { ecmaVersion: 2020, sourceType: 'module' });
    for (let node of ast.body) {
      if (node.type === 'ExportNamedDeclaration' && node.declaration) node = node.declaration;
      const ids = node.type === 'VariableDeclaration' ? node.declarations.map((d) => d.id.name) : node.id ? [node.id.name] : [];
      for (const id of ids) (topLevel[id] = topLevel[id] || []).push(f);
    }
  }
  assert.ok(Object.keys(topLevel).length > 40, 'top-level names found');
  for (const f of sources) {
    const { declared, used } = parsed[f];
    const implicit = [...used].filter((n) => topLevel[n] && !declared.has(n));
    assert.deepEqual(implicit, [], `${f} uses ${implicit.map((n) => n + ' (' + topLevel[n].join(', ') + ')').join(', ')} without importing it`);
  }
  // The proof that this check can fail.
  const { declared, used } = names(acorn.parse('function f() { return el("b"); }', { ecmaVersion: 2020, sourceType: 'module' }));
  assert.ok(used.has('el') && !declared.has('el'));
});
