import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { embeddedDataset } from '../src/data/index.js';

const quoteIds = embeddedDataset.quotes.map((q) => q.id);

interface Args {
  quoteId: string;
  speaker: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Quote card',
  component: 'steppe-quote-card',
  args: { quoteId: quoteIds[0], speaker: '' },
  argTypes: {
    quoteId: { control: 'select', options: ['', ...quoteIds], name: 'quote-id' },
    speaker: { control: 'text' },
  },
  render: ({ quoteId, speaker }) =>
    html`<steppe-quote-card quote-id=${quoteId} speaker=${speaker}></steppe-quote-card>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Pick any quotation of the five texts. */
export const Playground: Story = {};

/** Without attributes: the first quotation of the embedded data. */
export const Default: Story = { args: { quoteId: '' } };

/** Every quotation in the embedded data, each with its source. */
export const EachQuote: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${quoteIds.map((id) => html`<steppe-quote-card quote-id=${id}></steppe-quote-card>`)}
  </div>`,
};

/** `speaker` filters by id, name or alias: here every card asks for a different speaker. */
export const FilteredBySpeaker: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    <steppe-quote-card speaker="Tokayev"></steppe-quote-card>
    <steppe-quote-card speaker="Putin"></steppe-quote-card>
    <steppe-quote-card speaker="Xi Jinping"></steppe-quote-card>
  </div>`,
};

/** Dark colours through the public custom properties (the widget also follows prefers-color-scheme). */
export const Dark: Story = {
  render: ({ quoteId }) => html`<div style="background:#15181c;padding:1rem;
      --steppe-color-text:#ece9e2;--steppe-color-muted:#b5afa4;--steppe-color-background:#1f2328;
      --steppe-color-surface:#2a2f36;--steppe-color-border:#454b54;--steppe-accent:#6fd0c9;--steppe-color-focus:#9cc2ff">
    <steppe-quote-card quote-id=${quoteId}></steppe-quote-card>
  </div>`,
};

/** A 320 px column, as in a sidebar or on a phone. */
export const Narrow: Story = {
  render: ({ quoteId }) => html`<div style="width:320px"><steppe-quote-card quote-id=${quoteId}></steppe-quote-card></div>`,
};

/** A page's own dataset with a bad record: the dataset lists the problem, the card shows the good quote. */
export const InvalidData: Story = {
  render: () => html`<steppe-dataset>
    <script type="application/json">
      ${JSON.stringify({
        sources: [{ id: 'my-notes.txt', title: 'My notes', authors: ['A. Teacher'], kind: 'notes', sources: [{ doc: 'my-notes.txt', excerpt: 'My notes' }] }],
        quotes: [
          { id: 'q-good', text: 'A good quotation.', speakerLabel: 'A speaker', sources: [{ doc: 'my-notes.txt', excerpt: 'A good quotation.' }] },
          { id: 'q-bad', text: 42, speakerLabel: 'Nobody', sources: [] },
        ],
      })}
    </script>
    <steppe-quote-card quote-id="q-good"></steppe-quote-card>
    <steppe-quote-card quote-id="q-bad"></steppe-quote-card>
  </steppe-dataset>`,
};

/** An unknown `quote-id` shows a visible not-found state, never an empty box. */
export const NotFound: Story = { args: { quoteId: 'q-no-such-quote' } };
