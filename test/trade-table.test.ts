import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parse } from 'csv-parse/browser/esm/sync';
import '../src/index.js';
import { embeddedDataset, excerptsReady } from '../src/data/index.js';
import type { SteppeDataset } from '../src/components/dataset/dataset.js';
import type { SteppeTradeTable } from '../src/components/trade-table/trade-table.js';
import { DOC_A, DOC_B, smallDataset, text, until } from './fixtures.js';

// The embedded excerpts load after a widget's first render (src/data/excerpts.ts); these tests
// read them, so every test starts once they are there (test/lazy-excerpts.test.ts tests the wait).
before(() => excerptsReady());

const root = (el: Element) => el.shadowRoot!;
const cite = (doc: string, excerpt: string) => [{ doc, excerpt }];
const T = { id: '003-t5', caption: 'Table 5. Trade shares (%)', source: 'Source: UN COMTRADE' };
const data = () => ({
  ...smallDataset(),
  places: [
    { id: 'place-kaz', name: 'Kazakhstan', kind: 'country', aliases: ['KZ'], sources: cite(DOC_A, 'Kazakhstan') },
    { id: 'place-chn', name: 'China', kind: 'country', aliases: ['PRC'], sources: cite(DOC_A, 'China') },
    { id: 'place-rus', name: 'Russia', kind: 'country', aliases: [], sources: cite(DOC_A, 'Russia') },
  ],
  figures: [
    { id: 'f-trade-2013', metric: 'trade-turnover', label: 'China-Kazakhstan trade', value: 22.5, scale: 'billion', unit: 'USD', period: { text: 'in 2013', start: '2013' }, from: 'place-chn', to: 'place-kaz', sources: cite(DOC_A, 'trade reached $22.5 billion in 2013') },
    { id: 'f-trade-2000', metric: 'trade-turnover', label: 'China-Kazakhstan trade', value: 1.5, scale: 'billion', unit: 'USD', period: { text: 'in 2000', start: '2000' }, from: 'place-chn', to: 'place-kaz', sources: cite(DOC_A, '$1.5 billion in 2000') },
    { id: 'f-exports', metric: 'exports', label: 'Chinese exports to Kazakhstan', value: 95291, scale: 'thousand', unit: 'USD', period: { text: '1996', start: '1996' }, from: 'place-chn', to: 'place-kaz', sources: cite(DOC_B, '95,291') },
    { id: 'f-growth', metric: 'gdp-growth', label: 'Russian GDP growth', value: -2.82, unit: '%', period: { text: 'in 2015', start: '2015' }, country: 'place-rus', sources: cite(DOC_B, 'shrinking by 2.82 percent') },
    { id: 'f-pop-a', metric: 'population', label: 'Population of Kazakhstan', value: 19, scale: 'million', unit: 'people', qualifier: 'about', country: 'place-kaz', claimOf: 'pop', conflictsWith: ['f-pop-b'], sources: cite(DOC_A, 'approximately nineteen million') },
    { id: 'f-pop-b', metric: 'population', label: 'Population of Kazakhstan', value: 18, scale: 'million', unit: 'people', country: 'place-kaz', claimOf: 'pop', conflictsWith: ['f-pop-a'], sources: cite(DOC_B, 'eighteen million') },
    ...[['2001', 20.8], ['2004', 15.4], ['2007', 10.6]].map(([y, v]) => ({ id: `f-t5-${y}`, metric: 'trade-share', label: `Exports to Russia, ${y}`, value: v, unit: '%', period: { text: String(y), start: String(y) }, country: 'place-kaz', table: { ...T, row: 'Exports to Russia', column: String(y) }, sources: cite(DOC_B, `Exports to Russia ${v}`) })),
  ],
});

async function table(tpl = html`<steppe-trade-table layout="table"></steppe-trade-table>`, d: unknown = data()) {
  const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${d}>${tpl}</steppe-dataset>`);
  const el = wrapper.querySelector('steppe-trade-table')! as SteppeTradeTable;
  await wrapper.validated; // a large dataset is checked in two passes
  await el.updateComplete;
  await until(() => Boolean(root(el).querySelector('table, [part="cards"], .empty')), 'table');
  return el;
}
const rowLabels = (el: Element) => [...root(el).querySelectorAll('tbody tr[part^="row"] th')].map(text);
const values = (el: Element) => [...root(el).querySelectorAll('tbody td.value .number')].map(text);

describe('<steppe-trade-table>', () => {
  it('shows every figure with unit-aware, localized values and a source per row', async () => {
    const el = await table();
    expect(text(root(el).querySelector('.count'))).to.equal('Showing 9 of 9 figures');
    const fmt = (n: number) => new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 6 }).format(n);
    expect(values(el)).to.include(`USD ${fmt(22.5)} billion`);
    expect(values(el)).to.include(`${fmt(-2.82)} %`);
    expect(values(el)).to.include(`about ${fmt(19)} million people`);
    expect([...root(el).querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['none', 'none', 'none', 'none', 'none', 'none']);
    // documents by their reader's reference: authors' surnames, or an unsigned text's title
    expect(text(root(el).querySelector('[part="source-line"]'))).to.contain('Author and Writer');
    const one = await table(html`<steppe-trade-table layout="table" table="Table 5"></steppe-trade-table>`);
    expect(text(root(one).querySelector('[part="source-line"]'))).to.match(/^Source: “Untitled Notes” \(unsigned\); the table’s own source: “UN COMTRADE”\. See each row\.$/);
    await expect(el).to.be.accessible();
  });

  it('shows each select\'s chosen option at once, and every option in reading order right after the first paint', async () => {
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${data()}>
      <steppe-trade-table layout="table" countries="China"></steppe-trade-table></steppe-dataset>`);
    const el = wrapper.querySelector('steppe-trade-table')! as SteppeTradeTable;
    await el.updateComplete;
    const select = (label: string) => [...root(el).querySelectorAll('label.field')].find((l) => l.textContent!.trim().startsWith(label))!.querySelector('select')!;
    const options = (label: string) => [...select(label).options].map((o) => o.textContent!.trim());
    // the first render: what a closed select shows is there
    expect(select('Country or body').selectedOptions[0].textContent!.trim()).to.equal('China (3)');
    expect(select('Measure').selectedOptions[0].textContent!.trim()).to.equal('Every measure');
    // the printed tables' select is there from the first render (nothing moves when the options come)
    expect(options('Printed table')).to.deep.equal(['Any figure']);
    await until(() => options('Measure').length > 1, 'every option');
    expect(options('Country or body')).to.deep.equal(['Any', 'China (3)', 'Kazakhstan (8)', 'Russia (1)']);
    expect(options('Measure')).to.deep.equal(['Every measure', 'Exports (1)', 'GDP growth (1)', 'Population (2)', 'Trade share (3)', 'Trade turnover (2)']);
    expect(select('Country or body').selectedOptions[0].textContent!.trim()).to.equal('China (3)');
  });

  it('sorts numerically by value (not as text), both ways, by keyboard', async () => {
    const el = await table(html`<steppe-trade-table layout="table" metric="trade-turnover, exports"></steppe-trade-table>`);
    const valueHeader = [...root(el).querySelectorAll<HTMLButtonElement>('[part="sort-button"]')].find((b) => text(b).startsWith('Value'))!;
    valueHeader.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // 22.5 billion > 1.5 billion > 95,291 thousand (95 million): lexical order would differ
    expect(rowLabels(el)).to.deep.equal(['China-Kazakhstan trade', 'China-Kazakhstan trade', 'Chinese exports to Kazakhstan']);
    expect(values(el)[0]).to.contain('22');
    expect(valueHeader.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(el.getAttribute('sort-by')).to.equal('value');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(valueHeader.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowLabels(el)[0]).to.equal('Chinese exports to Kazakhstan');
  });

  it('filters by metric, table, countries (any alias), period and free text, with a count', async () => {
    const cases: [ReturnType<typeof html>, number][] = [
      [html`<steppe-trade-table layout="table" metric="population"></steppe-trade-table>`, 2],
      [html`<steppe-trade-table layout="table" table="Table 5"></steppe-trade-table>`, 3],
      [html`<steppe-trade-table layout="table" countries="PRC"></steppe-trade-table>`, 3],
      [html`<steppe-trade-table layout="table" period="2000-2010"></steppe-trade-table>`, 4],
      [html`<steppe-trade-table layout="table" query="shrinking"></steppe-trade-table>`, 1],
    ];
    for (const [tpl, n] of cases) {
      const el = await table(tpl);
      expect(text(root(el).querySelector('.count'))).to.equal(`Showing ${n} of 9 figures`);
    }
  });

  it('scales bars per unit, with negative values left of the zero line', async () => {
    const d = data();
    // a second growth figure, so that the negative one has something to be compared with
    d.figures.push({ id: 'f-growth-2016', metric: 'gdp-growth', label: 'Russian GDP growth', value: 1.3, unit: '%', period: { text: 'in 2016', start: '2016' }, country: 'place-rus', sources: cite(DOC_B, 'growing by 1.3 percent') } as never);
    const el = await table(html`<steppe-trade-table layout="table" metric="trade-turnover, gdp-growth"></steppe-trade-table>`, d);
    const bars = [...root(el).querySelectorAll<HTMLElement>('.bar')];
    const widths = bars.map((b) => b.style.width);
    expect(widths.filter((w) => w === '50%')).to.have.length(2); // the largest of each unit fills its half
    const negative = root(el).querySelector<HTMLElement>('.bar.negative')!;
    expect(negative.style.right).to.equal('50%');
  });

  it('never gives a larger value a shorter bar than a smaller one in the same unit, whatever their measures', async () => {
    const d = data();
    // exports of USD 5 billion beside trade of USD 22.5 and 1.5 billion: one scale for the three
    d.figures.push({ id: 'f-exports-2013', metric: 'exports', label: 'Chinese exports to Kazakhstan', value: 5, scale: 'billion', unit: 'USD', period: { text: 'in 2013', start: '2013' }, from: 'place-chn', to: 'place-kaz', sources: cite(DOC_B, '$5 billion') } as never);
    const el = await table(html`<steppe-trade-table layout="table" metric="trade-turnover, exports"></steppe-trade-table>`, d);
    const rows = [...root(el).querySelectorAll('tbody tr[part^="row"]')].map((r) => ({
      value: text(r.querySelector('.number')),
      bar: r.querySelector<HTMLElement>('.bar')?.getBoundingClientRect().width ?? 0,
    }));
    const bar = (value: string) => rows.find((r) => r.value.replace(/\s/g, ' ').includes(value))!.bar;
    expect(bar('22.5 billion'), 'the largest fills its half').to.be.greaterThan(bar('5 billion'));
    expect(bar('5 billion'), 'exports of 5 billion, longer than trade of 1.5 billion').to.be.greaterThan(bar('1.5 billion'));
    expect(bar('1.5 billion')).to.be.greaterThan(bar('95,291 thousand'));
    expect(Math.round((bar('5 billion') / bar('22.5 billion')) * 100)).to.equal(22); // 5 / 22.5
  });

  it('opens a row’s citation: document, excerpt, and both claims where sources disagree', async () => {
    const el = await table(html`<steppe-trade-table layout="table" metric="population"></steppe-trade-table>`);
    const button = root(el).querySelector<HTMLButtonElement>('button.cite')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = root(el).querySelector('[part="detail"]')!;
    expect(text(detail.querySelector('[part="source-excerpt"]'))).to.match(/nineteen million|eighteen million/);
    expect(text(detail.querySelector('[part="disagreement"]'))).to.contain('Sources disagree');
    // the title (which takes the focus, with its ring) and the ✕ do not overlap
    const title = detail.querySelector<HTMLElement>('.detail-title')!;
    const close = detail.querySelector<HTMLElement>('.close')!.getBoundingClientRect();
    const ring = 4; // host-styles.ts: a 2 px ring, 2 px outside
    expect(title.getBoundingClientRect().right + ring, 'the title box and its ring end before the ✕').to.be.at.most(close.left + 0.5);
    await expect(el).to.be.accessible();
  });

  it('gives a table cell its caption, row, column and the table’s own source line', async () => {
    const el = await table(html`<steppe-trade-table layout="table" table="Table 5"></steppe-trade-table>`);
    root(el).querySelector<HTMLButtonElement>('button.cite')!.click();
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="detail"]'))).to.contain('From Table 5. Trade shares (%), row “Exports to Russia”, column “2001”. The table’s source: UN COMTRADE');
  });

  it('pivots a statistical table back into its printed shape, with a sparkline for 3+ periods', async () => {
    const el = await table(html`<steppe-trade-table table="Table 5" pivot></steppe-trade-table>`);
    const t = root(el).querySelector('table.pivot')!;
    expect(text(t.querySelector('caption'))).to.equal('Table 5. Trade shares (%)');
    expect([...t.querySelectorAll('thead th')].map(text)).to.deep.equal(['2001', '2004', '2007', 'Trend']);
    expect([...t.querySelectorAll('tbody th')].map(text)).to.deep.equal(['Exports to Russia']);
    expect(t.querySelectorAll('[part="sparkline"]')).to.have.length(1);
    // each year stands over its values: the header's text ends where the value's does
    const textRight = (node: Element) => { const r = document.createRange(); r.selectNodeContents(node); return r.getBoundingClientRect().right; };
    const year = t.querySelector('thead th[scope="col"]')!;
    const value = t.querySelector('tbody td.value .cell-button')!;
    expect(Math.abs(textRight(year) - textRight(value)), 'the 2001 header over its value').to.be.at.most(12);
    await expect(el).to.be.accessible();
  });

  it('leaves a doubtful value out of a row\'s trend line, the others at their columns\' places', async () => {
    const d = data();
    d.figures.push({ id: 'f-t5-2010', metric: 'trade-share', label: 'Exports to Russia, 2010', value: 67.2, unit: '%', caveat: 'The text\'s own figures rule this value out.', period: { text: '2010', start: '2010' }, country: 'place-kaz', table: { ...T, row: 'Exports to Russia', column: '2010' }, sources: cite(DOC_B, 'Exports to Russia 67.2') } as never);
    d.figures.push({ id: 'f-t5-2013', metric: 'trade-share', label: 'Exports to Russia, 2013', value: 9.1, unit: '%', period: { text: '2013', start: '2013' }, country: 'place-kaz', table: { ...T, row: 'Exports to Russia', column: '2013' }, sources: cite(DOC_B, 'Exports to Russia 9.1') } as never);
    const el = await table(html`<steppe-trade-table table="Table 5" pivot></steppe-trade-table>`, d);
    const t = root(el).querySelector('table.pivot')!;
    expect([...t.querySelectorAll('thead th')].map(text)).to.deep.equal(['2001', '2004', '2007', '2010', '2013', 'Trend']);
    expect(text(t.querySelectorAll('tbody td')[3])).to.contain('67.2'); // shown, with its caveat
    const points = t.querySelector('[part="sparkline"] polyline')!.getAttribute('points')!.split(' ').map((p) => p.split(',').map(Number));
    // 2001, 2004, 2007 and 2013 at their columns (0, 15, 30, 60 of 60); not 2010's 67.2 %
    expect(points.map(([x]) => x)).to.deep.equal([0, 15, 30, 60]);
    // the line spans the values drawn: 20.8 at the top, 9.1 at the bottom
    expect(points[0][1]).to.equal(2);
    expect(points[3][1]).to.equal(18);
  });

  it('keeps both claims of a disputed cell, and a table’s printed column order whatever the sort', async () => {
    const d = data();
    d.figures.push({ id: 'f-t5-2004b', metric: 'trade-share', label: 'Exports to Russia, 2004', value: 16.1, unit: '%', period: { text: '2004', start: '2004' }, country: 'place-kaz', table: { ...T, row: 'Exports to Russia', column: '2004' }, conflictsWith: [], sources: cite(DOC_A, 'Exports to Russia 16.1') } as never);
    const el = await table(html`<steppe-trade-table table="Table 5" pivot sort-by="value" sort-direction="ascending"></steppe-trade-table>`, d);
    const t = root(el).querySelector('table.pivot')!;
    expect([...t.querySelectorAll('thead th')].map(text)).to.deep.equal(['2001', '2004', '2007', 'Trend']);
    expect(t.querySelectorAll('tbody td')[1].querySelectorAll('button')).to.have.length(2);
  });

  it('matches "Table 1" to Table 1 only, not to Table 10', async () => {
    const d = data();
    const cell = (id: string, caption: string) => ({ id, metric: 'other', label: id, value: 1, unit: 'x', table: { id, caption, row: 'r', column: 'c' }, sources: cite(DOC_A, 'x') });
    d.figures = [cell('t1', 'Table 1. Population'), cell('t10', 'Table 10. Debt')] as never;
    const el = await table(html`<steppe-trade-table layout="table" table="Table 1"></steppe-trade-table>`, d);
    expect(rowLabels(el)).to.deep.equal(['t1']);
  });

  it('defuses spreadsheet formulas in text fields of the CSV but keeps negative numbers', async () => {
    const d = data();
    d.figures[3].label = '=HYPERLINK("http://evil","x")';
    d.figures[3].sources[0].excerpt = '@SUM(1+1)';
    const el = await table(html`<steppe-trade-table layout="table" metric="gdp-growth"></steppe-trade-table>`, d);
    const [row] = parse(el.csv('shown').slice(1), { columns: true }) as Record<string, string>[];
    expect(row.label).to.equal(`'=HYPERLINK("http://evil","x")`);
    expect(row.source_1_excerpt).to.equal(`'@SUM(1+1)`);
    expect(row.value).to.equal('-2.82');
  });

  it('falls back to 50 rows for a page-size that is not a whole number of at least 1, and keeps focus in the pager', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `f-${i}`, metric: 'other', label: `Figure ${i}`, value: i, unit: 'units', sources: cite(DOC_A, 'x') }));
    for (const size of ['0', '-3', 'abc']) {
      const el = await table(html`<steppe-trade-table layout="table" page-size=${size}></steppe-trade-table>`, { ...data(), figures: many });
      expect(root(el).querySelectorAll('tbody tr[part~="row"]'), size).to.have.length(50);
    }
    const el = await table(html`<steppe-trade-table layout="table"></steppe-trade-table>`, { ...data(), figures: many });
    const next = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part="pager"] button')][1];
    next().focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await until(() => text(root(el).querySelector('[part="pager"]')).includes('Page 3 of 3'), 'last page');
    expect(root(el).activeElement?.textContent).to.equal('Previous');
  });

  it('moves focus into an opened citation and back with Escape', async () => {
    const el = await table(html`<steppe-trade-table layout="table" metric="population"></steppe-trade-table>`);
    const button = root(el).querySelector<HTMLButtonElement>('button.cite')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).activeElement?.classList.contains('detail-title') ?? false, 'focus in the detail');
    await sendKeys({ press: 'Escape' });
    await until(() => root(el).activeElement === button, 'focus back on the button');
  });

  it('downloads CSV that parses back with every value and its citation', async () => {
    const el = await table(html`<steppe-trade-table layout="table" metric="trade-turnover"></steppe-trade-table>`);
    const csv = el.csv('shown');
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).to.deep.equal(['f-trade-2013', 'f-trade-2000']);
    expect(rows[0].value).to.equal('22.5');
    expect(rows[0].scale).to.equal('billion');
    expect(rows[0].from).to.equal('China');
    // the document as a reader cites it, never its file name
    expect(rows[0].source_1_document).to.equal('Ada Author and Ben Writer. A Study of Steppe Diplomacy. Journal of Tests 1(1).');
    expect(rows[0].texts_reporting).to.equal('1');
    expect(rows[0].source_1_excerpt).to.equal('trade reached $22.5 billion in 2013');
    const all = parse(el.csv('all').slice(1), { columns: true, relax_column_count: true }) as Record<string, string>[];
    expect(all).to.have.length(9);
  });

  it('clicks a real download link with a file name that says what it holds', async () => {
    const el = await table(html`<steppe-trade-table layout="table" table="Table 5"></steppe-trade-table>`);
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { names.push(this.download); };
    try {
      for (const b of root(el).querySelectorAll<HTMLButtonElement>('.downloads button')) b.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['steppe-table-5-shown-rows.csv', 'steppe-table-5-all-rows.csv', 'steppe-table-5-shown-rows.json']);
  });

  it('names the view in the file name: metric, countries, years and search', async () => {
    const el = await table(html`<steppe-trade-table layout="table" metric="trade-turnover" countries="Kazakhstan" period="2000-2013" query="trade"></steppe-trade-table>`);
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { names.push(this.download); };
    try {
      root(el).querySelector<HTMLButtonElement>('.downloads button')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['steppe-figures-trade-turnover-kazakhstan-2000-2013-trade-shown-rows.csv']);
    const rows = parse(el.csv('shown').slice(1), { columns: true }) as Record<string, string>[];
    expect(rows[0].source_1_title).to.equal('A Study of Steppe Diplomacy');
    expect(rows[0].source_1_authors).to.equal('Ada Author; Ben Writer');
    expect(Object.keys(rows[0])).to.include.members(['source_1_year', 'source_1_note', 'caveat']);
  });

  it('opens a value’s excerpt and its document’s reference in one click', async () => {
    const el = await table(html`<steppe-trade-table layout="table" metric="trade-turnover"></steppe-trade-table>`);
    root(el).querySelector<HTMLButtonElement>('button.cite')!.click();
    await el.updateComplete;
    const excerpt = root(el).querySelector<HTMLElement>('[part="detail"] [part="source-excerpt"]')!;
    expect(excerpt.checkVisibility()).to.equal(true);
    expect(text(root(el).querySelector('[part="detail"] [part="source-title"]'))).to.contain('Ada Author and Ben Writer');
  });

  it('draws no bar for a value alone in its unit', async () => {
    const el = await table(html`<steppe-trade-table layout="table" metric="exports, gdp-growth, population"></steppe-trade-table>`);
    const rowOf = (label: string) => [...root(el).querySelectorAll('tbody tr[part^="row"]')].find((r) => text(r.querySelector('th')).startsWith(label))!;
    expect(rowOf('Chinese exports to Kazakhstan').querySelector('[part="bar"]'), 'the only value in USD').to.equal(null);
    expect(rowOf('Russian GDP growth').querySelector('[part="bar"]'), 'the only value in %').to.equal(null);
    expect(rowOf('Population of Kazakhstan').querySelector('[part="bar"]'), 'two values in people compare').to.not.equal(null);
  });

  it('stacks rows into cards in a narrow container without losing any value', async () => {
    const el = await table(html`<div style="width:360px"><steppe-trade-table metric="population"></steppe-trade-table></div>`);
    await until(() => Boolean(root(el).querySelector('[part="cards"]')), 'cards');
    const cards = [...root(el).querySelectorAll('.card')].map(text);
    expect(cards).to.have.length(2);
    expect(cards[0]).to.contain('Kazakhstan');
    expect(cards[0]).to.match(/million people/);
    await expect(el).to.be.accessible();
  });

  it('renders once shown when created hidden', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="display:none;width:900px"><steppe-dataset .data=${data()}><steppe-trade-table></steppe-trade-table></steppe-dataset></div>`);
    const el = host.querySelector('steppe-trade-table')!;
    await el.updateComplete;
    expect(root(el).querySelector('table')).to.equal(null);
    host.style.display = 'block';
    await until(() => Boolean(root(el).querySelector('table')), 'table after showing');
  });

  it('pages through 10,000 rows with only one page in the DOM', async () => {
    const many = Array.from({ length: 10000 }, (_, i) => ({ id: `f-${i}`, metric: 'other', label: `Figure ${i}`, value: i, unit: 'units', sources: cite(DOC_A, 'x') }));
    const el = await table(html`<steppe-trade-table layout="table" sort-by="value" sort-direction="descending"></steppe-trade-table>`, { ...data(), figures: many });
    expect(root(el).querySelectorAll('tbody tr[part~="row"]')).to.have.length(50);
    expect(text(root(el).querySelector('[part="pager"]'))).to.contain('Page 1 of 200');
    expect(rowLabels(el)[0]).to.equal('Figure 9999');
  });

  it('filters a sibling timeline by a country selected in a row', async () => {
    const d = { ...data(), events: [
      { id: 'ev-c', title: 'China event', date: { text: '2001', start: '2001' }, kind: 'other', themes: [], actors: ['place-chn'], sources: cite(DOC_A, 'x') },
      { id: 'ev-r', title: 'Russia event', date: { text: '2002', start: '2002' }, kind: 'other', themes: [], actors: ['place-rus'], sources: cite(DOC_A, 'y') },
    ] };
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${d}><steppe-trade-table layout="table" metric="gdp-growth"></steppe-trade-table><steppe-timeline layout="list"></steppe-timeline></steppe-dataset>`);
    const el = wrapper.querySelector('steppe-trade-table')!;
    const tl = wrapper.querySelector('steppe-timeline')!;
    await until(() => Boolean(root(el).querySelector('table')) && root(tl).querySelectorAll('button.event').length === 2, 'both');
    root(el).querySelector<HTMLButtonElement>('button.actor')!.click();
    await until(() => root(tl).querySelectorAll('button.event').length === 1, 'timeline filtered');
    expect(text(root(tl).querySelector('button.event .title'))).to.equal('Russia event');
  });

  it('shows the embedded figures and passes axe', async () => {
    const el = await fixture<SteppeTradeTable>(html`<steppe-trade-table layout="table" table="003-ch8-table-5" pivot></steppe-trade-table>`);
    await until(() => Boolean(root(el).querySelector('table')), 'table');
    const n = embeddedDataset.figures.filter((f) => f.table?.id === '003-ch8-table-5').length;
    expect(n).to.be.greaterThan(10);
    expect(text(root(el).querySelector('.count'))).to.contain(`Showing ${n} of`);
    await expect(el).to.be.accessible();
  });
});
