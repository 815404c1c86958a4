// The packed form the bundles embed (scripts/pack-data.mjs) gives back every record exactly: each
// collection packed, then unpacked by the shipped unpacker (dist/esm/data/unpack.js, so this runs
// after `npm run build`), equals the readable records; and the built modules embed the packed form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { packRecords } from '../../scripts/pack-data.mjs';
import { root } from './browser.mjs';

const { unpackRecords } = await import(new URL('dist/esm/data/unpack.js', root).href);
const COLLECTIONS = ['sources', 'events', 'organizations', 'memberships', 'figures', 'quotes', 'people', 'places'];
const records = (c) => JSON.parse(readFileSync(new URL(`src/data/records/${c}.json`, root), 'utf8'));

for (const c of COLLECTIONS) {
  test(`${c}: unpacking the packed form gives back every record exactly`, () => {
    const original = records(c);
    const packed = packRecords(original);
    assert.deepStrictEqual(unpackRecords(JSON.parse(JSON.stringify(packed))), original);
  });
}

test('an excerpt cited by several records is stored once', () => {
  const excerpt = 'A verbatim excerpt long enough to be shared between records.';
  const recs = ['a', 'b', 'c'].map((id) => ({ id, sources: [{ doc: 'd.txt', excerpt }] }));
  const packed = packRecords(recs);
  assert.equal(JSON.stringify(packed).split(excerpt).length - 1, 1);
  assert.deepStrictEqual(unpackRecords(packed), recs);
});

test('short strings, booleans, absent keys and plain JSON values survive', () => {
  const recs = [
    { id: 'x', date: { text: 'In 2014', start: '2014', approximate: false }, value: -3.5, table: { id: 't', row: 'r' } },
    { id: 'y', date: { text: 'In 2014', start: '2014', end: '2015', fromPassage: true }, aliases: [] },
    { id: 'z' },
  ];
  assert.deepStrictEqual(unpackRecords(packRecords(recs)), recs);
});

test('a null in the data is refused, not packed into a missing key', () => {
  assert.throws(() => packRecords([{ id: 'x', note: null }]), /x\.note is null/);
});

test('the built modules embed the packed collections, not the readable JSON', () => {
  const built = readFileSync(new URL('dist/esm/data/records/quotes.json.js', root), 'utf8');
  assert.match(built, /unpackRecords\(\{"keys":/);
  const bundle = readFileSync(new URL('dist/steppe-widgets.js', root), 'utf8');
  assert.doesNotMatch(bundle, /"speakerLabel":/, 'quotes in the bundle are rows, not keyed objects');
});
