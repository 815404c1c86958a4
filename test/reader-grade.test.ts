// What a reader meets in the embedded data: one entry per fact with every text that reports it,
// disagreements shown as which text says what, the texts' own slips flagged (never corrected),
// dates read from their spans, documents named as readers cite them, never by file name.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { embeddedDataset, salience } from '../src/data/index.js';
import type { SteppeMembershipMatrix } from '../src/components/membership-matrix/membership-matrix.js';
import type { SteppeTimeline } from '../src/components/timeline/timeline.js';
import type { SteppeTradeTable } from '../src/components/trade-table/trade-table.js';
import type { SteppeQuoteCard } from '../src/components/quote-card/quote-card.js';
import { text, until } from './fixtures.js';

const root = (el: Element) => el.shadowRoot!;
const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;

async function openEvent(id: string): Promise<[SteppeTimeline, Element]> {
  const el = await fixture<SteppeTimeline>(html`<steppe-timeline layout="list" selected=${id}></steppe-timeline>`);
  await until(() => Boolean(root(el).querySelector('[part="detail"]')), 'the detail');
  return [el, root(el).querySelector('[part="detail"]')!];
}

describe('one record per fact, in the widgets', () => {
  it('opens the Astana announcement of the Silk Road Economic Belt once, by an id made before the merge, with all five texts', async () => {
    const [el, detail] = await openEvent('ev-000-sreb-announced-astana-2013');
    expect(el.selected).to.equal('ev-001-xi-proposes-sreb-astana-2013');
    expect(text(detail.querySelector('h3'))).to.contain('Silk Road Economic Belt');
    const corroboration = text(detail.querySelector('[part="corroboration"]'));
    expect(corroboration).to.match(/^Reported by 5 texts: /);
    expect(corroboration).to.contain('Kembayev 2020').and.to.contain('Mosher 2022');
    const timelineTitles = [...root(el).querySelectorAll('button.event .title')].map(text);
    expect(timelineTitles.filter((t) => /Silk Road Economic Belt/.test(t) && /Astana/.test(t))).to.have.length(1);
    expect(text(detail)).not.to.match(FILE_NAME);
    await expect(el).to.be.accessible();
  });

  it('shows which text says what where the texts disagree, and the text’s own slip as a caveat', async () => {
    const [el, detail] = await openEvent('ev-001-land-reform-protests-2016');
    const box = text(detail.querySelector('[part="disagreement"]'));
    expect(box).to.contain('Sources disagree');
    expect(box).to.contain('2019 according to Mosher 2022');
    expect(box).to.contain('April 2016 according to Kembayev 2020');
    const caveat = text(detail.querySelector('[part="caveat"]'));
    expect(caveat).to.match(/^⚠ Caveat: /);
    expect(caveat).to.contain('endnote 98').and.to.contain('Mosher 2022').and.not.to.match(/\b002\b/);
    // "reported by N texts" is not claimed where the texts disagree
    expect(detail.querySelector('[part="corroboration"]')).to.equal(null);
    // each citation keeps its own text's wording of the date
    const details = detail.querySelector('details')!;
    details.open = true;
    expect(text(details)).to.contain('This text’s date: “In 2019”');
    await expect(el).to.be.accessible();
  });

  it('does not call two stages of one process a disagreement (Crimea seized in February, annexed in March)', async () => {
    const [, detail] = await openEvent('ev-004-crimea-seized-2014');
    expect(detail.querySelector('[part="disagreement"]')).to.equal(null);
  });

  it('says “dated by the cited report” where only an endnote’s report gives the date', async () => {
    const el = await fixture<SteppeTimeline>(html`<steppe-timeline layout="list" query="S-400 sanctions"></steppe-timeline>`);
    await until(() => root(el).querySelectorAll('button.event').length > 0, 'events');
    const s400 = [...root(el).querySelectorAll('button.event')].find((b) => text(b).includes('S-400 purchase'))!;
    expect(text(s400.querySelector('.date'))).to.equal('dated by the cited report (2018)');
  });

  it('shows a quotation merged into another by its old quote-id', async () => {
    const el = await fixture<SteppeQuoteCard>(html`<steppe-quote-card quote-id="q-004-wang-lavrov-parallel-coordinated-development"></steppe-quote-card>`);
    await until(() => Boolean(root(el).querySelector('blockquote')), 'the quotation');
    const merged = embeddedDataset.quotes.find((q) => q.id === 'q-000-wang-lavrov-bri-gep-parallel')!;
    expect(text(root(el).querySelector('blockquote'))).to.equal(merged.text.replace(/\s+/g, ' ').trim());
    expect(text(root(el).querySelector('cite[part="work"]'))).to.contain(';'); // quoted in two texts
    expect(text(root(el).querySelector('figcaption'))).not.to.match(FILE_NAME);
  });
});

describe('the texts’ slips in the trade table', () => {
  it('sorts caveated values apart and draws them without a bar; ⚠ and the caveat are there for every reader', async () => {
    const el = await fixture<SteppeTradeTable>(html`<steppe-trade-table layout="table" metric="fdi" sort-by="value" sort-direction="descending" page-size="200"></steppe-trade-table>`);
    await until(() => Boolean(root(el).querySelector('tbody tr')), 'rows');
    const rows = [...root(el).querySelectorAll('tbody tr[part^="row"]')];
    const labels = rows.map((r) => text(r.querySelector('th')));
    const china = labels.indexOf('Net FDI inflow to China');
    const caveated = rows.map((r) => Boolean(r.querySelector('.caveat-mark')));
    expect(china, 'the “trillion” figure is in the table').to.be.greaterThan(-1);
    expect(caveated[china]).to.equal(true);
    // every caveated row comes after every other row, whichever way the values are sorted
    expect(caveated.indexOf(true)).to.be.greaterThan(caveated.lastIndexOf(false));
    rows.forEach((r, i) => expect(Boolean(r.querySelector('[part="bar"]')), labels[i]).to.equal(!caveated[i]));
    expect(rows[china].querySelector('.caveat-mark')!.getAttribute('title')).to.contain('trillion');
    expect(text(rows[china].querySelector('.caveat-mark .visually-hidden'))).to.match(/^\(caveat: /);
    await expect(el).to.be.accessible();
  });

  it('names documents by their short reference in every row, never by file number', async () => {
    const el = await fixture<SteppeTradeTable>(html`<steppe-trade-table layout="table" default-view="all"></steppe-trade-table>`);
    await until(() => Boolean(root(el).querySelector('tbody tr')), 'rows');
    const cites = [...root(el).querySelectorAll('button.cite')].map(text);
    expect(cites.length).to.be.greaterThan(10);
    for (const c of cites) expect(c).not.to.match(/^\d{3}$/);
    expect(text(root(el).querySelector('[part="source-line"]'))).to.contain('Kembayev 2020');
  });
});

describe('memberships as the texts tell them', () => {
  it('shows Azerbaijan in the CIS as a member after 1992, the text saying it left “only to quickly rejoin”', async () => {
    const el = await fixture<SteppeMembershipMatrix>(html`<steppe-membership-matrix layout="table" orgs="org-cis" countries="Azerbaijan" year="2000"></steppe-membership-matrix>`);
    await until(() => Boolean(root(el).querySelector('table')), 'table');
    const label = text(root(el).querySelector('tbody td .visually-hidden'));
    expect(label).to.match(/^Azerbaijan in Commonwealth of Independent States: member/);
    expect(label).not.to.contain('withdrawn');
  });

  it('labels since and until with one preposition and a year, never the text’s glued words', async () => {
    const el = await fixture<SteppeMembershipMatrix>(html`<steppe-membership-matrix layout="table" orgs="org-cis"></steppe-membership-matrix>`);
    await until(() => Boolean(root(el).querySelector('table')), 'table');
    const labels = [...root(el).querySelectorAll('tbody td .visually-hidden')].map(text).filter((l) => / since | until /.test(l));
    expect(labels.length).to.be.greaterThan(3);
    for (const l of labels) {
      expect(l).not.to.match(/\b(since|until) (on|in|at|from|after|effectively|the next)\b/i);
      expect(l).to.match(/(since|until) (about )?(\d{1,2} )?([A-Z][a-z]+ )?\d{4}/);
    }
  });
});

describe('salience', () => {
  it('weighs an event by the texts that report it: the five-text Astana announcement outranks every one-text event', () => {
    const top = embeddedDataset.events.find((e) => e.id === 'ev-001-xi-proposes-sreb-astana-2013')!;
    const single = embeddedDataset.events.filter((e) => new Set(e.sources.map((s) => s.doc)).size === 1);
    expect(single.every((e) => salience(e) < salience(top))).to.equal(true);
  });
});

describe('the source line under each widget', () => {
  it('names the documents a timeline’s view draws on, and follows its filters', async () => {
    const el = await fixture<SteppeTimeline>(html`<steppe-timeline layout="list"></steppe-timeline>`);
    await until(() => Boolean(root(el).querySelector('[part="source-line"]')), 'the source line');
    const all = text(root(el).querySelector('[part="source-line"]'));
    expect(all).to.match(/^Sources: /);
    expect(all.split(';')).to.have.length(5);
    el.query = 'S-400 sanctions';
    await el.updateComplete;
    // events cited by one text only: the line names that text alone
    expect(new Set(el.visibleEvents.flatMap((e) => e.sources.map((c) => c.doc))).size).to.equal(1);
    expect(text(root(el).querySelector('[part="source-line"]'))).to.equal('Source: “Kazakhstan in Sino-Russian Relations” (unsigned).');
  });

  it('names the documents a matrix draws on', async () => {
    const el = await fixture<SteppeMembershipMatrix>(html`<steppe-membership-matrix layout="table"></steppe-membership-matrix>`);
    await until(() => Boolean(root(el).querySelector('[part="source-line"]')), 'the source line');
    const line = text(root(el).querySelector('[part="source-line"]'));
    expect(line).to.match(/^Sources: .*Kembayev 2020.*Mosher 2022/);
    expect(line).not.to.match(/\.txt/);
  });
});

describe('each text’s own words on its citation', () => {
  it('keeps a text’s own status for a membership several texts report', async () => {
    const el = await fixture<SteppeMembershipMatrix>(html`<steppe-membership-matrix layout="table" orgs="CIS" countries="Kazakhstan"></steppe-membership-matrix>`);
    await until(() => Boolean(root(el).querySelector('td[data-r="1"][data-c="1"]')), 'the cell');
    root(el).querySelector<HTMLElement>('td[data-r="1"][data-c="1"]')!.click();
    await until(() => Boolean(root(el).querySelector('[part="detail"]')), 'the detail');
    for (const d of root(el).querySelectorAll('[part="detail"] details')) (d as HTMLDetailsElement).open = true;
    expect(text(root(el).querySelector('[part="detail"]'))).to.contain('This text’s status: founding member');
  });

  it('shows a text’s own number with the figure’s unit and scale', async () => {
    const el = await fixture<SteppeTradeTable>(html`<steppe-trade-table layout="table" query="51 industrial-capacity"></steppe-trade-table>`);
    await until(() => Boolean(root(el).querySelector('button.cite')), 'rows');
    const row = [...root(el).querySelectorAll('tbody tr[part^="row"]')].find((r) => text(r).includes('26.2'))!;
    row.querySelector<HTMLButtonElement>('button.cite')!.click();
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="detail"]'))).to.contain('This text’s figure: USD 26 billion');
  });
});

