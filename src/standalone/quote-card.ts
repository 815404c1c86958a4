// dist/quote-card.js, a file for one <script> tag: <steppe-quote-card>, <steppe-dataset> (so a
// page can feed it its own records) and lit, with every quotation, the documents they cite and
// their speakers' names (not the people, organizations and places collections). A page with one
// quotation can load dist/quote/<id>.js instead.
import { SteppeDataset } from '../components/dataset/dataset-element.js';
import { SteppeQuoteCard } from '../components/quote-card/quote-card.js';
import { addDefaultData } from '../data/default-data.js';
import { excerptsReady } from '../data/excerpts.js';
import { quoteCardData } from '../components/quote-card/quote-card.js';

// the records are unpacked when a dataset first shows them, never for a page with its own
addDefaultData(quoteCardData());

// excerptsReady(): resolves when the excerpts (loaded after the first render, from dist/lazy/) are there
export { SteppeDataset, SteppeQuoteCard, excerptsReady };
