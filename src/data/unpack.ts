/**
 * Unpacks an embedded collection from the form the build ships (scripts/pack-data.mjs describes
 * it): rows of values in key order, strings shared by reference, citations' documents by index.
 * The result is the records exactly as src/data/records/*.json hold them; for a collection packed
 * with lazy excerpts, once its excerpts module has arrived (src/data/excerpts.ts).
 */
import { deferExcerpts } from './excerpts.js';

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

/** A collection whose excerpts and notes ship apart: its name, and the import of its excerpts module. */
export interface LazyExcerpts {
  readonly collection: string;
  /** One entry per citation in reading order: the excerpt, or [excerpt, note]; long strings shared by number. */
  readonly load: () => Promise<{ readonly default: readonly Json[] }>;
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
  if (lazy) deferExcerpts(lazy.collection, citations, () => lazy.load().then((module) => fillExcerpts(citations, module.default, min)));
  return records;
}
