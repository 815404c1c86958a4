// <steppe-quote-card> with every embedded quotation, its speakers' names and the source documents.
// A page with one quotation can load dist/quote/<id>.js instead (see README "Smallest page").
import { quoteSpeakers } from '../../data/collections/quote-speakers.js';
import { speakerCollections } from '../../data/speakers.js';
import { quotes } from '../../data/collections/quotes.js';
import { sources } from '../../data/collections/sources.js';
import { lazily } from '../../data/collections/collection.js';
import type { Dataset } from '../../data/schema.js';
import { defineElement } from '../../lib/define.js';
import { SteppeQuoteCard as QuoteCard } from './quote-card-element.js';
import { addQuoteData } from './quote-data.js';

/** Every embedded quotation, its speakers' names and the documents, unpacked when first read. */
export function quoteCardData(): Partial<Dataset> {
  let speakers: ReturnType<typeof speakerCollections> | undefined;
  const names = (): ReturnType<typeof speakerCollections> => (speakers ??= speakerCollections(quoteSpeakers()));
  return lazily<Partial<Dataset>>({
    quotes, sources, people: () => names().people, organizations: () => names().organizations, places: () => names().places,
  });
}

addQuoteData(quoteCardData(), { complete: true });
defineElement('steppe-quote-card', QuoteCard);

/**
 * The card's class as a binding of this module, not a re-export: a bundler that follows re-exports
 * past modules without side effects (webpack does) would otherwise keep the class and drop this
 * module, its data and the registration above, for an app's
 * `import { SteppeQuoteCard } from 'steppe-widgets'`.
 */
export const SteppeQuoteCard = QuoteCard;
export type SteppeQuoteCard = QuoteCard;
