// A real report page copied as text. What a clerk gets by selecting a saved page in the browser and
// copying it (the page's innerText: each cell holding a paragraph lands on lines of its own, with a
// lone tab line between two cells) must read like the page itself: every cell of the hand-written
// truth of ../shared/realworld (read in place), the year, and no error finding the truth does not
// list. The module (WebAssembly) reads the text, as the page would.
import fs from 'node:fs';
import path from 'node:path';
import { test, assert, skip } from './harness.mjs';
import { moduleCheck, newContext, seedsDir } from './context.mjs';

const realworld = path.resolve(seedsDir, '..', 'realworld');

function savedPages() {
  if (!fs.existsSync(realworld)) return [];
  return fs
    .readdirSync(realworld)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f, truth: path.join(realworld, f.replace(/\.html$/, '.truth.json')) }))
    .filter((p) => fs.existsSync(p.truth));
}

// The page as the browser shows it, with its scripts off and nothing fetched from the network.
async function copiedText(file) {
  const context = await newContext({ javaScriptEnabled: false });
  try {
    await context.route((url) => url.protocol !== 'file:', (route) => route.abort());
    const page = await context.newPage();
    await page.goto('file://' + path.join(realworld, file), { waitUntil: 'domcontentloaded' });
    return await page.evaluate(() => document.body.innerText);
  } finally {
    await context.close();
  }
}

function wrongCells(result, truth) {
  const wrong = [];
  for (const [table, rows] of Object.entries(truth.cells))
    for (const [row, columns] of Object.entries(rows))
      for (const [column, want] of Object.entries(columns)) {
        const got = result.tables?.[table]?.rows?.[row]?.[column]?.value ?? null;
        if (got !== want) wrong.push(`${table}/${row}/${column}: ${got} for ${want}`);
      }
  return wrong;
}

const pages = savedPages();
if (pages.length === 0) {
  test('copied: saved real pages copied as text (../shared/realworld)', () => skip('../shared/realworld has no saved page'));
}
for (const { file, truth: truthFile } of pages) {
  test(`copied: ${file} copied from the browser as text reads like the page itself`, async () => {
    const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8'));
    const text = await copiedText(file);
    assert.ok(text.includes('\n\t\n'), 'the copy holds the lone tab lines of paragraph cells');
    const result = JSON.parse(moduleCheck(text));
    assert.deepEqual(wrongCells(result, truth), []);
    assert.equal(result.year, truth.year);
    assert.equal(result.template, truth.template);
    if ((truth.genuine_errors || []).length === 0) {
      const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.message);
      assert.deepEqual(errors, [], 'no error on a report whose printed tables are consistent');
    }
  });
}
