// How a widget hears from the <steppe-dataset> around it: @lit/context's consumer, and the
// document's ContextRoot for a widget that upgrades before its dataset does. A widget that is in
// no dataset never needs either, so SteppeElement loads this module (1.1 kB gzip as a chunk of its
// own) only when one is: a page with one quotation is 0.25 kB smaller for it. A file that defines
// <steppe-dataset> hands it over up front.
import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { datasetContext } from '../data/context.js';
import { ensureContextRoot } from './context-root.js';
import type { DatasetLink } from './link-slot.js';

export function makeDatasetLink(host: ReactiveElement): ContextConsumer<typeof datasetContext, ReactiveElement> {
  ensureContextRoot();
  return new ContextConsumer(host, { context: datasetContext, subscribe: true });
}

/**
 * For a widget in a <steppe-dataset> that no script has defined yet (another file defines it, a
 * little later): resolves once one has, so that the widget's first render shows the dataset's
 * records and not the embedded ones first; or once the page has loaded without it, with a warning.
 */
function datasetDefined(tag: string): Promise<unknown> {
  if (customElements.get('steppe-dataset')) return Promise.resolve();
  const loaded = document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  return Promise.race([
    customElements.whenDefined('steppe-dataset'),
    loaded.then(() => {
      if (!customElements.get('steppe-dataset')) {
        console.warn(`steppe-widgets: <${tag}> is inside <steppe-dataset>, which no script on the page has defined; it shows the embedded records until one does`);
      }
    }),
  ]);
}

/** A widget's link, once its <steppe-dataset> is defined (or the page has loaded without it). */
export async function linkWhenDefined(host: ReactiveElement): Promise<DatasetLink> {
  await datasetDefined(host.localName);
  return makeDatasetLink(host);
}
