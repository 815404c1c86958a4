// The library entry: every class, the event class and the data API. A class registers its element
// when its module is loaded, so a bundle keeps (and registers) only the classes an app imports: no
// shipped module here is in package.json `sideEffects`. `steppe-widgets/all` registers every
// widget. The provider comes first, so that a widget placed before it in the markup still finds it
// (see src/lib/context-root.ts for the other half of that guarantee).
export { SteppeDataset } from './components/dataset/dataset.js';
export { SteppeMembershipMatrix } from './components/membership-matrix/membership-matrix.js';
export { SteppeQuoteCard } from './components/quote-card/quote-card.js';
export { SteppeTimeline } from './components/timeline/timeline.js';
export { SteppeTradeTable } from './components/trade-table/trade-table.js';
export { excerptsReady } from './data/excerpts.js';
export { SteppeSelectEvent, type SelectionType } from './lib/events.js';
export type { SteppeElement } from './lib/steppe-element.js';
export * from './data/index.js';
