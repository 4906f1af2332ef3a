// Browser tests of XxgkLint.attach() on the real rich-text editors CMS pages run: CKEditor 4,
// TinyMCE, wangEditor 5 and KindEditor, installed from npm into web/tests/node_modules (exact
// versions in package.json). Each host page is written into a temporary folder beside a copy of
// xxgk-lint.js and a link to node_modules and opened from file://, so every path is relative and
// nothing comes from the network; any request that is not file:// fails the test.
// The report goes in through the editor's own API; the test then checks that the 「发布前检查」
// button sits right under the editor, that its findings are those of the editor's HTML, that the
// submit guard holds the form while errors stand, and that the editor's content is unchanged.
// UEditor is not on npm: its imitation stays in embed.test.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, assert } from './harness.mjs';
import { ctx, seedText, moduleCheck, newContext } from './context.mjs';
import { expectedSummary } from './summary.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// [name, label, files the editor needs (scripts, stylesheets), the form field it is made from].
// host/editors/NAME.js creates it; host/editors/page.html is the page around it.
const EDITORS = [
  ['ckeditor4', 'CKEditor 4', ['node_modules/ckeditor4/ckeditor.js'], '<textarea id="content" name="content"></textarea>'],
  ['tinymce', 'TinyMCE', ['node_modules/tinymce/tinymce.min.js'], '<textarea id="content" name="content"></textarea>'],
  ['wangeditor', 'wangEditor 5', ['node_modules/@wangeditor/editor/dist/css/style.css', 'node_modules/@wangeditor/editor/dist/index.js'],
    '<div id="toolbar"></div>\n<div id="editor" style="height:400px"></div>'],
  ['kindeditor', 'KindEditor', ['node_modules/kindeditor/kindeditor-all.js'], '<textarea id="content" name="content" style="width:800px;height:400px"></textarea>'],
];

let siteDir = '';
function site() {
  if (siteDir) return siteDir;
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-editors-'));
  process.on('exit', () => fs.rmSync(siteDir, { recursive: true, force: true }));
  fs.copyFileSync(path.join(ctx.buildDir, 'xxgk-lint.js'), path.join(siteDir, 'xxgk-lint.js'));
  fs.symlinkSync(path.join(here, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
  const page = fs.readFileSync(path.join(here, 'host', 'editors', 'page.html'), 'utf8');
  for (const [name, label, files, field] of EDITORS) {
    const missing = files.filter((f) => !fs.existsSync(path.join(here, f)));
    if (missing.length) throw new Error(`web/tests/${missing[0]} missing: run (cd web/tests && npm ci)`);
    fs.copyFileSync(path.join(here, 'host', 'editors', name + '.js'), path.join(siteDir, name + '.js'));
    const head = files.map((f) => f.endsWith('.css') ? `<link rel="stylesheet" href="${f}">` : `<script src="${f}"></script>`).join('\n');
    fs.writeFileSync(path.join(siteDir, name + '.html'), page.replace('EDITOR-HEAD', head).replace('EDITOR-FIELD', field)
      .replace('EDITOR-SCRIPT', name + '.js').replace('EDITOR', label));
  }
  fs.writeFileSync(path.join(siteDir, 'submitted.html'), '<!DOCTYPE html><meta charset="utf-8"><p id="done">已提交</p>');
  return siteDir;
}

// The seed report as the paragraphs a clerk's paste becomes in a rich-text editor.
function reportHtml() {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return seedText('siming-2019.txt').split('\n').map((l) => '<p>' + esc(l) + '</p>').join('');
}

async function withEditor(name, fn) {
  const context = await newContext();
  const problems = [];
  await context.route((url) => url.protocol !== 'file:', (route) => {
    problems.push('request off file://: ' + route.request().url());
    return route.abort();
  });
  try {
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
    page.on('pageerror', (e) => problems.push('page error: ' + e.message));
    await page.goto(pathToFileURL(path.join(site(), name + '.html')).href);
    await fn(page);
    assert.deepEqual(problems, [], 'console errors or network requests');
  } finally {
    await context.close();
  }
}

const attached = 'document.querySelector(".xxgk-lint-attach").shadowRoot';

// What the checker says of the editor's HTML, as the summary line reads.
function expectedFor(html) {
  const r = JSON.parse(moduleCheck(html));
  return { errors: r.summary.errors, summary: expectedSummary(r) };
}

// Where the button landed: the next thing after the editor's outer box, visible, right under it.
async function assertButtonUnderEditor(page) {
  const placed = await page.evaluate(() => {
    const box = window.editorBox();
    const next = box.nextElementSibling;
    const isHost = !!next && next.className === 'xxgk-lint-attach';
    const b = box.getBoundingClientRect();
    const r = isHost ? next.shadowRoot.querySelector('button').getBoundingClientRect() : null;
    return {
      isHost, text: isHost && next.shadowRoot.querySelector('button').textContent,
      visible: !!r && r.width > 0 && r.height > 0,
      underTheEditor: !!r && r.top >= b.bottom - 1 && r.top - b.bottom < 40 && Math.abs(r.left - b.left) < 40,
    };
  });
  assert.deepEqual(placed, { isHost: true, text: '发布前检查', visible: true, underTheEditor: true });
}

// Clicks 发布前检查 and returns what the dialog shows.
async function openFindings(page) {
  await page.click('.xxgk-lint-attach button:has-text("发布前检查")');
  await page.waitForFunction(`(() => { const c = ${attached}.querySelector('.xxgk-lint-host');
    return c && c.shadowRoot.querySelector('.xl-root').getAttribute('data-checks') >= '1'; })()`);
  return page.evaluate(`(() => {
    const outer = ${attached};
    const root = outer.querySelector('.xxgk-lint-host').shadowRoot;
    return { open: !outer.querySelector('.xl-overlay').hidden, text: root.querySelector('textarea').value,
      summary: root.querySelector('.xl-summary').textContent, findings: root.querySelectorAll('mark').length > 0 };
  })()`);
}

for (const [name, label] of EDITORS) {
  test(`editors: ${label} (real, from npm) gets 发布前检查 beside it, its findings, a guarded submit and untouched content`, () => withEditor(name, async (page) => {
    await page.evaluate((h) => window.createEditor(h), reportHtml());
    const before = await page.evaluate(() => window.editorContent());
    assert.match(before.api, /思明区/, 'the report is in the editor');
    const expected = expectedFor(before.api);
    assert.ok(expected.errors > 0, 'siming-2019 has errors');

    await page.evaluate(() => window.XxgkLint.ready.then(() => { window.att = window.attachChecker(); }));
    await assertButtonUnderEditor(page);
    await page.waitForFunction(`/错误/.test(${attached}.querySelector('.xl-last').textContent)`);
    assert.deepEqual(await openFindings(page), { open: true, text: before.api, summary: expected.summary, findings: true });
    await page.keyboard.press('Escape');

    // Errors stand: the guard asks, and 取消 keeps the form unsent and shows the findings.
    const asked = page.waitForEvent('dialog').then(async (d) => { const m = d.message(); await d.dismiss(); return m; });
    const url = page.url();
    await page.click('#publish');
    assert.match(await asked, new RegExp(`发现 ${expected.errors} 处错误`));
    await page.waitForTimeout(200);
    assert.equal(page.url(), url, 'the form was not submitted');
    assert.equal(await page.evaluate(`${attached}.querySelector('.xl-overlay').hidden`), false, 'the findings are open');
    assert.deepEqual(await page.evaluate(() => window.editorContent()), before, 'the editor content is byte-identical');
    await page.keyboard.press('Escape');

    // 确定 goes ahead, and an editor that keeps a textarea still copies the report into it.
    page.once('dialog', (d) => d.accept());
    await Promise.all([page.waitForURL(/submitted\.html/), page.click('#publish')]);
    const sent = new URL(page.url()).searchParams.get('content');
    if (before.textarea !== null) assert.match(sent || '', /思明区/, 'the submitted form carries the report');
  }));
}

// A CMS page's usual order: the textarea holds the saved report, the editor is created on it and
// the checker attached at once, while the editor is still loading its parts.
for (const [name, label] of EDITORS.filter(([n]) => n === 'ckeditor4' || n === 'tinymce')) {
  test(`editors: ${label} attached before the editor has loaded ends up under it and says nothing false meanwhile`, () => withEditor(name, async (page) => {
    await page.evaluate(() => window.XxgkLint.ready);
    await page.evaluate((h) => window.createEditorAttachedAtOnce(h), reportHtml());
    await assertButtonUnderEditor(page);
    const status = await page.evaluate(`${attached}.querySelector('.xl-last').textContent`);
    assert.doesNotMatch(status, /无法检查/, 'no complaint about an editor that was only loading');
    const html = await page.evaluate(() => window.editorContent().api);
    const expected = expectedFor(html);
    assert.deepEqual(await openFindings(page), { open: true, text: html, summary: expected.summary, findings: true });
  }));
}
