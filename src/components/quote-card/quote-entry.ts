// What a one-quotation entry (dist/quote/<id>.js) calls: its records join the embedded quotations
// and the card is defined (once, whichever entry runs first). The entries themselves are generated
// by rollup.config.mjs, one per quotation, with only the records that quotation shows.
import type { Dataset } from '../../data/schema.js';
import { speakerCollections, type SpeakerName } from '../../data/speakers.js';
import { defineElement } from '../../lib/define.js';
import { SteppeQuoteCard } from './quote-card-element.js';
import { addQuoteData } from './quote-data.js';

export function defineQuoteCard(data: Pick<Dataset, 'quotes' | 'sources'>, speakers: readonly SpeakerName[]): void {
  addQuoteData({ ...data, ...speakerCollections(speakers) });
  defineElement('steppe-quote-card', SteppeQuoteCard);
}
