import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { embeddedDataset } from '../src/data/index.js';
import { clickInside, darkByProperties, darkPage, findInside, notesSource, widget } from './shared.js';

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

/** The "Source" disclosure opened: each cited document with its verbatim excerpt. */
export const SourceOpen: Story = {
  args: { quoteId: 'q-004-tokayev-single-state' },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'steppe-quote-card');
    (await findInside<HTMLDetailsElement>(el, 'details[part~="source"]')).open = true;
  },
};

/** `theme="dark"` on a dark page, with its source open. */
export const ThemeDark: Story = {
  args: { quoteId: 'q-004-tokayev-single-state' },
  render: ({ quoteId }) => darkPage(html`<steppe-quote-card theme="dark" quote-id=${quoteId}></steppe-quote-card>`),
  play: SourceOpen.play,
  parameters: SourceOpen.parameters,
};

/** `theme="auto"`: light or dark as the reader's system is set. */
export const ThemeAuto: Story = {
  render: ({ quoteId }) => html`<steppe-quote-card theme="auto" quote-id=${quoteId}></steppe-quote-card>`,
};

/** Dark colours through the public custom properties. */
export const Dark: Story = {
  render: ({ quoteId }) => darkByProperties(html`<steppe-quote-card quote-id=${quoteId}></steppe-quote-card>`),
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

/** A `speaker` with no quotation in the data. */
export const NoQuoteBySpeaker: Story = { args: { quoteId: '', speaker: 'Nobody Atall' } };

/** A dataset without quotations. */
export const NoQuotations: Story = {
  render: () => html`<steppe-dataset .data=${{ sources: [notesSource] }}><steppe-quote-card></steppe-quote-card></steppe-dataset>`,
};

/** `embed-code`: an Embed button whose panel gives the iframe code of this view (opened here). */
export const EmbedCode: Story = {
  args: { quoteId: 'q-004-tokayev-single-state' },
  render: ({ quoteId }) => html`<steppe-quote-card quote-id=${quoteId} embed-code embed-base="https://your.host/embed/"></steppe-quote-card>`,
  // the "How to embed" guide shows it opened too
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'steppe-quote-card');
    const control = await findInside<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'steppe-embed-code');
    await clickInside(control, '[part="embed-button"]');
  },
};
