// The event classes as values, from a module with no elements and no data.
import { SteppeSelectEvent, type SelectionType } from 'steppe-widgets/events';

const kind: SelectionType = 'actor';
document.body.addEventListener('steppe-select', (e) => {
  if (e instanceof SteppeSelectEvent) console.log(e.recordId, kind);
});
document.body.dispatchEvent(new SteppeSelectEvent('kazakhstan', 'actor'));
// @ts-expect-error a selection is an event, an actor or a record
new SteppeSelectEvent('x', 'figure');
const select = new SteppeSelectEvent('kazakhstan', 'actor');
// @ts-expect-error recordId is read-only
select.recordId = 'russia';
