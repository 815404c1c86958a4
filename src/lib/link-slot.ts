// Where a file that defines <steppe-dataset> leaves the way its widgets link to it (dataset-link.ts),
// apart from SteppeElement so that the dataset's own module does not bring the widgets' base class.
import type { ReactiveElement } from 'lit';
import type { DatasetView } from '../data/view.js';

/** A widget's line to its <steppe-dataset>: what it provides, and asking for it. */
export interface DatasetLink {
  readonly value?: DatasetView | undefined;
  hostConnected(): void;
}

/** Makes a widget's link; set where <steppe-dataset> is defined. */
export let makeLink: ((host: ReactiveElement) => DatasetLink) | undefined;

/** @internal From now on a widget links to its dataset at once. */
export function useDatasetLink(make: (host: ReactiveElement) => DatasetLink): void {
  makeLink = make;
}
