// Browser tests of xxgk-lint.js inside a CMS-like page under a strict CSP: the API, mount() with
// its styles isolated both ways, attach() to a textarea with the submit guard, and the adapters
// for a contenteditable, a generic {getHtml} and an imitation of UEditor (not on npm; the real
// CKEditor 4, TinyMCE, wangEditor and KindEditor are driven in editors.test.mjs). The page is served by request interception, not a server.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, assert } from './harness.mjs';
import { ctx, seedText, moduleCheck, newContext } from './context.mjs';
import { expectedSummary } from './summary.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ORIGIN = 'https://cms.example.test';
const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'";

function hostFile(name) {
  if (name === 'xxgk-lint.js') return { body: fs.readFileSync(path.join(ctx.buildDir, name)), type: 'text/javascript; charset=utf-8' };
  const p = path.join(here, 'host', name);
  if (!/^[\w.-]+$/.test(name) || !fs.existsSync(p)) return null;
  const type = name.endsWith('.html') ? 'text/html; charset=utf-8' : name.endsWith('.css') ? 'text/css' : 'text/javascript; charset=utf-8';
  return { body: fs.readFileSync(p), type };
}

// Opens host.html (optionally with another CSP) and records console errors, CSP violations,
// requests leaving the fake origin, and form submissions.
async function openHost(context, { csp = STRICT_CSP } = {}) {
  const seen = { problems: [], submissions: [] };
  await context.route(/.*/, async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (url.origin !== ORIGIN) {
      seen.problems.push('request off the host origin: ' + req.url());
      return route.abort();
    }
    if (url.pathname === '/submit') {
      seen.submissions.push(req.postData() || '');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<p id="done">已提交</p>' });
    }
    const f = hostFile(url.pathname.slice(1) || 'host.html');
    if (!f) return route.fulfill({ status: 404, body: '' });
    let body = f.body;
    if (url.pathname === '/host.html' && csp !== STRICT_CSP) body = Buffer.from(body.toString('utf8').replace(STRICT_CSP, csp));
    return route.fulfill({ status: 200, contentType: f.type, body });
  });
  const page = await context.newPage();
  // Registered by the test harness (DevTools), so it does not need an inline script the CSP forbids.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  page.on('console', (m) => { if (m.type() === 'error') seen.problems.push('console error: ' + m.text()); });
  page.on('pageerror', (e) => seen.problems.push('page error: ' + e.message));
  await page.goto(ORIGIN + '/host.html');
  return { page, seen };
}

export async function withHost(fn, options) {
  const context = await newContext();
  try {
    const { page, seen } = await openHost(context, options);
    await fn(page, seen);
    if (!options || !options.allowProblems) {
      assert.deepEqual(await page.evaluate(() => window.__csp || []), [], 'CSP violations');
      assert.deepEqual(seen.problems, [], 'console errors or off-origin requests');
    }
  } finally {
    await context.close();
  }
}

export const ready = (page) => page.evaluate(() => window.XxgkLint.ready.then(() => true));

test('embed: ready, check() and version() under a strict CSP equal the module', () => withHost(async (page) => {
  assert.equal(await ready(page), true);
  const text = seedText('siming-2019.txt');
  const r = await page.evaluate((t) => window.XxgkLint.check(t), text);
  assert.deepEqual(r, JSON.parse(moduleCheck(text)));
  const forced = await page.evaluate((t) => window.XxgkLint.check(t, { template: '2021' }), text);
  assert.deepEqual(forced, JSON.parse(moduleCheck(text, '2021')));
  assert.equal(await page.evaluate(() => window.XxgkLint.version()), ctx.module.version());
  const rules = await page.evaluate(() => window.XxgkLint.rules().map((x) => x.id));
  assert.ok(rules.includes('suspect-cell'));
}));

test('embed: mount() works under the CSP with styles that neither leak out nor get in', () => withHost(async (page) => {
  await ready(page);
  const probe = () => page.$eval('.host-probe', (b) => {
    const s = getComputedStyle(b);
    return [s.backgroundColor, s.borderTopWidth, s.fontSize, s.color, s.fontFamily].join(' | ');
  });
  const before = await probe();
  const text = seedText('siming-2019.txt');
  await page.evaluate((t) => { window.mounted = window.XxgkLint.mount('#mount', { text: t }); }, text);
  await page.waitForFunction(() => {
    const h = document.querySelector('#mount .xxgk-lint-host');
    return h && h.shadowRoot.querySelector('.xl-root').getAttribute('data-checks') === '1';
  });
  assert.equal(await probe(), before, 'the host page button is styled as before');
  const inside = await page.evaluate(() => {
    const root = document.querySelector('#mount .xxgk-lint-host').shadowRoot;
    const st = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      bar: st('.xl-bar').backgroundColor,
      summarySize: st('.xl-summary').fontSize,
      summaryColor: st('.xl-summary').color,
      btnBorder: st('.xl-btn').borderTopWidth,
      summary: root.querySelector('.xl-summary').textContent,
      lightStyles: document.querySelectorAll('body style').length,
    };
  });
  const r = JSON.parse(moduleCheck(text));
  assert.deepEqual(inside, {
    bar: 'rgb(31, 78, 140)', summarySize: '21px', summaryColor: 'rgb(166, 27, 27)', btnBorder: '1px',
    summary: expectedSummary(r), lightStyles: 0,
  });
}));

test('embed: attach(textarea) adds 发布前检查, shows results, never edits, guards the submit', () => withHost(async (page, seen) => {
  await ready(page);
  const text = seedText('siming-2019.txt');
  const r = JSON.parse(moduleCheck(text));
  await page.evaluate((t) => { window.setMockContent(t); window.att = window.XxgkLint.attach(document.getElementById('body')); }, text);
  const placed = await page.evaluate(() => {
    const next = document.getElementById('body').nextElementSibling;
    return next && next.className === 'xxgk-lint-attach' && next.shadowRoot.querySelector('button').textContent;
  });
  assert.equal(placed, '发布前检查');
  await page.waitForFunction(() => /错误/.test(document.querySelector('.xxgk-lint-attach').shadowRoot.querySelector('.xl-last').textContent));
  await page.click('.xxgk-lint-attach button:has-text("发布前检查")');
  await page.waitForFunction(() => {
    const root = document.querySelector('.xxgk-lint-attach').shadowRoot;
    const c = root.querySelector('.xxgk-lint-host');
    return c && c.shadowRoot.querySelector('.xl-root').getAttribute('data-checks') >= '1';
  });
  const dialog = await page.evaluate(() => {
    const outer = document.querySelector('.xxgk-lint-attach').shadowRoot;
    const root = outer.querySelector('.xxgk-lint-host').shadowRoot;
    const ta = root.querySelector('textarea');
    return { open: !outer.querySelector('.xl-overlay').hidden, value: ta.value, readOnly: ta.readOnly, summary: root.querySelector('.xl-summary').textContent, marks: root.querySelectorAll('mark').length };
  });
  assert.deepEqual(dialog, { open: true, value: text, readOnly: true, summary: expectedSummary(r), marks: dialog.marks });
  assert.ok(dialog.marks > 0, 'findings highlighted in the dialog');
  await page.screenshot({ path: path.join(ctx.buildDir, '..', 'web-embed-screenshot.png') });
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.querySelector('.xxgk-lint-attach').shadowRoot.querySelector('.xl-overlay').hidden), true);

  // Errors remain: the guard asks; 取消 keeps the page and shows the problems.
  let asked = '';
  page.once('dialog', (d) => { asked = d.message(); d.dismiss(); });
  await page.click('#publish');
  await page.waitForTimeout(300);
  assert.match(asked, new RegExp(`发现 ${r.summary.errors} 处错误`));
  assert.equal(seen.submissions.length, 0, 'submission stopped');
  assert.equal(await page.evaluate(() => document.querySelector('.xxgk-lint-attach').shadowRoot.querySelector('.xl-overlay').hidden), false);
  assert.equal(await page.$eval('#body', (t) => t.value), text, 'the editor content is untouched');
  await page.keyboard.press('Escape');

  // 确定 goes ahead.
  page.once('dialog', (d) => d.accept());
  await Promise.all([page.waitForNavigation(), page.click('#publish')]);
  assert.equal(seen.submissions.length, 1);
  assert.ok(seen.submissions[0].startsWith('body='));
}));

test('embed: the guard lets a clean report through without asking', () => withHost(async (page, seen) => {
  await ready(page);
  const text = seedText('xiamen-fao-2023.txt');
  assert.equal(JSON.parse(moduleCheck(text)).summary.errors, 0);
  await page.evaluate((t) => { window.setMockContent(t); window.XxgkLint.attach('#body'); }, text);
  let asked = false;
  page.on('dialog', (d) => { asked = true; d.dismiss(); });
  await Promise.all([page.waitForNavigation(), page.click('#publish')]);
  assert.equal(asked, false);
  assert.equal(seen.submissions.length, 1);
}));

// Each adapter reads through the editor's own API and puts the button next to the editor.
// [name, anchor id, mock call counter]; the attach calls themselves are in the page function
// below because the page's CSP forbids eval.
const ADAPTERS = [
  ['ueditor imitation', 'ue-box', 'ueditor'],
  ['ueditor imitation (instance)', 'ue-box', 'ueditor'],
  ['contenteditable', 'ce', null],
  ['generic {getHtml}', 'gen', null],
];

function attachInPage({ name, anchorId, counter, html }) {
  const X = window.XxgkLint;
  const calls = {
    'ueditor imitation': () => X.attach('ueditor', { editor: 'ue' }),
    'ueditor imitation (instance)': () => X.attach(X.adapters.ueditor(window.UE.getEditor('ue'))),
    'contenteditable': () => X.attach(document.getElementById('ce')),
    'generic {getHtml}': () => X.attach({ getHtml: () => window.getMockContent(), element: document.getElementById('gen') }),
  };
  const source = name === 'contenteditable' ? document.getElementById('ce').innerHTML : window.getMockContent();
  const before = counter ? window.mockCalls[counter] : 0;
  const att = calls[name]();
  const result = att.check();
  const anchor = document.getElementById(anchorId);
  const next = anchor.nextElementSibling;
  const out = {
    placed: !!next && next.className === 'xxgk-lint-attach',
    same: JSON.stringify(result) === JSON.stringify(X.check(source)),
    called: counter ? window.mockCalls[counter] > before : true,
    untouched: window.getMockContent() === html && !/<mark/i.test(document.getElementById('ce').innerHTML),
    template: result.template,
  };
  att.detach();
  out.detached = !anchor.nextElementSibling || anchor.nextElementSibling.className !== 'xxgk-lint-attach';
  return out;
}

test('embed: the UEditor imitation, contenteditable and generic adapters read the content and place the button beside it', () => withHost(async (page) => {
  await ready(page);
  const text = seedText('gulei-2023.txt');
  const html = '<p>' + text.split('\n').map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join('</p><p>') + '</p>';
  const expected = JSON.parse(moduleCheck(html));
  assert.equal(expected.template, '2021');
  await page.evaluate((h) => window.setMockContent(h), html);
  for (const [name, anchorId, counter] of ADAPTERS) {
    const out = await page.evaluate(attachInPage, { name, anchorId, counter, html });
    assert.deepEqual(out, { placed: true, same: true, called: true, untouched: true, template: '2021', detached: true }, name);
  }
}));

test('embed: without wasm-unsafe-eval the checker explains the CSP in Chinese', () => withHost(async (page) => {
  const msg = await page.evaluate(() => window.XxgkLint.ready.then(() => 'loaded', (e) => e.message));
  assert.match(msg, /wasm-unsafe-eval/);
  assert.match(msg, /安全策略/);
  await page.evaluate(() => { window.XxgkLint.mount('#mount'); });
  const shown = await page.evaluate(() => document.querySelector('#mount .xxgk-lint-host').shadowRoot.querySelector('.xl-summary').textContent);
  assert.match(shown, /wasm-unsafe-eval/);
}, { csp: "default-src 'none'; script-src 'self'; style-src 'self'", allowProblems: true }));

// mount() checks on the main thread unless asked: a blob: worker under this CSP would be refused
// with a console error and a CSP report (the tests above see none). Asked anyway, the refused
// worker falls back to the main thread with the same result; the browser's report is the only trace.
test('embed: mount({worker: true}) where the CSP refuses blob: workers still checks, on the main thread', () => withHost(async (page, seen) => {
  await ready(page);
  const text = seedText('siming-2019.txt');
  await page.evaluate((t) => { window.mounted = window.XxgkLint.mount('#mount', { text: t, worker: true }); }, text);
  await page.waitForFunction(() => {
    const h = document.querySelector('#mount .xxgk-lint-host');
    return h && h.shadowRoot.querySelector('.xl-root').getAttribute('data-checks') === '1';
  });
  const shown = await page.evaluate(() => ({
    result: window.mounted.result(),
    engine: document.querySelector('#mount .xxgk-lint-host').shadowRoot.querySelector('.xl-root').getAttribute('data-engine'),
    csp: window.__csp,
  }));
  assert.deepEqual(shown.result, JSON.parse(moduleCheck(text)));
  assert.equal(shown.engine, 'main');
  assert.ok(shown.csp.length > 0 && shown.csp.every((v) => /^worker-src blob$/.test(v)), 'only the worker was refused: ' + shown.csp.join('; '));
  assert.ok(seen.problems.every((p) => /^console error: .*worker.*Content Security Policy/i.test(p)), seen.problems.join('\n'));
}, { allowProblems: true }));
