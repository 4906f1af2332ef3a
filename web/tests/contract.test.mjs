// What the core defines once and the page and the command line only read: the error result's
// shape (one builder, core/result/result_json.cpp) and the templates (templates(), drawn by the
// page's rebuilt tables; no label spelled in web/src).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, assert } from './harness.mjs';
import { ctx, repoRoot, cliJson, moduleCheck, seedText, newContext } from './context.mjs';

const srcDir = path.join(repoRoot, 'web', 'src');
const shape = (r) => Object.keys(r).concat(Object.keys(r.error || {}).map((k) => 'error.' + k), Object.keys(r.input || {}).map((k) => 'input.' + k));

test('error results: the module and the command line give one shape (schema, tool, input, error)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-error-'));
  try {
    const empty = path.join(tmp, 'empty.txt');
    fs.writeFileSync(empty, '');
    const cliEmpty = cliJson(empty);
    assert.equal(cliEmpty.status, 2);
    assert.equal(moduleCheck('').trim(), cliEmpty.out, 'empty input, byte for byte');
    const unreadable = JSON.parse(cliJson(path.join(tmp, 'missing.txt')).out);
    const internal = JSON.parse(ctx.module.internalError('测试'));
    const expected = ['schema', 'tool', 'input', 'error', 'error.code', 'error.message', 'input.format', 'input.chars'];
    for (const r of [JSON.parse(cliEmpty.out), unreadable, internal]) assert.deepEqual(shape(r), expected, JSON.stringify(r));
    assert.deepEqual(internal.tool, unreadable.tool);
    assert.equal(unreadable.error.code, 'unreadable');
    assert.equal(internal.error.code, 'internal');
    assert.ok(internal.error.message.includes('测试'), internal.error.message);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

// The code of a source file with its comments taken out (comments may quote a label as an example).
function codeOf(file) {
  return fs.readFileSync(path.join(srcDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

test('web/src spells no row label, row group or table title of the templates: they come from templates()', () => {
  const templates = JSON.parse(ctx.module.templates());
  assert.deepEqual(templates.map((t) => t.id), ['2019', '2021']);
  const code = fs.readdirSync(srcDir).map(codeOf).join('\n');
  const spelled = new Set();
  let count = 0;
  for (const t of templates) {
    for (const table of t.tables) {
      for (const s of [table.title, table.label]) { count++; if (code.includes(s)) spelled.add(s); }
      for (const r of table.rows) {
        for (const s of [r.label, r.group, r.display]) { if (!s) continue; count++; if (code.includes(s)) spelled.add(s); }
      }
    }
  }
  assert.ok(count > 100, `${count} labels`);
  assert.deepEqual([...spelled], [], 'spelled in web/src');
});

// Every th of the rebuilt tables, per table, for a checked seed.
async function renderedHeadings(text) {
  const context = await newContext();
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(ctx.buildDir, 'xxgk-lint.html')).href);
    await page.waitForSelector('.xl-root:not(.xl-loading)', { timeout: 20000 });
    await page.evaluate((t) => window.xxgkLintPage.setText(t), text);
    await page.waitForFunction(() => document.querySelector('.xxgk-lint-host').shadowRoot.querySelector('.xl-table-block'));
    return await page.evaluate(() => {
      const root = document.querySelector('.xxgk-lint-host').shadowRoot;
      return [...root.querySelectorAll('.xl-table-block')].map((b) => ({
        table: b.getAttribute('data-table'),
        title: b.querySelector('.xl-table-title').textContent,
        th: [...b.querySelectorAll('th')].map((th) => th.textContent),
      }));
    });
  } finally {
    await context.close();
  }
}

// The few captions of the official layout that are not a row, group or column of the template.
const LAYOUT_CAPTIONS = ['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况', '法人或其他组织',
  '三、本年度办理结果', '信息内容'];

for (const [seed, id] of [['siming-2019.txt', '2019'], ['xiamen-fao-2023.txt', '2021']]) {
  test(`page: the rebuilt tables of ${seed} draw template ${id} as templates() defines it`, async () => {
    const template = JSON.parse(ctx.module.templates()).find((t) => t.id === id);
    assert.equal(JSON.parse(moduleCheck(seedText(seed))).template, id);
    const shown = await renderedHeadings(seedText(seed));
    assert.deepEqual(shown.map((s) => s.table), template.tables.map((t) => t.id));
    for (const table of template.tables) {
      const s = shown.find((x) => x.table === table.id);
      assert.equal(s.title, table.title);
      const expected = new Set(LAYOUT_CAPTIONS);
      for (const r of table.rows) {
        assert.ok(s.th.includes(r.label), `${table.id}: row ${r.id} "${r.label}" not drawn`);
        if (r.group) assert.ok(s.th.includes(r.group), `${table.id}: group "${r.group}" not drawn`);
        expected.add(r.label).add(r.group);
        for (const c of r.columns) {
          assert.ok(s.th.includes(c.label), `${table.id}: column "${c.label}" not drawn`);
          expected.add(c.label);
        }
      }
      const foreign = s.th.filter((t) => !expected.has(t));
      assert.deepEqual(foreign, [], `${table.id}: headings that are not the template's`);
    }
  });
}
