// `steppe-widgets/trade-table`: registers <steppe-trade-table> (with the data it shows)
// and exports its class and event. The package's entry modules are in package.json `sideEffects`,
// the class modules are not: a bundle that imports one class from 'steppe-widgets' keeps that
// widget alone. Naming the class below keeps it, and its registration, for a bare import of this.
import { SteppeTradeTable } from './components/trade-table/trade-table.js';
import { defineElement } from './lib/define.js';

defineElement('steppe-trade-table', SteppeTradeTable);

export { SteppeTradeTable };
export { SteppeSelectEvent, type SelectionType } from './lib/events.js';
