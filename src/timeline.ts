// `steppe-widgets/timeline`: registers <steppe-timeline> (with the data it shows)
// and exports its class and event. The package's entry modules are in package.json `sideEffects`,
// the class modules are not: a bundle that imports one class from 'steppe-widgets' keeps that
// widget alone. Naming the class below keeps it, and its registration, for a bare import of this.
import { SteppeTimeline } from './components/timeline/timeline.js';
import { defineElement } from './lib/define.js';

defineElement('steppe-timeline', SteppeTimeline);

export { SteppeTimeline };
export { SteppeSelectEvent, type SelectionType } from './lib/events.js';
