// The live examples of the "Theming" guide (stories/theming.mdx is their docs page).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { darkPage } from './shared.js';

const meta: Meta = {
  title: 'Guides/Theming',
  // the guide replaces the generated docs page
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const QUOTE = 'q-004-tokayev-single-state';
const sample = (theme = '') => html`<div style="display:grid;gap:1rem">
  <steppe-quote-card theme=${theme || 'light'} quote-id=${QUOTE}></steppe-quote-card>
  <steppe-membership-matrix theme=${theme || 'light'} orgs="EEU, SCO, CSTO" countries="Kazakhstan, Russia, China, Uzbekistan"
    heading="Who belongs to what"></steppe-membership-matrix>
</div>`;

/** No attribute and no custom property: the light palette (`theme="light"` is the default). */
export const Light: Story = { render: () => sample() };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { render: () => darkPage(sample('dark')) };

/** A site's own palette and type through the shared tokens, set once on a wrapper. */
export const CustomProperties: Story = {
  render: () => html`<div style="background:#f6f0e4;padding:1rem;
      --steppe-color-text:#2b2118;--steppe-color-muted:#6b5a48;--steppe-color-background:#fffaf0;
      --steppe-color-surface:#efe4d0;--steppe-color-border:#cdb999;--steppe-accent:#8a3b12;--steppe-color-focus:#1d4f91;
      --steppe-font-family:'Trebuchet MS', sans-serif;--steppe-font-family-quote:'Palatino Linotype', Palatino, serif;
      --steppe-radius:0;--steppe-space:1.25rem">
    ${sample()}
  </div>`,
};

/** The dark palette with one token changed: custom properties override either palette. */
export const DarkWithOwnAccent: Story = {
  render: () => darkPage(html`<div style="--steppe-accent:#f2c14e;--steppe-quote-card-accent:#f2c14e">${sample('dark')}</div>`),
};

/** Each widget's own hooks: accents, bar colours, heights. */
export const WidgetProperties: Story = {
  render: () => html`<div style="display:grid;gap:1rem;--steppe-timeline-accent:#7b3fa0;--steppe-timeline-height:14rem;
      --steppe-membership-matrix-accent:#b5462b;--steppe-trade-table-bar:#2f6f3e;--steppe-trade-table-negative:#8c1d40;
      --steppe-trade-table-height:16rem;--steppe-quote-card-accent:#d08a00">
    <steppe-timeline actors="Kazakhstan" themes="energy" layout="list" no-filters heading="--steppe-timeline-accent, --steppe-timeline-height"></steppe-timeline>
    <steppe-membership-matrix orgs="SCO, CSTO" countries="Kazakhstan, Uzbekistan" highlight="Kazakhstan" heading="--steppe-membership-matrix-accent"></steppe-membership-matrix>
    <steppe-trade-table metric="gdp-growth, loan" sort-by="value" heading="--steppe-trade-table-bar, -negative, -height"></steppe-trade-table>
  </div>`,
};

/** Styling inside the shadow root through CSS parts (`::part()`), from the page's own stylesheet. */
export const Parts: Story = {
  render: () => html`<style>
      .parts-demo steppe-quote-card::part(base) { border: 1px solid #0b6e6e; border-radius: 0; }
      .parts-demo steppe-quote-card::part(quote) { font-size: 1.35rem; }
      .parts-demo steppe-quote-card::part(speaker-name) { text-transform: uppercase; letter-spacing: 0.05em; }
      .parts-demo steppe-quote-card::part(source-summary) { color: #0b5394; }
      .parts-demo steppe-membership-matrix::part(cell--disputed) { outline: 2px dashed #a4262c; outline-offset: -4px; }
    </style>
    <div class="parts-demo" style="display:grid;gap:1rem">
      <steppe-quote-card quote-id=${QUOTE}></steppe-quote-card>
      <steppe-membership-matrix orgs="EurAsEC, Customs Union" countries="Uzbekistan, Kazakhstan, Russia, Belarus"></steppe-membership-matrix>
    </div>`,
};
