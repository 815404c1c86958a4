// dist/trade-table.js, a file for one <script> tag: <steppe-trade-table>, <steppe-dataset> (so a
// page can feed it its own records) and lit, with only the data the table shows: the figures, the
// documents they cite, and countries and organizations by name.
import { SteppeDataset } from '../components/dataset/dataset-element.js';
import { SteppeTradeTable } from '../components/trade-table/trade-table.js';
import { addDefaultData } from '../data/default-data.js';
import { excerptsReady } from '../data/excerpts.js';
import { figures } from '../data/collections/figures.js';
import { organizationNames } from '../data/collections/organization-names.js';
import { placeNames } from '../data/collections/place-names.js';
import { sources } from '../data/collections/sources.js';
import { lazily } from '../data/collections/collection.js';

// the records are unpacked when a dataset first shows them, never for a page with its own
addDefaultData(lazily({ figures, organizations: organizationNames, places: placeNames, sources }));

// excerptsReady(): resolves when the excerpts (loaded after the first render, from dist/lazy/) are there
export { SteppeDataset, SteppeTradeTable, excerptsReady };
