// What the React example's types must reject. test/node/examples.test.mjs copies this file into
// examples/react/src/ and type-checks the app with it: as written it must compile (so the line
// after each expect-error directive does fail), and with the directives removed it must fail on
// exactly those lines.
import 'steppe-widgets/timeline';
import type {} from 'steppe-widgets/react';
import type { Dataset } from 'steppe-widgets/data';
import type { SteppeSelectEvent } from 'steppe-widgets/events';
import { records } from './records';

const follow = (e: SteppeSelectEvent) => console.log(e.recordId, e.recordType);
export const fine = <steppe-timeline layout="axis" heading="Notes" no-filters onsteppe-select={follow} />;

export const mistakes = (
  <>
    {/* @ts-expect-error layout is auto, axis, list or story */}
    <steppe-timeline layout="grid" />
    {/* @ts-expect-error actors-match is all or any */}
    <steppe-timeline actors-match="some" />
    {/* @ts-expect-error no such attribute: it is heading */}
    <steppe-timeline headline="Notes" />
    {/* @ts-expect-error the handler gets a SteppeSelectEvent, not a MouseEvent */}
    <steppe-timeline onsteppe-select={(e: MouseEvent) => e.clientX} />
    {/* @ts-expect-error the event has no detail: its fields sit on the event */}
    <steppe-timeline onsteppe-select={(e) => e.detail} />
  </>
);

// @ts-expect-error an event's kind is one of the package's event kinds
export const badRecords = { events: [{ ...records.events[0], kind: 'party' }] } satisfies Partial<Dataset>;
