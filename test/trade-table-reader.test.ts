// The trade table as a reader meets it, on the embedded data: it opens on one comparison (a printed
// table of Russia's and China's shares of Central Asia's trade), its controls filter by measure,
// country, year, text and table and switch list and printed table; figures are grouped by what they
// measure; on a phone and at 640 px nothing is cut, the table scrolls inside its box with its label
// column in place, and cards can still be sorted.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SteppeTradeTable } from '../src/components/trade-table/trade-table.js';
import { figures } from '../src/data/collections/figures.js';
import { metricName } from '../src/lib/figure-options.js';
import { text, until } from './fixtures.js';

const root = (el: Element) => el.shadowRoot!;

async function table(width: number, attrs = ''): Promise<SteppeTradeTable> {
  const host = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  host.innerHTML = `<steppe-trade-table ${attrs}></steppe-trade-table>`;
  const el = host.querySelector('steppe-trade-table')!;
  await until(() => Boolean(root(el).querySelector('table, [part="cards"], .empty')), 'the figures');
  await el.updateComplete;
  return el;
}

/** Picks an option of the control labelled `label`, as a reader would. */
async function choose(el: SteppeTradeTable, label: string, optionText: RegExp): Promise<void> {
  const field = [...root(el).querySelectorAll('label.field')].find((l) => text(l).startsWith(label));
  const select = field?.querySelector('select');
  if (!select) throw new Error(`no select labelled ${label}`);
  // as a reader reaches it: its other options come after the first paint, or when it gets the focus
  select.focus();
  await el.updateComplete;
  const option = [...select.options].find((o) => optionText.test(o.text));
  if (!option) throw new Error(`no option ${optionText} in ${label}: ${[...select.options].map((o) => o.text).join(' | ')}`);
  select.value = option.value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const count = (el: Element) => text(root(el).querySelector('.count'));
const rowHeaders = (el: Element) => [...root(el).querySelectorAll('tbody tr[part~="row"] th')].map(text);

describe('<steppe-trade-table> that says something', () => {
  it('opens on one comparison: Central Asia’s trade with Russia and with China, as printed', async () => {
    const el = await table(1024);
    expect(text(root(el).querySelector('.table-caption'))).to.match(/^Table 5\. Central Asian Countries’ Trade with Russia and China/);
    expect(rowHeaders(el)).to.deep.equal(['Exports to Russia', 'Imports from Russia', 'Exports to China', 'Imports from China']);
    expect([...root(el).querySelectorAll('thead th')].map(text)).to.deep.equal(['2001', '2004', '2007', '2010', '2013', '2016', '2017', 'Trend']);
    expect(count(el)).to.equal(`Showing 28 of ${figures().length} figures`);
    const printed = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => text(r.parentElement).includes('Printed table'))!;
    expect(printed.checked).to.equal(true);
    expect(text(root(el).querySelector('.opening'))).to.contain('one comparison');
    // the author's page is not rewritten: no filter attribute appears until a reader chooses one
    expect(['table', 'pivot', 'metric'].filter((a) => el.getAttribute(a))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows every figure, grouped by what it measures, when the reader asks', async () => {
    const el = await table(1024);
    root(el).querySelector<HTMLButtonElement>('.opening button')!.click();
    await el.updateComplete;
    expect(el.getAttribute('default-view')).to.equal('all');
    expect(count(el)).to.equal(`Showing ${figures().length} of ${figures().length} figures`);
    expect(el.visibleFigures.length).to.equal(figures().length);
    // every measure's figures are together: a measure never comes back once another began
    const seen: string[] = [];
    for (const f of el.visibleFigures) if (seen.at(-1) !== f.metric) seen.push(f.metric);
    expect(new Set(seen).size).to.equal(seen.length);
    // and each group is headed by the measure's name
    const groups = [...root(el).querySelectorAll('tr.group th')].map(text);
    expect(groups[0]).to.equal(metricName(el.visibleFigures[0].metric));
    expect(groups.length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('filters by measure, year, country and text from its controls; every filter applies', async () => {
    const el = await table(1024);
    await choose(el, 'Measure', /^GDP \(/);
    expect(el.visibleFigures.length).to.be.greaterThan(5);
    expect(el.visibleFigures.every((f) => f.metric === 'gdp')).to.equal(true);
    // leaving the opening comparison for a measure shows that measure among all figures
    expect(el.table).to.equal('');
    await choose(el, 'Year', /^2016 /);
    expect(el.visibleFigures.every((f) => f.metric === 'gdp' && f.period!.start <= '2016' && (f.period!.end ?? f.period!.start) >= '2016')).to.equal(true);
    await choose(el, 'Country or body', /^Kazakhstan /);
    expect(el.visibleFigures.map((f) => f.id)).to.deep.equal(['fig-003-d-t2-kazakhstan-2016']);
    expect(count(el)).to.equal(`Showing 1 of ${figures().length} figures`);
    root(el).querySelector<HTMLButtonElement>('button.clear')!.click();
    await el.updateComplete;
    await choose(el, 'Text', /^Kembayev 2020 /);
    expect(el.visibleFigures.length).to.be.greaterThan(0);
    expect(el.visibleFigures.every((f) => f.sources.some((s) => s.doc.startsWith('001_')))).to.equal(true);
    expect(el.getAttribute('sources')).to.match(/^001_/);
    await expect(el).to.be.accessible();
  });

  it('gives a select every option as soon as a reader reaches it, before the browser is idle', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:1024px"></div>`);
    host.innerHTML = '<steppe-trade-table default-view="all"></steppe-trade-table>';
    const el = host.querySelector('steppe-trade-table')!;
    await el.updateComplete;
    const measure = () => [...root(el).querySelectorAll('label.field')].find((l) => text(l).startsWith('Measure'))!.querySelector('select')!;
    // the first render: the chosen option only (a closed select shows no other)
    expect(measure().options.length).to.equal(1);
    measure().focus();
    await el.updateComplete;
    expect(measure().options.length).to.be.greaterThan(10);
    expect(measure().value).to.equal('');
    expect(root(el).activeElement).to.equal(measure());
  });

  it('reaches the printed tables and the pivot from its controls', async () => {
    const el = await table(1024, 'default-view="all"');
    expect(root(el).querySelector('.opening')).to.equal(null);
    await choose(el, 'Printed table', /^Table 2\. GDP of Central Asian/);
    const radio = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => text(r.parentElement).includes('Printed table'))!;
    radio.click();
    await el.updateComplete;
    expect(el.pivot).to.equal(true);
    expect(text(root(el).querySelector('.table-caption'))).to.match(/^Table 2\. GDP of Central Asian Countries, Russia, and China/);
    expect(rowHeaders(el)).to.include('Kazakhstan');
  });

  it('keeps the keyboard focus in the widget when "Show all" goes away, on the select that changed', async () => {
    const el = await table(1024);
    const button = root(el).querySelector<HTMLButtonElement>('.opening button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !root(el).querySelector('.opening'), 'every figure');
    await el.updateComplete;
    const focused = root(el).activeElement as HTMLSelectElement | null;
    expect(focused?.localName, 'the focus is not lost to the page').to.equal('select');
    expect(text(focused!.closest('label'))).to.match(/^Printed table/);
    expect(focused!.selectedOptions[0].textContent!.trim()).to.equal('Any figure');
    // and the next Tab goes on through the controls, not from the top of the page
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLInputElement | null)?.type).to.equal('search');
  });

  it('keeps the opening comparison’s table when the reader switches it to a list', async () => {
    const el = await table(1024);
    const list = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => text(r.parentElement).includes('List'))!;
    list.click();
    await el.updateComplete;
    expect(el.pivot).to.equal(false);
    expect(el.getAttribute('table')).to.equal('003-ch8-table-5');
    expect(el.visibleFigures.length).to.equal(28);
    expect(root(el).querySelectorAll('tbody tr[part~="row"]').length).to.equal(28);
  });

  it('filters by a text named as readers cite it', async () => {
    const el = await table(1024, 'sources="Mosher 2022"');
    expect(el.visibleFigures.length).to.be.greaterThan(0);
    expect(el.visibleFigures.every((f) => f.sources.some((s) => s.doc.startsWith('002_')))).to.equal(true);
    const select = [...root(el).querySelectorAll('label.field')].find((l) => text(l).startsWith('Text'))!.querySelector('select')!;
    expect(select.selectedOptions[0].text).to.match(/^Mosher 2022 \(/);
  });
});

describe('<steppe-trade-table> on a phone and at 640 px', () => {
  /** Nothing of the widget reaches outside its box, except inside a box that scrolls. */
  function assertInside(el: SteppeTradeTable): void {
    const box = el.getBoundingClientRect();
    const scrollers = [...root(el).querySelectorAll('.table-wrap')];
    for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
      if (scrollers.some((s) => s.contains(node) && s !== node)) continue;
      const r = node.getBoundingClientRect();
      if (!r.width || node.classList.contains('visually-hidden')) continue;
      expect(r.left, `${node.tagName}.${node.className} left`).to.be.at.least(box.left - 1);
      expect(r.right, `${node.tagName}.${node.className} “${text(node).slice(0, 40)}” right`).to.be.at.most(box.right + 1);
    }
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  }

  for (const width of [390, 640]) {
    it(`at ${width} px scrolls the printed table inside its box with the row labels in place, nothing cut`, async () => {
      const el = await table(width);
      assertInside(el);
      const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
      const label = root(el).querySelector<HTMLElement>('tbody th')!;
      // no cell's text is cut inside its cell
      for (const cell of root(el).querySelectorAll<HTMLElement>('tbody th, tbody td')) expect(cell.scrollWidth).to.be.at.most(cell.clientWidth + 1);
      wrap.scrollLeft = wrap.scrollWidth;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const w = wrap.getBoundingClientRect();
      expect(label.getBoundingClientRect().left).to.be.closeTo(w.left, 2);
      const last = root(el).querySelector<HTMLElement>('tbody tr td:last-child')!.getBoundingClientRect();
      expect(last.right).to.be.at.most(w.right + 1);
      await expect(el).to.be.accessible();
    });
  }

  it('at 640 px lays every figure out as a table that scrolls inside its box, its label column in place', async () => {
    const el = await table(640, 'default-view="all"');
    expect(root(el).querySelector('table')).to.not.equal(null);
    assertInside(el);
    const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
    for (const cell of root(el).querySelectorAll<HTMLElement>('tbody td.value')) expect(cell.scrollWidth).to.be.at.most(cell.clientWidth + 1);
    wrap.scrollLeft = wrap.scrollWidth;
    await new Promise((r) => requestAnimationFrame(r));
    const label = root(el).querySelector<HTMLElement>('tbody tr[part~="row"] th')!;
    expect(label.getBoundingClientRect().left).to.be.closeTo(wrap.getBoundingClientRect().left, 2);
  });

  it('at 390 px shows cards that can be sorted and filtered, nothing cut', async () => {
    const el = await table(390, 'default-view="all"');
    expect(root(el).querySelector('[part="cards"]')).to.not.equal(null);
    assertInside(el);
    await choose(el, 'Sort by', /^Value, largest first/);
    expect(el.sortBy).to.equal('value');
    expect(el.sortDirection).to.equal('descending');
    await choose(el, 'Measure', /^Trade share \(/);
    const values = el.visibleFigures.filter((f) => !f.caveat).map((f) => f.value);
    expect(values.length).to.be.greaterThan(10);
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    expect(text(root(el).querySelector('.card-label'))).to.equal(el.visibleFigures[0].label);
    assertInside(el);
    await expect(el).to.be.accessible();
  });
});
