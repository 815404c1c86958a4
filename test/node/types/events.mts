// One widget's module brings the tag and event maps with it: no other import needed for typed
// listeners (test/node/framework-types.test.mjs). Each @ts-expect-error line must fail.
import 'steppe-widgets/timeline';

const timeline = document.querySelector('steppe-timeline')!;
timeline.addEventListener('steppe-select', (e) => console.log(e.recordId, e.recordType, timeline.layout));
document.addEventListener('steppe-select', (e) => e.recordId.length);
// @ts-expect-error recordType is 'event', 'actor' or 'record'
timeline.addEventListener('steppe-select', (e) => e.recordType === 'figure');
// @ts-expect-error not a CustomEvent: no detail
timeline.addEventListener('steppe-select', (e) => e.detail);
