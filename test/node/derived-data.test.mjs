// The derived slices in src/data/records/derived/ are what scripts/derive-data.mjs makes of the
// records now: a record edited without re-deriving fails here, not in a reader's browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { derived } from '../../scripts/derive-data.mjs';
import { root } from './browser.mjs';

for (const [name, records] of Object.entries(derived())) {
  test(`src/data/records/derived/${name}.json is up to date (node scripts/derive-data.mjs)`, () => {
    const committed = JSON.parse(readFileSync(new URL(`src/data/records/derived/${name}.json`, root), 'utf8'));
    assert.deepStrictEqual(committed, records);
  });
}

test('every speaker a quotation names has a name in quote-speakers.json', () => {
  const quotes = JSON.parse(readFileSync(new URL('src/data/records/quotes.json', root), 'utf8'));
  const names = new Set(derived()['quote-speakers'].map((s) => s.id));
  const missing = quotes.flatMap((q) => (q.speakers ?? []).filter((id) => !names.has(id)).map((id) => `${q.id}: ${id}`));
  assert.deepStrictEqual(missing, []);
});
