/**
 * What the texts say of one record, in the few words the widgets' up-front code needs (the timeline's
 * list and axis): which documents report it, whether they disagree, a document's short reference.
 * The rendering of disagreements lives in disagreement.ts, loaded with the detail panels.
 */
import type { AnyRecord } from '../data/schema.js';
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

