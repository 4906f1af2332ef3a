// A small sequential test harness: named async tests, plain assertions, and the closing line
// "N passed, M failed" that the project's CI reads.
import assert from 'node:assert/strict';

const tests = [];
let current = '';

export function test(name, fn) {
  tests.push({ name, fn });
}

export class Skip extends Error {}
export function skip(reason) {
  throw new Skip(reason);
}

export { assert };

export async function runAll({ filter } = {}) {
  let passed = 0, failed = 0, skipped = 0;
  for (const t of tests) {
    if (filter && !t.name.includes(filter)) continue;
    current = t.name;
    const started = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`ok - ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      if (e instanceof Skip) {
        skipped++;
        console.log(`skip - ${t.name}: ${e.message}`);
        continue;
      }
      failed++;
      console.log(`not ok - ${t.name}`);
      console.log('  ' + String(e && e.stack || e).split('\n').slice(0, 12).join('\n  '));
    }
  }
  return { passed, failed, skipped };
}

export function currentTest() {
  return current;
}
