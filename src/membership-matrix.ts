// `steppe-widgets/membership-matrix`: registers <steppe-membership-matrix> (with the data it shows)
// and exports its class and event. The package's entry modules are in package.json `sideEffects`,
// the class modules are not: a bundle that imports one class from 'steppe-widgets' keeps that
// widget alone. Naming the class below keeps it, and its registration, for a bare import of this.
import { SteppeMembershipMatrix } from './components/membership-matrix/membership-matrix.js';
import { defineElement } from './lib/define.js';

defineElement('steppe-membership-matrix', SteppeMembershipMatrix);

export { SteppeMembershipMatrix };
export { SteppeSelectEvent, type SelectionType } from './lib/events.js';
