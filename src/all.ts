// `steppe-widgets/all`: registers every widget, the provider first (see src/index.ts). For a bundle
// that keeps only what it uses, import a widget's own module or a class from 'steppe-widgets'.
import './dataset.js';
import './membership-matrix.js';
import './quote-card.js';
import './timeline.js';
import './trade-table.js';

export * from './index.js';
