/**
 * The static copy of any widget's view (see views.ts), reading the embedded data unless given
 * another view: what the build's dist/static pages, `npx steppe-widgets static` and the tests use.
 * The widgets' own "Copy static HTML" imports views.ts with the data they already hold. In dist/esm
 * the embedded excerpts arrive apart: `await excerptsReady()` before rendering (the renderer throws
 * rather than print a citation without its excerpt).
 */
import { embeddedDataset } from '../data/embedded.js';
import { createView, type DatasetView } from '../data/view.js';
import { renderFragment as fragmentOf, renderPage as pageOf, type StaticOptions, type StaticWidget } from './views.js';

export * from './views.js';
/** The embedded excerpts load lazily in dist/esm (src/data/excerpts.ts): await this before rendering. */
export { excerptsReady } from '../data/excerpts.js';

let embeddedView: DatasetView | undefined;
/** The embedded dataset as a view (what a widget with no <steppe-dataset> reads). */
export const embeddedStaticView = (): DatasetView => (embeddedView ??= createView(embeddedDataset, 'embedded'));

/** The part to paste into a course page: plain markup, no script, no style. */
export const renderFragment = (widget: StaticWidget, view: DatasetView = embeddedStaticView(), options: StaticOptions = {}): string =>
  fragmentOf(widget, view, options);

/** A whole page around the fragment, for hosting as is or linking to. */
export const renderPage = (widget: StaticWidget, view: DatasetView = embeddedStaticView(), options: StaticOptions = {}): string =>
  pageOf(widget, view, options);
