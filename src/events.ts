// `steppe-widgets/events`: the event classes the widgets fire, with no element and no data, for
// `instanceof` checks and typed listeners. Importing it (or any widget's module) also adds
// 'steppe-select' to TypeScript's GlobalEventHandlersEventMap, so `addEventListener` is typed.
export { SteppeSelectEvent, type SelectionType } from './lib/events.js';
