// `steppe-widgets/dataset`: registers <steppe-dataset> (the provider of the embedded data, or
// the page's own) and exports its class and event. The package's entry modules are in
// package.json `sideEffects`, the class modules are not: a bundle that imports one class from
// 'steppe-widgets' keeps that widget alone. Naming the class below keeps it, and its
// registration, for a bare import of this.
import { SteppeDataset } from './components/dataset/dataset.js';
import { defineElement } from './lib/define.js';

defineElement('steppe-dataset', SteppeDataset);

export { SteppeDataset };
export { SteppeSelectEvent, type SelectionType } from './lib/events.js';
