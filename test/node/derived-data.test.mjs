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

// The name slices stand in for whole collections in the timeline, the trade table and the matrix:
// every record is there (a name an author writes finds what it found before), with the very
// values of the whole record, and the matrix's detail keeps what it shows.
const records = (name) => JSON.parse(readFileSync(new URL(`src/data/records/${name}.json`, root), 'utf8'));

for (const [slice, collection] of [['people-names', 'people'], ['organization-names', 'organizations'], ['place-names', 'places'], ['matrix-organizations', 'organizations']]) {
  test(`${slice}.json has every record of ${collection}, in order, each field as the record has it`, () => {
    const whole = records(collection);
    const part = derived()[slice];
    assert.deepStrictEqual(part.map((r) => r.id), whole.map((r) => r.id));
    part.forEach((r, i) => {
      for (const [field, value] of Object.entries(r)) assert.deepStrictEqual(value, whole[i][field], `${r.id}.${field}`);
      assert.ok(Array.isArray(r.aliases), `${r.id} has its aliases (widgets find records by them)`);
    });
  });
}

test('every actor an event, figure or membership names has a name in the slices', () => {
  const named = new Set(['people-names', 'organization-names', 'place-names'].flatMap((s) => derived()[s].map((r) => r.id)));
  const refs = [
    ...records('events').flatMap((e) => [...(e.actors ?? []), ...(e.places ?? [])]),
    ...records('figures').flatMap((f) => [f.from, f.to, f.country].filter(Boolean)),
    ...records('memberships').flatMap((m) => [m.org, m.country]),
  ];
  assert.deepStrictEqual([...new Set(refs.filter((id) => !named.has(id)))], []);
});

test('matrix-organizations.json keeps what the matrix detail shows of every organization a membership names', () => {
  const members = new Set(records('memberships').map((m) => m.org));
  const slice = new Map(derived()['matrix-organizations'].map((o) => [o.id, o]));
  for (const org of records('organizations').filter((o) => members.has(o.id))) {
    for (const field of ['name', 'aliases', 'founded', 'seat', 'purpose', 'sources']) {
      assert.deepStrictEqual(slice.get(org.id)[field], org[field], `${org.id}.${field}`);
    }
  }
  const founded = derived()['matrix-organizations'].filter((o) => o.founded).length;
  assert.ok(founded > 0, 'some organizations keep their founding date');
});
