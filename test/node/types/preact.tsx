// Preact: checked like react.tsx (test/node/framework-types.test.mjs).
import type {} from 'steppe-widgets/preact';
import type { SteppeSelectEvent } from 'steppe-widgets/events';

export function App() {
  const follow = (e: SteppeSelectEvent) => e.recordId;
  return (
    <div>
      <steppe-quote-card quote-id="q-001" theme="auto" />
      <steppe-timeline layout="story" onsteppe-select={follow} />
      {/* @ts-expect-error layout is auto, axis, list or story */}
      <steppe-timeline layout="grid" />
      {/* @ts-expect-error the handler gets a SteppeSelectEvent */}
      <steppe-timeline onsteppe-select={(e: KeyboardEvent) => e.key} />
    </div>
  );
}
