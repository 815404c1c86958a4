/**
 * Which quotation a quote card shows, for the card and a static copy of its view alike: the one
 * with `quote-id` (also by an id merged into it), else the first; of `speaker`'s, when it is set.
 */
import type { Quote } from '../data/schema.js';
import type { DatasetView } from '../data/view.js';

/** Does `speaker` (an id, a name or part of one, any case) name one who said `quote`? */
function saidBy(view: DatasetView, quote: Quote, speaker: string): boolean {
  const wanted = speaker.trim().toLowerCase();
  if (quote.speakers.includes(speaker.trim())) return true;
  const names = [quote.speakerLabel];
  for (const id of quote.speakers) {
    const record = view.byId.get(id) as { name?: string; aliases?: readonly string[] } | undefined;
    names.push(record?.name ?? id, ...(record?.aliases ?? []));
  }
  return names.some((n) => n.toLowerCase().includes(wanted));
}

/** The quotations `speaker` said (all, without one), and the one to show (undefined when none is). */
export function quotesOf(view: DatasetView, quoteId = '', speaker = ''): { candidates: readonly Quote[]; quote?: Quote } {
  const all = view.dataset.quotes;
  const candidates = speaker.trim() ? all.filter((q) => saidBy(view, q, speaker)) : all;
  // a quotation merged into another (the same words in several texts) is found by its old id
  const quote = quoteId ? candidates.find((q) => q.id === quoteId || q.replaces?.includes(quoteId)) : candidates[0];
  return { candidates, quote };
}
