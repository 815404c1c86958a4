import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SteppeDataset } from '../src/components/dataset/dataset.js';
import type { SteppeMembershipMatrix } from '../src/components/membership-matrix/membership-matrix.js';
import { captureConsole, DOC_A, DOC_B, smallDataset, text, until } from './fixtures.js';
import { excerptsReady } from '../src/data/excerpts.js';

// The embedded excerpts load after a widget's first render (src/data/excerpts.ts); these tests
// read them, so every test starts once they are there (test/lazy-excerpts.test.ts tests the wait).
before(() => excerptsReady());

const root = (el: Element) => el.shadowRoot!;

const cite = (doc: string, excerpt: string) => [{ doc, excerpt }];
const data = () => ({
  ...smallDataset(),
  organizations: [
    { id: 'org-union', name: 'Steppe Union', aliases: ['SU', 'Union of the Steppe'], founded: { text: 'in 2001', start: '2001' }, seat: 'Astana', purpose: 'to trade', sources: cite(DOC_A, 'the Steppe Union (SU)') },
    { id: 'org-pact', name: 'Security Pact', aliases: ['SP'], sources: cite(DOC_B, 'the Security Pact') },
  ],
  places: [
    { id: 'place-kaz', name: 'Kazakhstan', kind: 'country', aliases: [], sources: cite(DOC_A, 'Kazakhstan') },
    { id: 'place-uzb', name: 'Uzbekistan', kind: 'country', aliases: [], sources: cite(DOC_A, 'Uzbekistan') },
    { id: 'place-arm', name: 'Armenia', kind: 'country', aliases: [], sources: cite(DOC_A, 'Armenia') },
  ],
  memberships: [
    { id: 'm1', org: 'org-union', country: 'place-kaz', status: 'founding-member', since: { text: 'in 2001', start: '2001' }, sources: cite(DOC_A, 'Kazakhstan founded the Union in 2001') },
    { id: 'm2', org: 'org-union', country: 'place-uzb', status: 'member', since: { text: 'in 2006', start: '2006' }, until: { text: 'in 2008', start: '2008' }, sources: cite(DOC_A, 'Uzbekistan was a member from 2006 until 2008') },
    { id: 'm3', org: 'org-pact', country: 'place-kaz', status: 'member', sources: cite(DOC_B, 'Kazakhstan is in the Pact') },
    { id: 'm4', org: 'org-pact', country: 'place-uzb', status: 'withdrawn', since: { text: 'in June 2012', start: '2012-06' }, sources: cite(DOC_B, 'Uzbekistan withdrew in June 2012') },
    { id: 'm5a', org: 'org-union', country: 'place-arm', status: 'member', since: { text: 'in 2014', start: '2014' }, conflictsWith: ['m5b'], sources: cite(DOC_A, 'Armenia joined in 2014') },
    { id: 'm5b', org: 'org-union', country: 'place-arm', status: 'member', since: { text: 'in 2015', start: '2015' }, conflictsWith: ['m5a'], sources: cite(DOC_B, 'Armenia joined in 2015') },
    { id: 'm6', org: 'org-pact', country: 'place-arm', status: 'observer', since: { text: 'in 2010', start: '2010' }, sources: cite(DOC_B, 'Armenia observes since 2010') },
  ],
});

async function matrix(tpl = html`<steppe-membership-matrix layout="table" orgs="org-union, org-pact" countries="Kazakhstan, Uzbekistan, Armenia"></steppe-membership-matrix>`) {
  const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${data()}>${tpl}</steppe-dataset>`);
  const el = wrapper.querySelector('steppe-membership-matrix')!;
  await until(() => Boolean(root(el).querySelector('table, [part="list"], .empty')), 'matrix');
  return el as SteppeMembershipMatrix;
}
const cell = (el: Element, r: number, c: number) => root(el).querySelector<HTMLElement>(`td[data-r="${r}"][data-c="${c}"]`)!;
/** What a screen reader hears for a cell (its visually hidden sentence). */
const label = (el: Element, r: number, c: number) => text(cell(el, r, c).querySelector('.visually-hidden'));

describe('<steppe-membership-matrix>', () => {
  it('is a real table: caption, column and row headers with scope, status in words and marks', async () => {
    const el = await matrix();
    const table = root(el).querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Who belongs to what, latest status the texts give');
    expect([...table.querySelectorAll('thead th[scope="col"]')].map(text)).to.deep.equal(['Kazakhstan', 'Uzbekistan', 'Armenia']);
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map(text)).to.deep.equal(['Steppe Union (SU)', 'Security Pact (SP)']);
    expect(text(cell(el, 1, 1).querySelector('[aria-hidden="true"]'))).to.equal('★Founder2001');
    expect(label(el, 1, 1)).to.equal('Kazakhstan in Steppe Union: founding member, since 2001');
    expect(label(el, 1, 2)).to.equal('Uzbekistan in Steppe Union: former member, since 2006, until 2008');
    expect(label(el, 2, 1)).to.equal('Kazakhstan in Security Pact: member, date not given');
    expect(label(el, 1, 3)).to.contain('sources disagree');
    expect(text(root(el).querySelector('[part="legend"]'))).to.contain('Founding member');
    await expect(el).to.be.accessible();
  });

  it('shows memberships as of a year, using since and until, and unknown dates as unknown', async () => {
    const el = await matrix();
    el.year = '2007';
    await el.updateComplete;
    expect(text(root(el).querySelector('caption'))).to.equal('Who belongs to what, as of 2007');
    expect(label(el, 1, 2)).to.equal('Uzbekistan in Steppe Union: member, since 2006, until 2008');
    expect(label(el, 1, 3)).to.equal('Armenia in Steppe Union: not stated in the texts');
    expect(label(el, 2, 1)).to.equal('Kazakhstan in Security Pact: member, date not given, so not certain for this year');
    expect(text(cell(el, 2, 1).querySelector('[aria-hidden="true"]'))).to.contain('?');
    el.year = '2013';
    await el.updateComplete;
    expect(label(el, 2, 2)).to.equal('Uzbekistan in Security Pact: withdrawn, since June 2012');
    expect(label(el, 1, 2)).to.contain('former member');
  });

  it('ends a membership at any text’s until, keeps a membership through a suspension, and shows nothing before founding', async () => {
    const d = data();
    d.organizations[0].founded = { text: 'in 2001', start: '2001' };
    d.memberships.push(
      { id: 'm7', org: 'org-pact', country: 'place-arm', status: 'member', until: { text: 'in 2016', start: '2016' }, sources: cite(DOC_B, 'Armenia left the Pact in 2016') } as never,
      { id: 'm8', org: 'org-union', country: 'place-kaz', status: 'suspended', since: { text: 'in 2003', start: '2003' }, until: { text: 'in 2004', start: '2004' }, sources: cite(DOC_A, 'suspended 2003 to 2004') } as never,
    );
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${d}><steppe-membership-matrix layout="table" orgs="org-union, org-pact" countries="Kazakhstan, Uzbekistan, Armenia"></steppe-membership-matrix></steppe-dataset>`);
    const el = wrapper.querySelector('steppe-membership-matrix')! as SteppeMembershipMatrix;
    await until(() => Boolean(root(el).querySelector('table')), 'table');
    expect(label(el, 2, 3)).to.equal('Armenia in Security Pact: former member, until 2016'); // any text's end closes it
    el.year = '2003';
    await el.updateComplete;
    expect(label(el, 1, 1)).to.equal('Kazakhstan in Steppe Union: suspended, since 2003, until 2004');
    el.year = '2005';
    await el.updateComplete;
    expect(label(el, 1, 1)).to.equal('Kazakhstan in Steppe Union: founding member, since 2001');
    el.year = '2000';
    await el.updateComplete;
    expect(label(el, 1, 1)).to.equal('Kazakhstan in Steppe Union: not stated in the texts');
  });

  it('moves through the grid with arrow keys, Home/End, from one tab stop, and opens a cell with Enter', async () => {
    const el = await matrix();
    const stops = [...root(el).querySelectorAll<HTMLElement>('[data-r]')].filter((e) => e.tabIndex === 0);
    expect(stops).to.have.length(1);
    stops[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => root(el).activeElement === cell(el, 1, 2), 'cell 1,2');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root(el).activeElement === cell(el, 2, 2), 'cell 2,2');
    await sendKeys({ press: 'End' });
    await until(() => root(el).activeElement === cell(el, 2, 3), 'end of row');
    await sendKeys({ press: 'Home' });
    await until(() => root(el).activeElement?.getAttribute('part') === 'org-header', 'row header');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root(el).activeElement === cell(el, 2, 2), 'back to 2,2');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const detail = root(el).querySelector('[part="detail"]')!;
    expect(text(detail.querySelector('h3'))).to.equal('Uzbekistan in Security Pact');
    await until(() => root(el).activeElement === detail.querySelector('h3'), 'focus moves into the detail');
    expect(text(detail)).to.contain('Withdrawn since June 2012');
    expect(text(detail.querySelector('[part="source-excerpt"]'))).to.equal('Uzbekistan withdrew in June 2012');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="detail"]')).to.equal(null);
    await until(() => root(el).activeElement === cell(el, 2, 2), 'focus back on the cell');
  });

  it('shows the status history and both claims where sources disagree', async () => {
    const el = await matrix();
    cell(el, 1, 3).click();
    await el.updateComplete;
    const detail = root(el).querySelector('[part="detail"]')!;
    expect([...detail.querySelectorAll('.history > li > strong')].map(text)).to.deep.equal(['● Member', '● Member']);
    expect(text(detail)).to.contain('since 2014');
    expect(text(detail)).to.contain('since 2015');
    expect(text(detail.querySelector('[part="disagreement"]'))).to.contain('Sources disagree');
  });

  it('opens an organization from its header: names, founding, seat, purpose and sources', async () => {
    const el = await matrix();
    let selected = '';
    el.addEventListener('steppe-select', (e) => (selected = e.recordId));
    root(el).querySelector<HTMLButtonElement>('[part="org-header"]')!.click();
    await el.updateComplete;
    const detail = text(root(el).querySelector('[part="detail"]'));
    expect(detail).to.contain('Also called: SU; Union of the Steppe');
    expect(detail).to.contain('Founded: 2001');
    expect(detail).to.contain('Seat: Astana');
    expect(selected).to.equal('org-union');
    expect(cell(el, 1, 1).getAttribute('part')).to.contain('cell--highlighted');
  });

  it('transposes, sorts by name, and picks rows and columns by any name', async () => {
    const el = await matrix(html`<steppe-membership-matrix layout="table" transpose sort="name" orgs="SU"></steppe-membership-matrix>`);
    expect([...root(el).querySelectorAll('tbody th')].map(text)).to.deep.equal(['Armenia', 'Kazakhstan', 'Uzbekistan']);
    expect([...root(el).querySelectorAll('thead th')].map(text)).to.deep.equal(['Steppe Union (SU)']);
  });

  it('says which requested names are not in the data', async () => {
    let el!: SteppeMembershipMatrix;
    const { warnings } = await captureConsole(async () => {
      el = await matrix(html`<steppe-membership-matrix layout="table" orgs="SU, Atlantis League"></steppe-membership-matrix>`);
    });
    expect(text(root(el).querySelector('.warning'))).to.equal('Not in the data: Atlantis League');
    expect(warnings).to.deep.equal(['[steppe-membership-matrix] not in the data: Atlantis League']);
  });

  it('becomes a list per organization, members grouped by status, in a narrow container', async () => {
    const el = await matrix(html`<div style="width:360px"><steppe-membership-matrix orgs="org-union, org-pact"></steppe-membership-matrix></div>`);
    await until(() => Boolean(root(el).querySelector('[part="list"]')), 'list');
    const first = root(el).querySelector('[part="list"] section')!;
    expect(text(first.querySelector('h3'))).to.equal('Steppe Union');
    expect([...first.querySelectorAll('dt')].map(text)).to.deep.equal(['★ Founding member', '● Member', '⊘ Former members']);
    // a former member with the dates it joined and left, never the joining date alone
    expect(text(first.querySelectorAll('dd')[2])).to.equal('Uzbekistan (2006 to 2008)');
    expect(text(first.querySelectorAll('dd')[0])).to.equal('Kazakhstan (2001)');
    // a wrapped entry reads from its line's start, each line at the same left edge (not centred)
    const former = first.querySelectorAll('dd')[2].querySelector<HTMLElement>('button')!;
    former.style.width = '7em';
    const range = document.createRange();
    range.selectNodeContents(former);
    const lines = new Map<number, number>();
    for (const r of range.getClientRects()) if (r.width > 0) lines.set(Math.round(r.top), Math.min(lines.get(Math.round(r.top)) ?? Infinity, r.left));
    expect(lines.size, 'the entry wraps in 7em').to.be.greaterThan(1);
    const lefts = [...lines.values()];
    for (const left of lefts) expect(left).to.be.closeTo(lefts[0], 1);
    await expect(el).to.be.accessible();
  });

  it('renders once shown when created hidden', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="display:none;width:800px"><steppe-dataset .data=${data()}><steppe-membership-matrix orgs="org-union, org-pact"></steppe-membership-matrix></steppe-dataset></div>`);
    const el = host.querySelector('steppe-membership-matrix')!;
    await el.updateComplete;
    expect(root(el).querySelector('table')).to.equal(null);
    host.style.display = 'block';
    await until(() => Boolean(root(el).querySelector('table')), 'table after showing');
  });

  it('shares a selected country with a sibling timeline', async () => {
    const d = data();
    const events = [
      { id: 'ev-k', title: 'Kazakh event', date: { text: '2001', start: '2001' }, kind: 'other', themes: [], actors: ['place-kaz'], sources: cite(DOC_A, 'x') },
      { id: 'ev-u', title: 'Uzbek event', date: { text: '2002', start: '2002' }, kind: 'other', themes: [], actors: ['place-uzb'], sources: cite(DOC_A, 'y') },
    ];
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${{ ...d, events }}>
      <steppe-membership-matrix layout="table" orgs="org-union"></steppe-membership-matrix>
      <steppe-timeline layout="list"></steppe-timeline></steppe-dataset>`);
    const el = wrapper.querySelector('steppe-membership-matrix')!;
    const tl = wrapper.querySelector('steppe-timeline')!;
    await until(() => Boolean(root(el).querySelector('table')) && root(tl).querySelectorAll('button.event').length === 2, 'both widgets');
    [...root(el).querySelectorAll<HTMLButtonElement>('[part="country-header"]')].find((b) => text(b) === 'Uzbekistan')!.click();
    await until(() => root(tl).querySelectorAll('button.event').length === 1, 'timeline filtered');
    expect(text(root(tl).querySelector('button.event .title'))).to.equal('Uzbek event');
  });

  it('works with the embedded data and passes axe', async () => {
    const el = await fixture<SteppeMembershipMatrix>(html`<steppe-membership-matrix layout="table"></steppe-membership-matrix>`);
    await until(() => Boolean(root(el).querySelector('table')), 'table');
    expect([...root(el).querySelectorAll('tbody th')].map(text).some((t) => t.startsWith('Shanghai Cooperation Organization'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
