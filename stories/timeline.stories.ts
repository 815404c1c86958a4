import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { EVENT_KINDS, embeddedDataset } from '../src/data/index.js';

interface Args {
  actors: string;
  kinds: string;
  themes: string;
  sources: string;
  query: string;
  from: string;
  to: string;
  layout: 'auto' | 'axis' | 'list';
}

const meta: Meta<Args> = {
  title: 'Widgets/Timeline',
  component: 'steppe-timeline',
  args: { actors: '', kinds: '', themes: '', sources: '', query: '', from: '', to: '', layout: 'auto' },
  argTypes: {
    kinds: { control: 'select', options: ['', ...EVENT_KINDS] },
    sources: { control: 'select', options: ['', ...embeddedDataset.sources.map((s) => s.id)] },
    layout: { control: 'inline-radio', options: ['auto', 'axis', 'list'] },
  },
  render: (a) => html`<steppe-timeline actors=${a.actors} kinds=${a.kinds} themes=${a.themes} sources=${a.sources}
    query=${a.query} from=${a.from} to=${a.to} layout=${a.layout}></steppe-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

/** All events of the five texts. */
export const Playground: Story = {};

/** `actors="Nur-Sultan"`: an old name finds the renamed capital's events. */
export const FilteredByActor: Story = { args: { actors: 'Nur-Sultan' } };

/** `kinds="summit"` since 2010. */
export const FilteredByKind: Story = { args: { kinds: 'summit', from: '2010' } };

/** `sources="004"`: only what one document says. */
export const FilteredBySource: Story = { args: { sources: '004' } };

/** A narrow column: a list by year. */
export const Narrow: Story = { render: (a) => html`<div style="width:340px">${meta.render!(a, {} as never)}</div>` };

/** Dark colours through the public custom properties. */
export const Dark: Story = {
  render: (a) => html`<div style="background:#15181c;padding:1rem;--steppe-color-text:#ece9e2;--steppe-color-muted:#b5afa4;
      --steppe-color-background:#1f2328;--steppe-color-surface:#2a2f36;--steppe-color-border:#454b54;--steppe-accent:#6fd0c9">
    ${meta.render!(a, {} as never)}</div>`,
};

/** A filter that matches nothing. */
export const EmptyResult: Story = { args: { query: 'no such words anywhere' } };

/** A page's own data with a bad event: the dataset names it, the good events still show. */
export const InvalidData: Story = {
  render: () => html`<steppe-dataset>
    <script type="application/json">
      ${JSON.stringify({
        sources: [{ id: 'notes', title: 'Class notes', authors: [], kind: 'notes', sources: [{ doc: 'notes', excerpt: 'Class notes' }] }],
        events: [
          { id: 'ev-ok', title: 'A good event', date: { text: 'in 2015', start: '2015' }, kind: 'other', sources: [{ doc: 'notes', excerpt: 'in 2015' }] },
          { id: 'ev-bad', title: 'A bad date', date: { text: 'sometime', start: '20xx' }, kind: 'other', sources: [{ doc: 'notes', excerpt: 'sometime' }] },
        ],
      })}
    </script>
    <steppe-timeline></steppe-timeline>
  </steppe-dataset>`,
};

/** 10,000 synthetic events: only the rows in view are rendered. */
export const TenThousand: Story = {
  render: () => {
    const events = Array.from({ length: 10000 }, (_, i) => ({
      id: `ev-${i}`, title: `Synthetic event ${i}`, kind: 'other', themes: [], actors: [],
      date: { text: String(1990 + (i % 33)), start: String(1990 + (i % 33)) }, sources: [{ doc: 'synthetic', excerpt: 'generated' }],
    }));
    const data = { sources: [{ id: 'synthetic', title: 'Synthetic data', authors: [], kind: 'test', sources: [{ doc: 'synthetic', excerpt: 'generated' }] }], events };
    return html`<steppe-dataset .data=${data}><steppe-timeline layout="list"></steppe-timeline></steppe-dataset>`;
  },
};
