import { useState } from 'react';
import 'steppe-widgets/dataset';
import 'steppe-widgets/timeline';
// the JSX types of every <steppe-*> element: attributes, properties and `onsteppe-select`
import type {} from 'steppe-widgets/react';
import type { SteppeSelectEvent } from 'steppe-widgets/events';
import { records } from './records';

export function App() {
  const [selectedId, setSelectedId] = useState('');

  // React 19 adds a listener for `on` + the event's exact name on a custom element
  const handleSelect = (event: SteppeSelectEvent) => {
    if (event.recordType === 'event') setSelectedId(event.recordId);
  };
  const selected = records.events.find((e) => e.id === selectedId);

  return (
    <main>
      <h1>Our notes, on a timeline</h1>
      {/* `data` is set as a property (React 19 sets a custom element's known properties) */}
      <steppe-dataset data={records}>
        <steppe-timeline heading="What we read about" layout="list" onsteppe-select={handleSelect} />
      </steppe-dataset>
      <p role="status">{selected ? `Selected: ${selected.title}` : 'Nothing selected yet'}</p>
    </main>
  );
}
