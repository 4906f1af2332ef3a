// What the test files share: paths, the Node-loaded module, the inputs, and one browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(here, '..', '..');
export const seedsDir = process.env.XXGK_SEEDS_DIR || path.resolve(repoRoot, '..', 'shared', 'seeds');
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures');

export const ctx = { buildDir: '', cliPath: '', module: null, browser: null, userDataDir: '' };

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

// One browser context per call, each with a fresh profile, so localStorage starts empty.
export async function newContext(options = {}) {
  const { chromium } = await import('playwright-core');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-web-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return context;
}

export async function teardown() {}
