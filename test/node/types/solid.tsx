// Solid: checked like react.tsx (test/node/framework-types.test.mjs). Solid binds custom events
// with on:, attributes with attr: and properties with prop:.
import { createSignal } from 'solid-js';
import type {} from 'steppe-widgets/solid';
import type { SteppeSelectEvent } from 'steppe-widgets/events';

export function App() {
  const [selected, select] = createSignal('');
  const follow = (e: SteppeSelectEvent) => select(e.recordId);
  return (
    <div>
      <steppe-quote-card attr:quote-id={selected()} prop:theme="dark" />
      <steppe-timeline on:steppe-select={follow} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <steppe-quote-card prop:theme="sepia" />
      {/* @ts-expect-error the handler gets a SteppeSelectEvent */}
      <steppe-timeline on:steppe-select={(e: MouseEvent) => e.clientX} />
    </div>
  );
}
