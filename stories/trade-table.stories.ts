import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/index.js';
import { embeddedDataset } from '../src/data/index.js';
import { darkByProperties, darkPage, findInside, notesSource, widget } from './shared.js';

interface Args {
  metric: string;
  table: string;
  countries: string;
  period: string;
  query: string;
  sources: string;
  defaultView: 'comparison' | 'all';
  pivot: boolean;
  sortBy: '' | 'label' | 'actors' | 'period' | 'value' | 'unit' | 'source';
  sortDirection: 'ascending' | 'descending';
  heading: string;
  note: string;
  pageSize: number;
  layout: 'auto' | 'table' | 'cards';
}

const tables = [...new Map(embeddedDataset.figures.filter((f) => f.table).map((f) => [f.table!.id, f.table!.caption])).entries()];

const meta: Meta<Args> = {
  title: 'Widgets/Trade table',
  component: 'steppe-trade-table',
  args: { metric: '', table: '', countries: '', period: '', query: '', sources: '', defaultView: 'comparison', pivot: false, sortBy: '', sortDirection: 'ascending', heading: '', note: '', pageSize: 50, layout: 'auto' },
  argTypes: {
    table: { control: 'select', options: ['', ...tables.map(([id]) => id)] },
    sortBy: { name: 'sort-by', control: 'select', options: ['', 'label', 'actors', 'period', 'value', 'unit', 'source'] },
    sortDirection: { name: 'sort-direction', control: 'inline-radio', options: ['ascending', 'descending'] },
    pageSize: { name: 'page-size', control: { type: 'number', min: 1 } },
    layout: { control: 'inline-radio', options: ['auto', 'table', 'cards'] },
    defaultView: { name: 'default-view', control: 'inline-radio', options: ['comparison', 'all'] },
  },
  render: (a) => html`<steppe-trade-table metric=${a.metric} table=${a.table} countries=${a.countries} period=${a.period}
    query=${a.query} sources=${a.sources} default-view=${a.defaultView} ?pivot=${a.pivot} sort-by=${a.sortBy} sort-direction=${a.sortDirection} heading=${a.heading || nothing}
    note=${a.note} page-size=${a.pageSize} layout=${a.layout}></steppe-trade-table>`,
};
export default meta;
type Story = StoryObj<Args>;
const render = meta.render!;

/** What a page gets with no attribute: one comparison (Table 5 of the edited volume, as printed), with the controls to leave it. */
export const OpeningComparison: Story = {};

/** Every figure of the five texts, grouped by what it measures. */
export const AllFigures: Story = { args: { defaultView: 'all' } };

/** Only what one text gives, named as readers cite it. */
export const OneText: Story = { args: { sources: 'Kembayev 2020', defaultView: 'all' } };

/** "Table 5" of the edited volume, in its printed rows × columns, with sparklines. */
export const Pivot: Story = { args: { table: 'Table 5. Central Asian', pivot: true } };

/** Each statistical table of the edited volume, pivoted back into its printed shape. */
export const EachTablePivoted: Story = {
  render: () => html`<div style="display:grid;gap:1.5rem">
    ${tables.map(([id, caption]) => html`<steppe-trade-table table=${id} pivot heading=${caption}></steppe-trade-table>`)}
  </div>`,
};

/** Figures outside a statistical table, pivoted: one row per series, one column per period. */
export const PivotSeries: Story = { args: { countries: 'Kazakhstan', metric: 'gdp, population', pivot: true } };

/** `countries="Kazakhstan"` and trade metrics, sorted by period. */
export const Filtered: Story = { args: { countries: 'Kazakhstan', metric: 'trade-turnover, exports, imports', sortBy: 'period' } };

/** `period="2000-2010"`: figures whose period overlaps the span. */
export const FilteredByPeriod: Story = { args: { period: '2000-2010', metric: 'trade-turnover' } };

/** `sort-by="value" sort-direction="descending"`, with a heading and a note of one's own. */
export const SortedWithNote: Story = {
  args: { metric: 'loan', sortBy: 'value', sortDirection: 'descending', heading: 'Loans in the texts', note: 'Largest first; every figure opens its source.' },
};

/** `page-size="10"`: pages of ten rows with Previous/Next. */
export const Paged: Story = { args: { pageSize: 10, defaultView: 'all' } };

/** Values the text itself makes doubtful (a “trillion” its own figures rule out, no scale word): ⚠ with the caveat, sorted after the others, no bar. */
export const CaveatedValues: Story = { args: { metric: 'fdi', sortBy: 'value', sortDirection: 'descending', layout: 'table' } };

/** A figure the texts give differently, its source opened: "Sources disagree" with both. */
export const DisputedFigureOpen: Story = {
  args: { query: 'Turkmenistan 2016', layout: 'table' },
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'steppe-trade-table');
    await findInside(el, 'tr[part~="row"]');
    const row = [...el.shadowRoot!.querySelectorAll('tr[part~="row"]')].find((r) => r.textContent?.includes('⚠'));
    row?.querySelector<HTMLElement>('button.cite')?.click();
    await el.updateComplete;
  },
};

/** A filter that matches nothing. */
export const EmptyResult: Story = { args: { query: 'no such words anywhere' } };

/** `layout="cards"`: stacked cards at any width. */
export const CardsLayout: Story = { args: { layout: 'cards', countries: 'Kazakhstan', metric: 'gdp' } };

/** A narrow column: stacked cards. */
export const Narrow: Story = { render: (a) => html`<div style="width:340px">${render({ ...a, countries: 'China' }, {} as never)}</div>` };

/** `theme="dark"` on a dark page, with negative values (hatched bars). */
export const ThemeDark: Story = {
  render: () => darkPage(html`<steppe-trade-table theme="dark" table="003-ch8-table-3" pivot></steppe-trade-table>
    <steppe-trade-table theme="dark" metric="gdp-growth" heading="Growth, negative values included"></steppe-trade-table>`),
};

/** Dark colours through the public custom properties. */
export const Dark: Story = { render: (a) => darkByProperties(render({ ...a, table: '003-ch8-table-2', pivot: true }, {} as never)) };

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
        sources: [notesSource],
        figures: [
          { id: 'f-ok', metric: 'exports', label: 'Exports', value: 12.5, unit: '%', sources: [{ doc: 'notes', excerpt: '12.5 percent' }] },
          { id: 'f-bad', metric: 'exports', label: 'Imports', value: 'a lot', sources: [{ doc: 'notes', excerpt: 'a lot' }] },
        ],
      })}
    </script>
    <steppe-trade-table></steppe-trade-table>
  </steppe-dataset>`,
};
