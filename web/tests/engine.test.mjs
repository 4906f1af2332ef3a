// web/src/engine.js in Node, bundled with esbuild around the real module whose check() is made to
// abort once, as an out-of-memory abort would: the caller gets the core's own "internal" error
// result, and the next check runs on a fresh module, never on the aborted one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { test, assert } from './harness.mjs';
import { ctx, repoRoot, seeds, moduleCheck } from './context.mjs';

const require = createRequire(import.meta.url);

// engine.js with 'xxgk-lint-module' replaced by a factory the test controls (globalThis.__factory).
async function bundleEngine(outFile) {
  const esbuild = require(path.join(repoRoot, 'web', 'node_modules', 'esbuild'));
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'web', 'src', 'engine.js')],
    bundle: true, format: 'esm', platform: 'node', outfile: outFile, logLevel: 'error',
    plugins: [{
      name: 'fake-module',
      setup(b) {
        b.onResolve({ filter: /^xxgk-lint-module$/ }, () => ({ path: 'm', namespace: 'fake' }));
        b.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({ contents: 'export function xxgkLintModuleSource() { return globalThis.__factory; }' }));
      },
    }],
  });
}

test('engine: a module that aborts gives the core\'s internal error result, and the next check a fresh module', async () => {
  const real = require(path.join(ctx.buildDir, 'xxgk-lint-module.js'));
  const made = [];
  globalThis.__factory = (options) => real(options).then((m) => {
    const id = made.length;
    made.push({ aborted: false });
    return {
      version: () => m.version(), rules: () => m.rules(), templates: () => m.templates(), internalError: (w) => m.internalError(w),
      check: (text, opts) => {
        if (made[id].aborted) throw new Error('called after abort');
        if (text === 'ABORT') { made[id].aborted = true; throw new Error('Aborted(OOM)'); }
        return m.check(text, opts);
      },
    };
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-engine-'));
  try {
    const file = path.join(tmp, 'engine.mjs');
    await bundleEngine(file);
    const { engine } = await import(pathToFileURL(file).href);
    await engine.load();
    const text = fs.readFileSync(seeds()[0].file, 'utf8');
    assert.deepEqual(engine.check(text), JSON.parse(moduleCheck(text)));
    const crashed = engine.check('ABORT');
    const expected = JSON.parse(ctx.module.internalError(''));
    assert.deepEqual(Object.keys(crashed), Object.keys(expected));
    assert.equal(crashed.error.code, 'internal');
    assert.ok(crashed.error.message.startsWith(expected.error.message) && /重新加载/.test(crashed.error.message) && /Aborted\(OOM\)/.test(crashed.error.message), crashed.error.message);
    assert.equal(engine.isReady(), false, 'the aborted module is dropped at once');
    await engine.load();
    assert.equal(made.length, 2, 'a fresh module was made');
    assert.deepEqual(engine.check(text), JSON.parse(moduleCheck(text)));
    assert.equal(engine.templates().length, 2);
  } finally {
    delete globalThis.__factory;
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
