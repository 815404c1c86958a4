// The packed form the bundles embed (scripts/pack-data.mjs) gives back every record exactly: each
// collection packed, then unpacked by the shipped unpacker (dist/esm/data/unpack.js, so this runs
// after `npm run build`), equals the readable records; and the built modules embed the packed form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { packFirstRows, packRecords } from '../../scripts/pack-data.mjs';
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

const { excerptsReady } = await import(new URL('dist/esm/data/excerpts.js', root).href);

for (const c of COLLECTIONS) {
  test(`${c}: packed with its excerpts apart, it gives back every record once they have arrived`, async () => {
    const original = records(c);
    const { packed, excerpts } = packRecords(original, undefined, { lazy: true });
    assert.doesNotMatch(JSON.stringify(packed), /"excerpt"/);
    const unpacked = unpackRecords(JSON.parse(JSON.stringify(packed)), { collection: `test ${c}`, load: async () => ({ default: JSON.parse(JSON.stringify(excerpts)) }) });
    const cited = unpacked.flatMap((r) => r.sources ?? []);
    if (cited.length) assert.equal(cited.every((s) => s.excerpt === undefined), true, 'no excerpt before they arrive');
    await excerptsReady();
    assert.deepStrictEqual(unpacked, original);
  });
}

test('the shipped modules: excerpts apart where they weigh, inline in the all-in-one bundle', () => {
  const events = readFileSync(new URL('dist/esm/data/records/events.json.js', root), 'utf8');
  const excerpt = records('events')[0].sources[0].excerpt;
  assert.ok(!events.includes(excerpt.slice(0, 40)), 'events.json.js holds no excerpt');
  assert.match(events, /import\(['"]\.\/events\.excerpts\.js['"]\)/);
  assert.ok(readFileSync(new URL('dist/esm/data/records/events.excerpts.js', root), 'utf8').includes(JSON.stringify(excerpt).slice(1, 40)));
  // the documents' few citations stay in (a request would cost more than it saves)
  assert.doesNotMatch(readFileSync(new URL('dist/esm/data/records/sources.json.js', root), 'utf8'), /import\(/);
  assert.ok(readFileSync(new URL('dist/steppe-widgets.js', root), 'utf8').includes(JSON.stringify(excerpt).slice(1, 40)), 'dist/steppe-widgets.js keeps them inline');
});

const { arriving } = await import(new URL('dist/esm/data/excerpts.js', root).href);
const json = (x) => JSON.parse(JSON.stringify(x));

test('figures in two parts (dist/trade-table.js): the first rows at once, marked, then the whole collection in its order', async () => {
  const original = records('figures');
  const isFirst = (f) => f.table?.id === '003-ch8-table-5';
  const { packed, excerpts, rest, restExcerpts, total } = packFirstRows(original, isFirst);
  assert.equal(total, original.length);
  assert.doesNotMatch(JSON.stringify(rest), /"excerpt"/);
  let whole;
  const first = unpackRecords(json(packed), {
    collection: 'test figures in two parts', total, whole: (all) => (whole = all),
    load: async () => ({ default: json(excerpts), rest: json(restExcerpts) }), rest: async () => ({ default: json(rest) }),
  });
  const expectedFirst = original.filter(isFirst);
  assert.equal(first.length, expectedFirst.length);
  assert.deepEqual(first.map((f) => f.id), expectedFirst.map((f) => f.id));
  assert.equal(arriving(first), original.length);
  assert.equal(whole, undefined);
  await excerptsReady();
  assert.deepStrictEqual(whole, original);
  assert.equal(arriving(whole), undefined);
  // the first rows are the same records, their excerpts filled in
  assert.equal(whole.find((f) => f.id === first[0].id), first[0]);
});

test('figures in two parts: a rest that does not make the whole is a failure, never a part given as all', async () => {
  const original = records('figures');
  const { packed, excerpts, rest, restExcerpts, total } = packFirstRows(original, (f) => f.table?.id === '003-ch8-table-5');
  let whole;
  // one record fewer (the first), and the excerpts of the others to match
  const cited = (rest.packed.rows[0][rest.packed.keys.indexOf('sources')] ?? []).length;
  const short = { packed: { ...rest.packed, rows: rest.packed.rows.slice(1) }, at: rest.at };
  unpackRecords(json(packed), {
    collection: 'test figures short', total, whole: (all) => (whole = all),
    load: async () => ({ default: json(excerpts), rest: json(restExcerpts.slice(cited)) }), rest: async () => ({ default: json(short) }),
  });
  const errors = [];
  const log = console.error;
  console.error = (...args) => errors.push(args.join(' '));
  try {
    await assert.rejects(excerptsReady(), /the excerpts of the embedded test figures short could not be loaded/);
  } finally {
    console.error = log;
  }
  assert.equal(whole, undefined);
  assert.ok(errors.some((e) => e.includes('the excerpts and the rest of the embedded test figures short could not be loaded')), errors.join('\n'));
});

test('packFirstRows refuses a split with an empty part', () => {
  assert.throws(() => packFirstRows(records('figures'), () => false), /0 first rows/);
});
