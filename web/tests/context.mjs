// What the test files share: paths, the Node-loaded module, the inputs, and one browser.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(here, '..', '..');
export const seedsDir = process.env.XXGK_SEEDS_DIR || path.resolve(repoRoot, '..', 'shared', 'seeds');
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures');

export const ctx = { buildDir: '', cliPath: '', module: null, browser: null };

export async function setup(buildDir, cliPath) {
  ctx.buildDir = buildDir;
  ctx.cliPath = cliPath;
  const factory = require(path.join(buildDir, 'xxgk-lint-module.js'));
  ctx.module = await factory();
}

// Seeds and golden fixtures: [{name, file, bytes}]. Fixtures may sit in sub-folders.
function listInputs(dir, prefix) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|html?)$/i.test(e.name)) out.push({ name: prefix + path.relative(dir, p), file: p, bytes: fs.readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

export function seeds() {
  return listInputs(seedsDir, 'seeds/');
}
export function fixtures() {
  return listInputs(fixturesDir, 'fixtures/');
}
export function seedText(name) {
  return fs.readFileSync(path.join(seedsDir, name), 'utf8');
}

// The native answer for one file: its stdout, trimmed.
export function cliJson(file, extraArgs = []) {
  const r = spawnSync(ctx.cliPath, ['--format', 'json', ...extraArgs, file], { maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { status: r.status, out: r.stdout.toString('utf8').trim(), err: r.stderr.toString('utf8') };
}

export function moduleCheck(text, options) {
  return options === undefined ? ctx.module.check(text) : ctx.module.check(text, options);
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// One browser for the run (playwright starts it on a fresh temporary profile), and a fresh
// context per test, so localStorage and permissions never carry over between tests.
export async function newContext(options = {}) {
  if (!ctx.browser) {
    const { chromium } = await import('playwright-core');
    ctx.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
  }
  return ctx.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, ...options });
}

export async function teardown() {
  if (ctx.browser) await ctx.browser.close();
}
