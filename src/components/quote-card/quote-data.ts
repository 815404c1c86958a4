/**
 * The quotations a <steppe-quote-card> without a <steppe-dataset> shows. The full entry
 * (quote-card.ts) adds every embedded quotation at once; a one-quotation entry
 * (dist/quote/<id>.js, built by rollup.config.mjs) adds its own record and the names it needs.
 * Several of those on one page share this module (they import the same card chunk), so each adds
 * to what the others added, and cards already on the page re-render when a part arrives.
 */
import type { Dataset } from '../../data/schema.js';
import { createView, withExcerpts, type DatasetView } from '../../data/view.js';

const parts: Partial<Dataset>[] = [];
const listeners = new Set<() => void>();
let view: DatasetView | undefined;
let complete = false;

const notify = (): void => listeners.forEach((l) => l());

// One-quotation entries arrive one script at a time; until the page has loaded, a card whose
// quotation is not here yet waits rather than reporting it missing.
if (typeof document !== 'undefined' && document.readyState !== 'complete') {
  addEventListener('load', notify, { once: true });
}

/** Adds records to the embedded quotations; `complete` when they are all there is. */
export function addQuoteData(data: Partial<Dataset>, options: { complete?: boolean } = {}): void {
  parts.push(data);
  view = undefined;
  complete ||= options.complete === true;
  notify();
}

/** Whether a quotation missing now is missing for good. */
export function quoteDataSettled(): boolean {
  return complete || typeof document === 'undefined' || document.readyState === 'complete';
}

/** The embedded quotations as one view (records of the same id kept once; a new view when excerpts arrive). */
export function embeddedQuoteView(): DatasetView {
  if (view) return (view = withExcerpts(view));
  const merged: Partial<Record<keyof Dataset, unknown[]>> = {};
  const seen = new Set<string>();
  for (const part of parts) {
    for (const [name, records] of Object.entries(part) as [keyof Dataset, readonly { id: string }[]][]) {
      const list = (merged[name] ??= []);
      for (const r of records) if (!seen.has(`${name}:${r.id}`)) (seen.add(`${name}:${r.id}`), list.push(r));
    }
  }
  return (view = createView(merged as Partial<Dataset>, 'embedded'));
}

/** Calls `listener` whenever quotations are added or the page finishes loading. */
export function onQuoteData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
