// <steppe-dataset> with every embedded collection as its default data (src/index.ts, and so
// dist/steppe-widgets.js, load this). A per-widget file (dist/timeline.js, …) loads
// dataset-element.ts instead and adds only the data its widget shows.
import { embeddedDataset } from '../../data/embedded.js';
import { addDefaultData } from '../../data/default-data.js';
import { SteppeDataset } from './dataset-element.js';

addDefaultData(embeddedDataset);

export { SteppeDataset };
