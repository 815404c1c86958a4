import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { darkPage, findInside, notesSource, widget } from './shared.js';

const meta: Meta = {
  title: 'Widgets/Dataset',
  component: 'steppe-dataset',
};
export default meta;
type Story = StoryObj;

const linked = (theme = '') => html`<steppe-dataset>
  <div style="display:grid;gap:1.5rem">
    <steppe-membership-matrix theme=${theme} orgs="EEU, SCO, CSTO" countries="Kazakhstan, Russia, China, Uzbekistan" heading="Click a country"></steppe-membership-matrix>
    <steppe-timeline theme=${theme} themes="eaeu, sco, csto" heading="Its events"></steppe-timeline>
    <steppe-trade-table theme=${theme} metric="trade-turnover" heading="Its trade figures" page-size="10"></steppe-trade-table>
  </div>
</steppe-dataset>`;

/** Linked views: a country chosen in the matrix filters the timeline and the table (a "Linked: …" chip undoes it). */
export const LinkedViews: Story = { render: () => linked() };

/** The same, with Kazakhstan already chosen in the matrix. */
export const LinkedViewsSelected: Story = {
  render: () => linked(),
  play: async ({ canvasElement }) => {
    const matrix = await widget(canvasElement, 'steppe-membership-matrix');
    await findInside(matrix, '[part~="country-header"]');
    const header = [...matrix.shadowRoot!.querySelectorAll<HTMLElement>('[part~="country-header"]')].find((b) => b.textContent?.includes('Kazakhstan'));
    header?.click();
    await matrix.updateComplete;
  },
};

/** Linked views with `theme="dark"` on a dark page. */
export const LinkedViewsDark: Story = { render: () => darkPage(linked('dark')) };

const ownData = {
  sources: [notesSource],
  people: [{ id: 'person-teacher', name: 'A. Teacher', aliases: [], sources: [{ doc: 'notes', excerpt: 'A. Teacher' }] }],
  quotes: [{ id: 'q-own', text: 'Data of your own, validated and cited.', speakers: ['person-teacher'], speakerLabel: 'A. Teacher', sources: [{ doc: 'notes', excerpt: 'Data of your own, validated and cited.' }] }],
  events: [
    { id: 'ev-own-1', title: 'Course starts', date: { text: 'in September 2024', start: '2024-09' }, kind: 'other', sources: [{ doc: 'notes', excerpt: 'in September 2024' }] },
    { id: 'ev-own-2', title: 'Field trip', date: { text: 'in the spring of 2025', start: '2025-03', end: '2025-05', approximate: true }, kind: 'visit', sources: [{ doc: 'notes', excerpt: 'in the spring of 2025' }] },
  ],
};

/** A page's own data set as the `data` property; it replaces the embedded data. */
export const OwnDataAsProperty: Story = {
  render: () => html`<steppe-dataset .data=${ownData}>
    <steppe-quote-card></steppe-quote-card>
    <steppe-timeline layout="list" heading="Our course"></steppe-timeline>
  </steppe-dataset>`,
};

/** A page's own data in a child `<script type="application/json">`. */
export const OwnDataInHtml: Story = {
  render: () => html`<steppe-dataset>
    <script type="application/json">${JSON.stringify(ownData)}</script>
    <steppe-quote-card></steppe-quote-card>
  </steppe-dataset>`,
};

/** JSON that does not parse: one visible error; the widgets show their empty states. */
export const MalformedJson: Story = {
  render: () => html`<steppe-dataset>
    <script type="application/json">{ "quotes": [ { "id": "q-1", </script>
    <steppe-quote-card></steppe-quote-card>
  </steppe-dataset>`,
};

/** Valid records that point at something missing (an unknown speaker, an unknown document) are kept and reported. */
export const DanglingReferences: Story = {
  render: () => html`<steppe-dataset .data=${{
    sources: [notesSource],
    quotes: [{ id: 'q-dangling', text: 'Who said this?', speakers: ['person-nobody'], speakerLabel: 'Someone', sources: [{ doc: 'missing.txt', excerpt: 'Who said this?' }] }],
  }}><steppe-quote-card></steppe-quote-card></steppe-dataset>`,
};

/** More than twenty problems: twenty are listed, the rest counted (the console has them all). */
export const ManyProblems: Story = {
  render: () => html`<steppe-dataset .data=${{
    sources: [notesSource],
    quotes: Array.from({ length: 25 }, (_, i) => ({ id: `q-bad-${i}`, text: '', speakerLabel: 'Nobody', sources: [] })),
  }}><steppe-quote-card></steppe-quote-card></steppe-dataset>`,
};

/** An empty dataset: every widget shows its empty state. */
export const EmptyDataset: Story = {
  render: () => html`<steppe-dataset .data=${{}}>
    <div style="display:grid;gap:1rem">
      <steppe-quote-card></steppe-quote-card>
      <steppe-timeline></steppe-timeline>
      <steppe-membership-matrix></steppe-membership-matrix>
      <steppe-trade-table></steppe-trade-table>
    </div>
  </steppe-dataset>`,
};

/** The error box on a dark page, `theme="dark"` on the widget. */
export const ErrorBoxDark: Story = {
  render: () => darkPage(html`<steppe-dataset theme="dark">
    <script type="application/json">{ "quotes": [ </script>
    <steppe-quote-card theme="dark"></steppe-quote-card>
  </steppe-dataset>`),
};
