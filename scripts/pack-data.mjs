// The embedded collections' shipped form. src/data/records/*.json stay the readable source of
// truth; what the bundles embed is a packed form of them, unpacked at load by src/data/unpack.ts:
//
//   { keys, kinds, docs, min, rows }
//
// - each record is a row: its values in `keys` order, null where a record lacks the key, trailing
//   nulls dropped, so key names are written once per collection, not once per record;
// - `kinds` says, per key, how its values are written: s a string, a an array of strings, d a date
//   ([text, start, end, approximate, fromPassage, fromCitation], booleans as 1/0), c citations
//   ([doc index into `docs`, excerpt, note, says]: `says`, a text's own date or number, as plain
//   JSON, note null when only `says` is there), j plain JSON;
// - a string of at least `min` characters in an s, a, d or c position that already appeared in the
//   collection is written as the number of its first appearance (strings counted in reading order),
//   so an excerpt cited by twenty records is stored once and shared.
// The round trip is checked for every collection by test/node/pack-data.test.mjs.
//
// Lazy excerpts (packRecords(records, min, { lazy: true })): the verbatim excerpts and citation notes,
// which a reader reads only on opening a record's sources, leave the collection's module for a
// module of their own, `<collection>.excerpts.js`, that the collection imports dynamically and
// src/data/excerpts.ts loads after the first render. The collection's citations are then
// [doc, null, null, says]; the excerpts module is one entry per citation in reading order (rows,
// then keys, then citations): the excerpt, or [excerpt, note], with strings of `min`+ characters
// shared the same way within that module. A collection whose excerpts and notes hold fewer than
// LAZY_MIN_CHARS characters keeps them (the documents' own few citations): a request would cost
// more than it saves.
//
// First rows (packFirstRows(records, isFirst)): a widget's own file may ship only the records its
// opening view shows (dist/trade-table.js: the opening comparison's printed table). The other
// records go to `<collection>.rest.js`: { packed, at }, packed with their excerpts apart, and the
// positions of the first rows in the collection, so that it is whole and in its order once that
// module has arrived (src/data/unpack.ts); their excerpts are the excerpts module's `rest` export.

import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const MIN_SHARED = 16;
export const LAZY_MIN_CHARS = 5000;
const DATE_KEYS = ['text', 'start', 'end', 'approximate', 'fromPassage', 'fromCitation'];
const CITATION_KEYS = ['doc', 'excerpt', 'note', 'says'];

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const isString = (x) => typeof x === 'string';
const onlyKeys = (x, allowed) => isObject(x) && Object.keys(x).every((k) => allowed.includes(k));
const isDate = (x) =>
  onlyKeys(x, DATE_KEYS) && isString(x.text) && isString(x.start) && (x.end === undefined || isString(x.end))
  && [x.approximate, x.fromPassage, x.fromCitation].every((b) => b === undefined || typeof b === 'boolean');
const isCitations = (x) =>
  Array.isArray(x) && x.every((c) => onlyKeys(c, CITATION_KEYS) && isString(c.doc) && isString(c.excerpt)
    && (c.note === undefined || isString(c.note)) && (c.says === undefined || isObject(c.says)));

/** How a key's values are written: the narrowest kind every record's value fits. */
function kindOf(values) {
  if (values.every(isString)) return 's';
  if (values.every((v) => Array.isArray(v) && v.every(isString))) return 'a';
  if (values.every(isDate)) return 'd';
  if (values.every(isCitations)) return 'c';
  return 'j';
}

const trimNulls = (row) => {
  while (row.length && row[row.length - 1] === null) row.pop();
  return row;
};

/**
 * Packs an array of records (plain JSON objects) into the shipped form. With `lazy`, the excerpts
 * and notes are left out of it and returned apart: `{ packed, excerpts }` (see above).
 */
export function packRecords(records, min = MIN_SHARED, { lazy = false } = {}) {
  if (!Array.isArray(records)) throw new Error('packRecords: expected an array of records');
  const keys = [];
  for (const r of records) {
    if (!isObject(r)) throw new Error(`packRecords: not a record: ${JSON.stringify(r)}`);
    for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k);
  }
  const kinds = keys.map((k) => kindOf(records.filter((r) => k in r).map((r) => r[k]))).join('');
  const docs = [];
  const seen = new Map();
  const str = (s) => {
    if (s.length < min) return s;
    if (seen.has(s)) return seen.get(s);
    seen.set(s, seen.size);
    return s;
  };
  const doc = (d) => (docs.includes(d) ? docs.indexOf(d) : docs.push(d) - 1);
  // the lazy module's own shared strings, numbered within it
  const excerpts = [];
  const seenLazy = new Map();
  const lazyStr = (s) => {
    if (s.length < min) return s;
    if (seenLazy.has(s)) return seenLazy.get(s);
    seenLazy.set(s, seenLazy.size);
    return s;
  };
  const citation = (c) => {
    if (!lazy) return trimNulls([doc(c.doc), str(c.excerpt), c.note === undefined ? null : str(c.note), c.says ?? null]);
    excerpts.push(c.note === undefined ? lazyStr(c.excerpt) : [lazyStr(c.excerpt), lazyStr(c.note)]);
    return trimNulls([doc(c.doc), null, null, c.says ?? null]);
  };
  const bit = (b) => (b === undefined ? null : b ? 1 : 0);
  const write = {
    s: str,
    a: (list) => list.map(str),
    d: (x) => trimNulls([str(x.text), str(x.start), x.end === undefined ? null : str(x.end), bit(x.approximate), bit(x.fromPassage), bit(x.fromCitation)]),
    c: (list) => list.map(citation),
    j: (x) => x,
  };
  const rows = records.map((r) =>
    trimNulls(keys.map((k, i) => {
      if (!(k in r)) return null;
      if (r[k] === null) throw new Error(`packRecords: ${r.id ?? '?'}.${k} is null (the data has no nulls)`);
      return write[kinds[i]](r[k]);
    })),
  );
  return lazy ? { packed: { keys, kinds, docs, min, rows }, excerpts } : { keys, kinds, docs, min, rows };
}

/**
 * Packs a collection in two parts, each with its excerpts apart: the records `isFirst` picks, and
 * the rest. Returns `{ packed, excerpts, rest: { packed, at }, restExcerpts, total }` (see above).
 */
export function packFirstRows(records, isFirst, min = MIN_SHARED) {
  const at = [];
  const first = [];
  const others = [];
  records.forEach((r, i) => (isFirst(r) ? (at.push(i), first.push(r)) : others.push(r)));
  if (!first.length || !others.length) throw new Error(`packFirstRows: ${first.length} first rows and ${others.length} others; both parts must hold records`);
  const { packed, excerpts } = packRecords(first, min, { lazy: true });
  const rest = packRecords(others, min, { lazy: true });
  return { packed, excerpts, rest: { packed: rest.packed, at }, restExcerpts: rest.excerpts, total: records.length };
}

/** Whether a collection's excerpts are worth a module of their own (LAZY_MIN_CHARS). */
export function worthLazy(records) {
  let chars = 0;
  for (const r of records) for (const c of Array.isArray(r.sources) ? r.sources : []) chars += (c.excerpt?.length ?? 0) + (c.note?.length ?? 0);
  return chars >= LAZY_MIN_CHARS;
}

/**
 * Rollup plugin (also used by the browser tests through @web/dev-server-rollup): an import of
 * src/data/records/<collection>.json (or derived/<slice>.json) becomes a module whose default
 * export is a function that unpacks its packed form on its first call and returns the same records
 * after (src/data/collections/collection.ts). Nothing is unpacked when the module is evaluated: a
 * page that feeds the widgets its own records never pays for the embedded ones (about 14 ms of
 * importing dist/trade-table.js here), and a page showing them unpacks them for its first render.
 * `extension` is how the unpacker's module is imported: .js (rollup resolves it to the
 * TypeScript) or .ts (the test server serves TypeScript by its own name). With `lazy` (the default)
 * a collection's excerpts go to `<collection>.excerpts.js` beside it, imported dynamically (a
 * module this plugin makes; nothing on disk); `lazy: false` keeps them in (dist/steppe-widgets.js,
 * the embed pages' script, the build's static renderer). `firstRows` ({ figures: (record) => … },
 * with `lazy`) ships only the records each predicate picks up front, the rest in `<collection>.rest.js`.
 */
export function packedRecords({ extension = '.js', lazy = true, firstRows = {} } = {}) {
  const RECORDS = /[\\/]src[\\/]data[\\/]records[\\/](?:derived[\\/])?[a-z-]+\.json$/;
  const EXCERPTS = /[\\/]src[\\/]data[\\/]records[\\/](?:derived[\\/])?[a-z-]+\.(?:excerpts|rest)\.js$/;
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  return {
    name: 'steppe-packed-records',
    resolveId(source, importer) {
      if (!importer || !/^\.\/[a-z-]+\.(?:excerpts|rest)\.js$/.test(source) || !RECORDS.test(importer.split('?')[0])) return null;
      return join(dirname(importer.split('?')[0]), source.slice(2));
    },
    load(id) {
      if (!EXCERPTS.test(id.split('?')[0])) return null;
      const file = id.split('?')[0].replace(/\.(?:excerpts|rest)\.js$/, '.json');
      const isFirst = firstRows[basename(file, '.json')];
      if (isFirst) {
        const { excerpts, rest, restExcerpts } = packFirstRows(read(file), isFirst);
        const code = /\.rest\.js$/.test(id.split('?')[0])
          ? `export default ${JSON.stringify(rest)};\n`
          : `export default ${JSON.stringify(excerpts)};\nexport const rest = ${JSON.stringify(restExcerpts)};\n`;
        return { code, map: { mappings: '' } };
      }
      const { excerpts } = packRecords(read(file), MIN_SHARED, { lazy: true });
      return { code: `export default ${JSON.stringify(excerpts)};\n`, map: { mappings: '' } };
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!RECORDS.test(file)) return null;
      const records = JSON.parse(code);
      // the unpacker from src/data/, relative to this file (.js for rollup, .ts for the test server)
      const unpack = `${/[\\/]derived[\\/]/.test(file) ? '../../' : '../'}unpack${extension}`;
      const name = basename(file, '.json');
      const head = `import { unpackRecords } from ${JSON.stringify(unpack)};\n`;
      // unpacked on the first call, the same records after
      const thunk = (call) => ({ code: `${head}let records;\nexport default () => (records ??= ${call});\n`, map: { mappings: '' } });
      if (!lazy || !worthLazy(records)) return thunk(`unpackRecords(${JSON.stringify(packRecords(records))})`);
      const collection = /[\\/]derived[\\/]/.test(file) ? `derived/${name}` : name;
      const load = `load: () => import(${JSON.stringify(`./${name}.excerpts.js`)})`;
      if (firstRows[name]) {
        // the first rows now; the whole collection, in its order, once the excerpts module arrives
        const { packed, total } = packFirstRows(records, firstRows[name]);
        const rest = `rest: () => import(${JSON.stringify(`./${name}.rest.js`)})`;
        return thunk(`unpackRecords(${JSON.stringify(packed)}, { collection: ${JSON.stringify(collection)}, ${load}, ${rest}, total: ${total}, whole: (all) => { records = all; } })`);
      }
      const { packed } = packRecords(records, MIN_SHARED, { lazy: true });
      return thunk(`unpackRecords(${JSON.stringify(packed)}, { collection: ${JSON.stringify(collection)}, ${load} })`);
    },
  };
}
