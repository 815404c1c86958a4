import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { embeddedDataset } from '../src/data/index.js';

interface Args {
  metric: string;
  table: string;
  countries: string;
  period: string;
  query: string;
  pivot: boolean;
}

const tables = [...new Map(embeddedDataset.figures.filter((f) => f.table).map((f) => [f.table!.id, f.table!.caption])).entries()];

const meta: Meta<Args> = {
  title: 'Widgets/Trade table',
  component: 'steppe-trade-table',
  args: { metric: '', table: '', countries: '', period: '', query: '', pivot: false },
  argTypes: { table: { control: 'select', options: ['', ...tables.map(([id]) => id)] } },
  render: (a) => html`<steppe-trade-table metric=${a.metric} table=${a.table} countries=${a.countries} period=${a.period}
    query=${a.query} ?pivot=${a.pivot}></steppe-trade-table>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every figure of the five texts. */
export const AllFigures: Story = {};

/** Each statistical table of the edited volume, pivoted back into its printed shape. */
export const EachTablePivoted: Story = {
  render: () => html`<div style="display:grid;gap:1.5rem">
    ${tables.map(([id, caption]) => html`<steppe-trade-table table=${id} pivot heading=${caption}></steppe-trade-table>`)}
  </div>`,
};

/** `countries="Kazakhstan"` and trade metrics, sorted by period. */
export const Filtered: Story = { args: { countries: 'Kazakhstan', metric: 'trade-turnover, exports, imports' } };

/** A narrow column: stacked cards. */
export const Narrow: Story = { render: (a) => html`<div style="width:340px">${meta.render!({ ...a, countries: 'China' }, {} as never)}</div>` };

/** Dark colours through the public custom properties. */
export const Dark: Story = {
  render: (a) => html`<div style="background:#15181c;padding:1rem;--steppe-color-text:#ece9e2;--steppe-color-muted:#b5afa4;
      --steppe-color-background:#1f2328;--steppe-color-surface:#2a2f36;--steppe-color-border:#454b54;--steppe-accent:#6fd0c9">
    ${meta.render!({ ...a, table: '003-ch8-table-2', pivot: true }, {} as never)}</div>`,
};

/** 10,000 synthetic rows: one page of 50 in the DOM. */
export const TenThousand: Story = {
  render: () => {
    const src = { id: 'synthetic', title: 'Synthetic', authors: [], kind: 'test', sources: [{ doc: 'synthetic', excerpt: 'generated' }] };
    const figures = Array.from({ length: 10000 }, (_, i) => ({ id: `f-${i}`, metric: 'other', label: `Figure ${i}`, value: (i * 7919) % 10007, unit: 'units', sources: [{ doc: 'synthetic', excerpt: 'generated' }] }));
    return html`<steppe-dataset .data=${{ sources: [src], figures }}><steppe-trade-table sort-by="value" sort-direction="descending"></steppe-trade-table></steppe-dataset>`;
  },
};

/** A page's own data with a bad figure (no unit): the dataset names it; the table shows the rest. */
export const InvalidData: Story = {
  render: () => html`<steppe-dataset>
    <script type="application/json">
      ${JSON.stringify({
        sources: [{ id: 'notes', title: 'Class notes', authors: [], kind: 'notes', sources: [{ doc: 'notes', excerpt: 'Class notes' }] }],
        figures: [
          { id: 'f-ok', metric: 'exports', label: 'Exports', value: 12.5, unit: '%', sources: [{ doc: 'notes', excerpt: '12.5 percent' }] },
          { id: 'f-bad', metric: 'exports', label: 'Imports', value: 'a lot', sources: [{ doc: 'notes', excerpt: 'a lot' }] },
        ],
      })}
    </script>
    <steppe-trade-table></steppe-trade-table>
  </steppe-dataset>`,
};
