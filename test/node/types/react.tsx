// React 19: what an app writes, checked against the built package's generated types
// (test/node/framework-types.test.mjs). Each @ts-expect-error line must fail to compile.
import type {} from 'steppe-widgets/react';
import { SteppeSelectEvent } from 'steppe-widgets/events';

export function App() {
  const follow = (e: SteppeSelectEvent) => console.log(e.recordId, e.recordType);
  return (
    <>
      <steppe-quote-card quote-id="q-001" theme="dark"></steppe-quote-card>
      <steppe-timeline actors="kazakhstan" hash-link onsteppe-select={follow} />
      <steppe-trade-table onsteppe-select={(e) => e.target.metric + e.recordId.toUpperCase()} />
      <steppe-dataset>
        <steppe-membership-matrix transpose onsteppe-select={(e) => e.recordType === 'actor'} />
      </steppe-dataset>
      {/* @ts-expect-error quote-id is a string */}
      <steppe-quote-card quote-id={17} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <steppe-quote-card theme="sepia" />
      {/* @ts-expect-error no such attribute */}
      <steppe-quote-card quote="q-001" />
      {/* @ts-expect-error the handler gets a SteppeSelectEvent, not a MouseEvent */}
      <steppe-timeline onsteppe-select={(e: MouseEvent) => e.clientX} />
      {/* @ts-expect-error the event has no detail: its fields sit on the event */}
      <steppe-timeline onsteppe-select={(e) => e.detail} />
    </>
  );
}
