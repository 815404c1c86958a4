export * from './schema.js';
export * from './issues.js';
export * from './validate.js';
export * from './view.js';
export { datasetContext } from './context.js';
export { embeddedDataset } from './embedded.js';
export { salience, textsReporting } from './salience.js';
export { excerptsReady, type ExcerptState } from './excerpts.js';
