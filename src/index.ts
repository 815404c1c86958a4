// The library entry: the provider is defined first, so that a widget placed before it in the
// markup still finds it (see src/lib/context-root.ts for the other half of that guarantee).
export { SteppeDataset } from './components/dataset/dataset.js';
export { SteppeMembershipMatrix } from './components/membership-matrix/membership-matrix.js';
export { SteppeQuoteCard } from './components/quote-card/quote-card.js';
export { SteppeTimeline } from './components/timeline/timeline.js';
export { SteppeTradeTable } from './components/trade-table/trade-table.js';
export { excerptsReady } from './data/excerpts.js';
export { SteppeSelectEvent } from './lib/events.js';
export * from './data/index.js';
