import { createContext } from '@lit/context';
import type { DatasetView } from './view.js';

/**
 * The dataset context key. Symbol.for lets two copies of the bundle on one page meet; the `@1`
 * keeps a future incompatible major apart.
 */
export const datasetContext = createContext<DatasetView | undefined>(Symbol.for('steppe-widgets/dataset@1'));
