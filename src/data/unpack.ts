/**
 * Unpacks an embedded collection from the form the build ships (scripts/pack-data.mjs describes
 * it): rows of values in key order, strings shared by reference, citations' documents by index.
 * The result is the records exactly as src/data/records/*.json hold them; for a collection packed
 * with lazy excerpts, once its excerpts module has arrived (src/data/excerpts.ts).
 */
import { deferExcerpts, loadExcerpts, markArriving, recordsArrived } from './excerpts.js';

export interface PackedRecords {
  readonly keys: readonly string[];
  /** One letter per key: s string, a strings, d date, c citations, j plain JSON. */
  readonly kinds: string;
  readonly docs: readonly string[];
  /** Strings this long or longer may be written as the number of their first appearance. */
  readonly min: number;
  readonly rows: readonly (readonly unknown[])[];
}

type Json = unknown;

/** The records a collection shipped in two parts holds besides its first rows (scripts/pack-data.mjs). */
export interface RestOfRecords {
  /** The other records, packed with their excerpts apart (the excerpts module's `rest`). */
  readonly packed: PackedRecords;
  /** Where each first row stands in the whole collection. */
  readonly at: readonly number[];
}

/** A collection whose excerpts and notes ship apart: its name, and the import of its excerpts module. */
export interface LazyExcerpts {
  readonly collection: string;
  /**
   * One entry per citation in reading order: the excerpt, or [excerpt, note]; long strings shared
   * by number. For a collection shipped in two parts, `rest`: the same for the other records.
   */
  readonly load: () => Promise<{ readonly default: readonly Json[]; readonly rest?: readonly Json[] }>;
  /** A collection shipped in two parts: the import of its other records. */
  readonly rest?: () => Promise<{ readonly default: RestOfRecords }>;
  /** A collection shipped in two parts: how many records it holds in all. */
  readonly total?: number;
  /** A collection shipped in two parts: receives the whole collection, in its order, when the rest arrives. */
  readonly whole?: (records: readonly unknown[]) => void;
}

/** The first rows and the rest as one list, each first row at its place. */
function interleave<T>(first: readonly T[], rest: readonly T[], at: readonly number[]): T[] {
  const all: T[] = [];
  let f = 0;
  let r = 0;
  for (let i = 0; i < first.length + rest.length; i++) all.push(at[f] === i ? first[f++] : rest[r++]);
  return all;
}

/** Fills in the excerpts (and notes) of `citations` from their module's entries. */
function fillExcerpts(citations: readonly Record<string, Json>[], entries: readonly Json[], min: number): void {
  if (entries.length !== citations.length) throw new Error(`${entries.length} excerpts for ${citations.length} citations`);
  const shared: string[] = [];
  const str = (x: Json): string => {
    if (typeof x === 'number') return shared[x];
    const s = x as string;
    if (s.length >= min) shared.push(s);
    return s;
  };
  entries.forEach((entry, i) => {
    const [excerpt, note] = Array.isArray(entry) ? entry : [entry];
    citations[i].excerpt = str(excerpt);
    if (note != null) citations[i].note = str(note);
  });
}

export function unpackRecords<T>(packed: PackedRecords, lazy?: LazyExcerpts): T[] {
  const { keys, kinds, docs, min, rows } = packed;
  const shared: string[] = [];
  const str = (x: Json): string => {
    if (typeof x === 'number') return shared[x];
    const s = x as string;
    if (s.length >= min) shared.push(s);
    return s;
  };
  const citations: Record<string, Json>[] = [];
  const read: Record<string, (x: Json) => Json> = {
    s: str,
    a: (x) => (x as Json[]).map(str),
    d: (x) => {
      const [text, start, end, approximate, fromPassage, fromCitation] = x as Json[];
      const date: Record<string, Json> = { text: str(text), start: str(start) };
      if (end != null) date.end = str(end);
      if (approximate != null) date.approximate = approximate === 1;
      if (fromPassage != null) date.fromPassage = fromPassage === 1;
      if (fromCitation != null) date.fromCitation = fromCitation === 1;
      return date;
    },
    c: (x) =>
      (x as Json[][]).map(([doc, excerpt, note, says]) => {
        const citation: Record<string, Json> = { doc: docs[doc as number] };
        if (excerpt != null) citation.excerpt = str(excerpt);
        if (note != null) citation.note = str(note);
        if (says != null) citation.says = says;
        citations.push(citation);
        return citation;
      }),
    j: (x) => x,
  };
  const records = rows.map((row) => {
    const record: Record<string, Json> = {};
    row.forEach((value, i) => {
      if (value !== null) record[keys[i]] = read[kinds[i]](value);
    });
    return record as T;
  });
  if (!lazy) return records;
  const { collection, load, rest, total } = lazy;
  const fill = (): Promise<void> => load().then((module) => fillExcerpts(citations, module.default, min));
  if (!rest || total === undefined) {
    deferExcerpts(collection, citations, fill);
    return records;
  }
  // in two parts: loading these records' excerpts brings the others too, and theirs
  markArriving(records, total);
  const others = (): Promise<void> => rest().then(({ default: { packed: restPacked, at } }) => {
    const more = unpackRecords<T>(restPacked, { collection, load: () => load().then((module) => ({ default: module.rest ?? [] })) });
    const all = interleave(records, more, at);
    // a rest that does not make the whole (another build's file) is a failure, never a part shown as all
    if (all.length !== total) throw new Error(`${all.length} of ${total} ${collection}`);
    lazy.whole?.(all);
    recordsArrived(); // every view is made again now, before the excerpts
    return loadExcerpts({ [collection]: more });
  });
  deferExcerpts(collection, citations, () => Promise.all([fill(), others()]).then(() => undefined), true);
  return records;
}
