/**
 * What the texts say of one record, in the few words the widgets' up-front code needs (the timeline's
 * list and axis): which documents report it, whether they disagree, a document's short reference.
 * The rendering of disagreements lives in disagreement.ts, loaded with the detail panels.
 */
import type { AnyRecord, DateSpec, Says, SourceRef } from '../data/schema.js';
import { sourceOf, type DatasetView } from '../data/view.js';
import { shortReference } from './reference.js';

type Claimed = AnyRecord & { conflictsWith?: readonly string[]; disagreement?: string };

/** The documents a record cites, each once, in citation order. */
export const reportingDocs = (record: AnyRecord): string[] => [...new Set(record.sources.map((s) => s.doc))];

/** The texts' claims about this record's fact cannot all hold. */
export const isDisputed = (record: AnyRecord): boolean =>
  Boolean((record as Claimed).disagreement || (record as Claimed).conflictsWith?.length);

/** A document's short reader's reference ("Kembayev 2020"); a page's own document by its name. */
export const docShort = (view: DatasetView, doc: string): string => {
  const source = sourceOf(view, doc);
  return source ? shortReference(source) : doc;
};


/** Each document's claim: its first citation's `says`, else the record's own. */
export const claimsByDoc = (record: AnyRecord): [doc: string, says: Says][] =>
  reportingDocs(record).map((doc) => {
    const cited = record.sources.filter((s) => s.doc === doc);
    return [doc, cited.find((s: SourceRef) => s.says)?.says ?? {}];
  });

/**
 * The texts' dates or numbers cannot all hold (dates whose spans do not overlap, different
 * numbers); else they disagree on something else, which the note says, and their dates are not listed.
 */
export function differs(record: AnyRecord): boolean {
  const r = record as Claimed & { value?: number };
  const claims = claimsByDoc(record).map(([, says]) => ({ ...r, ...says }) as Claimed & { value?: number; scale?: string; date?: DateSpec; since?: DateSpec });
  if (r.value !== undefined) return new Set(claims.map((c) => `${c.value} ${c.scale ?? ''}`)).size > 1;
  const spans = claims.map((c) => c.date ?? c.since).filter((d): d is DateSpec => d !== undefined).map((d) => [d.start, `${d.end ?? d.start}\uffff`]);
  return spans.some(([a1, a2]) => spans.some(([b1, b2]) => a1 > b2 || b1 > a2));
}

