/**
 * Salience: how strongly the texts attest an event, derived from the data alone (never set by
 * hand): ten points for each text that reports it, plus a small weight for its kind (a founding
 * or a treaty outranks a remark), less one for a vague date. Widgets put the most-reported facts
 * first with it. The five texts make the range 10–54.
 */
import type { TimelineEvent } from './schema.js';
import type { EventKind } from './vocab.js';

const KIND_WEIGHT: Partial<Record<EventKind, number>> = {
  founding: 4, treaty: 4, accession: 3, withdrawal: 3, conflict: 3, agreement: 2, summit: 2, military: 2,
  deployment: 2, protest: 2, infrastructure: 2, deal: 1, finance: 1, policy: 1, visit: 1, election: 1, renaming: 1,
};

/** The number of texts that report an event (each document counted once). */
export const textsReporting = (e: Pick<TimelineEvent, 'sources'>): number => new Set(e.sources.map((s) => s.doc)).size;

export function salience(e: TimelineEvent): number {
  return textsReporting(e) * 10 + (KIND_WEIGHT[e.kind] ?? 0) - (e.date.approximate ? 1 : 0);
}
