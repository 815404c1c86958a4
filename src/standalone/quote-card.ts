// dist/quote-card.js, a file for one <script> tag: <steppe-quote-card>, <steppe-dataset> (so a
// page can feed it its own records) and lit, with every quotation, the documents they cite and
// their speakers' names (not the people, organizations and places collections). A page with one
// quotation can load dist/quote/<id>.js instead.
import { SteppeDataset } from '../components/dataset/dataset-element.js';
import { SteppeQuoteCard } from '../components/quote-card/quote-card.js';
import { addDefaultData } from '../data/default-data.js';
import { excerptsReady } from '../data/excerpts.js';
import { quoteSpeakers } from '../data/collections/quote-speakers.js';
import { quotes } from '../data/collections/quotes.js';
import { sources } from '../data/collections/sources.js';
import { speakerCollections } from '../data/speakers.js';

addDefaultData({ quotes, sources, ...speakerCollections(quoteSpeakers) });

// excerptsReady(): resolves when the excerpts (loaded after the first render, from dist/lazy/) are there
export { SteppeDataset, SteppeQuoteCard, excerptsReady };
