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

export const MIN_SHARED = 16;
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

/** Packs an array of records (plain JSON objects) into the shipped form. */
export function packRecords(records, min = MIN_SHARED) {
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
  const bit = (b) => (b === undefined ? null : b ? 1 : 0);
  const write = {
    s: str,
    a: (list) => list.map(str),
    d: (x) => trimNulls([str(x.text), str(x.start), x.end === undefined ? null : str(x.end), bit(x.approximate), bit(x.fromPassage), bit(x.fromCitation)]),
    c: (list) => list.map((c) => trimNulls([doc(c.doc), str(c.excerpt), c.note === undefined ? null : str(c.note), c.says ?? null])),
    j: (x) => x,
  };
  const rows = records.map((r) =>
    trimNulls(keys.map((k, i) => {
      if (!(k in r)) return null;
      if (r[k] === null) throw new Error(`packRecords: ${r.id ?? '?'}.${k} is null (the data has no nulls)`);
      return write[kinds[i]](r[k]);
    })),
  );
  return { keys, kinds, docs, min, rows };
}

/**
 * Rollup plugin (also used by the browser tests through @web/dev-server-rollup): an import of
 * src/data/records/<collection>.json (or derived/<slice>.json) becomes a module that unpacks its
 * packed form. `extension` is how the unpacker's module is imported: .js (rollup resolves it to the
 * TypeScript) or .ts (the test server serves TypeScript by its own name).
 */
export function packedRecords({ extension = '.js' } = {}) {
  return {
    name: 'steppe-packed-records',
    transform(code, id) {
      if (!/[\\/]src[\\/]data[\\/]records[\\/](?:derived[\\/])?[a-z-]+\.json$/.test(id.split('?')[0])) return null;
      const packed = packRecords(JSON.parse(code));
      const file = id.split('?')[0];
      // the unpacker from src/data/, relative to this file (.js for rollup, .ts for the test server)
      const unpack = `${/[\\/]derived[\\/]/.test(file) ? '../../' : '../'}unpack${extension}`;
      return { code: `import { unpackRecords } from ${JSON.stringify(unpack)};\nexport default unpackRecords(${JSON.stringify(packed)});\n`, map: { mappings: '' } };
    },
  };
}
