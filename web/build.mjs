#!/usr/bin/env node
// Assembles the two web deliverables from the Emscripten module and web/src:
//   <outdir>/xxgk-lint.js    one classic script for CMS pages (module, styles and UI inside)
//   <outdir>/xxgk-lint.html  one self-contained page (that script, the page script and the seed
//                            reports as samples), which works from file:// with no network
//   <outdir>/xxgk-lint-module.js  the Emscripten module as built (CommonJS/browser factory)
// Usage: node web/build.mjs <xxgk-lint-module.js> <outdir>
// web/src is ES modules; esbuild (web/package.json: `npm ci` in web/, scripts/setup.sh does it)
// bundles each entry -- src/embed.js for xxgk-lint.js, src/page.js for the page's own script -- as
// one classic IIFE script for Chromium 69 (target chrome69). Both outputs are parsed as ES2017
// scripts before they are written.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const require = createRequire(import.meta.url);

function loadEsbuild() {
  try {
    return require('esbuild');
  } catch (e) {
    fail('esbuild is not installed: run `npm ci` in web/ (scripts/setup.sh does)');
  }
}

const SAMPLE_NAMES = {
  'xiamen-fao-2023.txt': '厦门市人民政府外事办公室 2023 年度（2021 版模板）',
  'gulei-2023.txt': '漳州古雷港经济开发区 2023 年度（2021 版模板）',
  'baotou-fao-2023.txt': '包头市人民政府外事办公室 2023 年度（2021 版模板）',
  'qingyang-fao-2020.txt': '庆阳市人民政府外事办公室 2020 年度（2019 版模板）',
  'siming-2019.txt': '厦门市思明区人民政府办公室 2019 年度（2019 版模板）',
};

function fail(msg) {
  console.error('build.mjs: ' + msg);
  process.exit(1);
}

function readSrc(name) {
  return fs.readFileSync(path.join(here, 'src', name), 'utf8');
}

// Text that will sit inside an inline <script>: "</script" or "<!--" would end or confuse it.
function safeForInlineScript(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

// JSON for embedding in a script: also hides "<" so no report text can close the script tag.
function checkSyntax(name, code) {
  let acorn;
  try {
    acorn = require(path.join(here, 'tests', 'node_modules', 'acorn'));
  } catch (e) {
    try { acorn = require('acorn'); } catch (e2) {
      console.warn(`build.mjs: acorn not installed (npm install in web/tests); skipped the ES2017 check of ${name}`);
      return;
    }
  }
  try {
    acorn.parse(code, { ecmaVersion: 2017, sourceType: 'script' });
  } catch (e) {
    const line = code.split('\n')[e.loc.line - 1] || '';
    fail(`${name} is not ES2017 (Chromium 69): ${e.message}\n  ${line.slice(Math.max(0, e.loc.column - 60), e.loc.column + 60)}`);
  }
}

function moduleVersion(modulePath) {
  try {
    const factory = require(path.resolve(modulePath));
    return factory().then((m) => m.version());
  } catch (e) {
    return Promise.resolve('');
  }
}

function loadSamples() {
  const dir = process.env.XXGK_SEEDS_DIR || path.resolve(repoRoot, '..', 'shared', 'seeds');
  if (!fs.existsSync(dir)) {
    console.warn(`build.mjs: no seed reports at ${dir}; the page will have no samples`);
    return [];
  }
  return fs.readdirSync(dir).filter((f) => /\.(txt|html?)$/i.test(f)).sort().map((f) => ({
    file: f,
    name: SAMPLE_NAMES[f] || f,
    text: fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, ''),
  }));
}

// Virtual modules the sources import by name, filled in here:
//   'xxgk-lint-module'  the Emscripten factory, wrapped as a function. It runs with these names
//     shadowed: no CommonJS/AMD registration on a CMS page that has RequireJS, no Node detection,
//     and no fetch() of the embedded data: URL (a strict connect-src would report it); the wasm
//     bytes are decoded from base64 instead. The function's source text also starts the Web
//     Worker (worker.js), so it must stay self-contained.
//   'xxgk-lint-samples' the seed reports offered as samples on the page.
function virtualModules(moduleJs, samples) {
  const contents = {
    'xxgk-lint-module': {
      loader: 'js',
      contents: ['export function xxgkLintModuleSource(define, exports, module, require, process, fetch) {',
        moduleJs, 'return XxgkLintModule;', '}', ''].join('\n'),
    },
    'xxgk-lint-samples': { loader: 'json', contents: JSON.stringify(samples.map(({ name, text }) => ({ name, text }))) },
  };
  return {
    name: 'xxgk-lint-virtual',
    setup(build) {
      build.onResolve({ filter: /^xxgk-lint-(module|samples)$/ }, (args) => ({ path: args.path, namespace: 'xxgk-lint' }));
      build.onLoad({ filter: /.*/, namespace: 'xxgk-lint' }, (args) => ({ ...contents[args.path], resolveDir: here }));
    },
  };
}

// One entry bundled as a classic script. Whitespace and syntax are minified, names are not: a CMS
// administrator can still read what the script does (through any formatter) before putting it on
// the site (see web/README.md), and the page stays within its size budget.
async function bundle(esbuild, entry, plugin, banner) {
  const out = await esbuild.build({
    entryPoints: [path.join(here, 'src', entry)],
    absWorkingDir: here,           // the "// src/x.js" comments name files relative to web/
    bundle: true,
    format: 'iife',
    target: 'chrome69',
    platform: 'browser',
    charset: 'utf8',               // Chinese messages stay readable, not \u escapes
    legalComments: 'inline',
    minifyWhitespace: true,        // one line per statement is lost, but every name stays as written:
    minifySyntax: true,            // the script reads as its sources do, through any formatter
    supported: { 'optional-catch-binding': false },  // the ES2017 parse check below
    loader: { '.css': 'text' },
    banner: banner ? { js: banner } : undefined,
    plugins: [plugin],
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

function pageHtml(embedJs, pageJs) {
  let html = readSrc('page.html');
  if (!html.includes('/*@@XXGK_LINT_JS@@*/') || !html.includes('/*@@PAGE_JS@@*/')) fail('page.html lost its placeholders');
  html = html.replace('/*@@XXGK_LINT_JS@@*/', () => safeForInlineScript(embedJs));
  html = html.replace('/*@@PAGE_JS@@*/', () => safeForInlineScript(pageJs));
  return html;
}

function sizes(file) {
  const buf = fs.readFileSync(file);
  const gz = zlib.gzipSync(buf, { level: 9 }).length;
  const kb = (n) => (n / 1024).toFixed(1) + ' KiB';
  return `${path.basename(file)}: ${buf.length} bytes (${kb(buf.length)}), gzipped ${gz} bytes (${kb(gz)})`;
}

async function main() {
  const [modulePath, outDir] = process.argv.slice(2);
  if (!modulePath || !outDir) fail('usage: node web/build.mjs <xxgk-lint-module.js> <outdir>');
  if (!fs.existsSync(modulePath)) fail(`${modulePath} not found (build it: emcmake cmake -S . -B build-wasm && cmake --build build-wasm)`);
  const moduleJs = fs.readFileSync(modulePath, 'utf8');
  const version = await moduleVersion(modulePath);
  const samples = loadSamples();
  const esbuild = loadEsbuild();
  const plugin = virtualModules(moduleJs, samples);
  const embedJs = await bundle(esbuild, 'embed.js', plugin,
    `/*! xxgk-lint ${version} | 政府信息公开工作年度报告检查 | generated by web/build.mjs from web/src, do not edit */`);
  checkSyntax('xxgk-lint.js', embedJs);
  const pageJs = await bundle(esbuild, 'page.js', plugin);
  checkSyntax('page script', pageJs);
  const html = pageHtml(embedJs, pageJs);
  fs.mkdirSync(outDir, { recursive: true });
  const jsOut = path.join(outDir, 'xxgk-lint.js');
  const htmlOut = path.join(outDir, 'xxgk-lint.html');
  fs.writeFileSync(jsOut, embedJs);
  fs.writeFileSync(htmlOut, html);
  // The bare module too, for Node users and for web/tests (module output == CLI output).
  fs.copyFileSync(modulePath, path.join(outDir, 'xxgk-lint-module.js'));
  console.log(`build.mjs: xxgk-lint ${version || '(version unknown)'}, ${samples.length} sample reports`);
  console.log(sizes(jsOut));
  console.log(sizes(htmlOut));
}

main().catch((e) => fail(e.stack || String(e)));
