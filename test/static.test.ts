// The static fallback (src/static/render.ts): each widget's default view as plain HTML that a course
// platform's sanitizer keeps. Each test renders the real widget, reads what it shows, and checks that
// the static HTML has the same items in the same order and wording, each with its sources.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { embeddedDataset, validateDataset, type Membership, type SourceRef, excerptsReady } from '../src/data/index.js';
import type { SteppeMembershipMatrix } from '../src/components/membership-matrix/membership-matrix.js';
import type { SteppeQuoteCard } from '../src/components/quote-card/quote-card.js';
import type { SteppeTimeline } from '../src/components/timeline/timeline.js';
import type { SteppeTradeTable } from '../src/components/trade-table/trade-table.js';
import {
  STATIC_WIDGETS, escapeHtml, renderFragment, renderPage, staticView, type StaticWidget,
} from '../src/static/render.js';
import { DOC_A, DOC_B, text, until } from './fixtures.js';
import { fullReference, readableExcerpt } from '../src/lib/reference.js';

// The embedded excerpts load after a widget's first render (src/data/excerpts.ts); these tests
// read them, so every test starts once they are there (test/lazy-excerpts.test.ts tests the wait).
before(() => excerptsReady());

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
/** What a sighted reader sees: the text without visually hidden parts. */
const seen = (el: Element | null | undefined): string => {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
  return text(copy);
};
/** A document as a reader knows it: its full reference (authors or "Unsigned", year, title, where published). */
const title = (doc: string) => {
  const source = embeddedDataset.sources.find((s) => s.id === doc);
  return source ? fullReference(source) : doc;
};
/** Every citation (reference and readable excerpt) appears inside `el`, each reference in a <cite>, each excerpt in quotation marks, never a file name. */
function expectCitations(el: Element | null, refs: readonly SourceRef[], what: string): void {
  expect(el, what).to.not.equal(null);
  const cites = [...el!.querySelectorAll('cite')].map(text);
  const excerpts = [...el!.querySelectorAll('.steppe-excerpt')].map((e) => text(e).replace(/^“|”$/g, ''));
  for (const ref of refs) {
    expect(cites, `${what}: title of ${ref.doc}`).to.include(squash(title(ref.doc)));
    expect(excerpts, `${what}: excerpt`).to.include(squash(readableExcerpt(ref.excerpt)));
  }
  expect(text(el!), `${what}: no file name`).not.to.match(/\d{3}_[0-9a-f]{16}\.txt/);
  expect(text(el!), `${what}: no markdown escape`).not.to.match(/\\[$*_[\]]/);
}
/** The element an in-page link points to. */
const target = (doc: Document, link: Element | null) => doc.getElementById((link?.getAttribute('href') ?? '').replace(/^#/, ''));

// Canvas LMS's allow-list, narrowed to what the static fallback is allowed to use.
const ELEMENTS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
  'blockquote', 'q', 'cite', 'a', 'em', 'strong', 'small', 'span', 'div', 'figure', 'figcaption']);
const GLOBAL_ATTRIBUTES = new Set(['lang', 'title', 'role', 'id', 'class']);
const ELEMENT_ATTRIBUTES: Record<string, string[]> = { a: ['href'], blockquote: ['cite'], th: ['scope'] };

/** No script, no custom element, no style or data-* attribute; only allow-listed elements and attributes. */
function expectPlainMarkup(markup: string, what: string): void {
  expect(markup, what).to.not.match(/<script|<style/i);
  const body = parse(markup).body;
  expect(body.querySelectorAll('script, style, [style]').length, what).to.equal(0);
  for (const el of body.querySelectorAll('*')) {
    const tag = el.localName;
    expect(tag.includes('-'), `${what}: custom element <${tag}>`).to.equal(false);
    expect(ELEMENTS.has(tag), `${what}: <${tag}> is not allow-listed`).to.equal(true);
    for (const { name } of el.attributes) {
      expect(name.startsWith('data-') || name.startsWith('on') || name === 'style', `${what}: <${tag} ${name}>`).to.equal(false);
      const ok = GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || ELEMENT_ATTRIBUTES[tag]?.includes(name);
      expect(ok, `${what}: <${tag} ${name}>`).to.equal(true);
    }
  }
  // every in-page link lands somewhere
  for (const a of body.querySelectorAll('a[href^="#"]')) {
    expect(body.querySelector(`[id="${a.getAttribute('href')!.slice(1)}"]`), `${what}: link ${a.getAttribute('href')}`).to.not.equal(null);
  }
}

describe('static copy of any view: the same items as the widget given the same attributes', () => {
  const attrs = (a: Record<string, string>) => Object.entries(a).map(([k, v]) => `${k}="${v}"`).join(' ');
  async function widget<T extends HTMLElement>(tag: string, a: Record<string, string>, ready: string): Promise<T> {
    const host = await fixture<HTMLDivElement>(html`<div style="width:1024px"></div>`);
    host.innerHTML = `<${tag} ${attrs(a)}></${tag}>`;
    const el = host.querySelector(tag) as T;
    await until(() => Boolean(el.shadowRoot?.querySelector(ready)), ready);
    return el;
  }

  it('timeline: summits with Kazakhstan since 2010, the same events in the same order, and says which filters', async () => {
    const a = { kinds: 'summit', actors: 'Kazakhstan', from: '2010', layout: 'list' };
    const el = await widget<SteppeTimeline>('steppe-timeline', a, '.row, button.event');
    const fragment = renderFragment('timeline', undefined, { attributes: a });
    expectPlainMarkup(fragment, 'filtered timeline');
    const doc = parse(fragment);
    const titles = [...doc.querySelectorAll('li.steppe-event .steppe-title')].map(text);
    expect(titles.length).to.be.greaterThan(2);
    expect(titles.length).to.be.lessThan(embeddedDataset.events.length / 4);
    expect(titles).to.deep.equal(el.visibleEvents.map((e) => squash(e.title)));
    expect(text(doc.querySelector('p'))).to.match(/of [\d,]+; Filters: actors “Kazakhstan”, kinds “summit”, from “2010”\)/);
    // the documents listed are those the shown events cite, no others
    const cited = new Set(el.visibleEvents.flatMap((e) => e.sources.map((s) => s.doc)));
    expect(doc.querySelectorAll('ul.steppe-documents > li').length).to.equal(cited.size);
  });

  it('timeline story of a filtered view tells the filtered events', async () => {
    const a = { layout: 'story', kinds: 'summit', from: '2015' };
    const doc = parse(renderFragment('timeline', undefined, { attributes: a }));
    const steps = [...doc.querySelectorAll('li.steppe-step h3')].map(text);
    expect(steps.length).to.be.greaterThan(0);
    const el = await widget<SteppeTimeline>('steppe-timeline', a, '[part="story-progress"]');
    expect(text(el.shadowRoot!.querySelector('[part="story-progress"]'))).to.contain(`of ${steps.length}`);
  });

  it('trade table: the opening comparison as printed, cell for cell', async () => {
    const el = await widget<SteppeTradeTable>('steppe-trade-table', {}, '.cell-button');
    const doc = parse(renderFragment('trade-table'));
    const fixed = doc.querySelector('table.steppe-pivot')!;
    expect(text(fixed.querySelector('caption'))).to.equal(text(el.shadowRoot!.querySelector('.table-caption')));
    const rows = (t: Element, cell: string) => [...t.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll(`th, ${cell}`)].map(seen));
    const shownRows = [...el.shadowRoot!.querySelectorAll('table.pivot tbody tr')].map((r) => [r.querySelector('th'), ...[...r.querySelectorAll('td')].slice(0, -1)].map(seen));
    expect(rows(fixed, 'td')).to.deep.equal(shownRows);
  });

  it('trade table: a filtered, sorted view, row for row, and an unknown filter says so', async () => {
    const a = { metric: 'gdp', period: '2016', 'sort-by': 'value', 'sort-direction': 'descending', layout: 'table' };
    const el = await widget<SteppeTradeTable>('steppe-trade-table', a, 'tbody tr');
    const doc = parse(renderFragment('trade-table', undefined, { attributes: a }));
    const labels = [...doc.querySelectorAll('table.steppe-figures tbody th')].map(text);
    expect(labels.length).to.equal(el.visibleFigures.length);
    expect([...doc.querySelectorAll('table.steppe-figures tbody td:nth-child(4)')].map(seen)).to.deep.equal(
      [...el.shadowRoot!.querySelectorAll('tbody tr[part~="row"] td.value .number')].map(seen),
    );
    expect(text(parse(renderFragment('trade-table', undefined, { attributes: { query: 'no such words anywhere' } })).body)).to.contain('No figures match these filters.');
  });

  it('membership matrix: as of a year, for chosen organizations', async () => {
    const a = { year: '2007', orgs: 'SCO, CSTO, EAEU' };
    const el = await widget<SteppeMembershipMatrix>('steppe-membership-matrix', a, 'table');
    const doc = parse(renderFragment('membership-matrix', undefined, { attributes: a }));
    const fixed = doc.querySelector('table')!;
    const table = el.shadowRoot!.querySelector('table')!;
    expect(text(fixed.querySelector('caption'))).to.equal(text(table.querySelector('caption')));
    expect([...fixed.querySelectorAll('tbody th')].map(seen)).to.deep.equal([...table.querySelectorAll('tbody th')].map(seen));
    expect([...fixed.querySelectorAll('thead th')].map(seen)).to.deep.equal([...table.querySelectorAll('thead th')].map(seen));
  });

  it('quote card: the quotation its id names', async () => {
    const quote = embeddedDataset.quotes[7];
    const doc = parse(renderFragment('quote-card', undefined, { attributes: { 'quote-id': quote.id } }));
    expect(text(doc.querySelector('blockquote'))).to.equal(squash(quote.text));
    expect(text(parse(renderFragment('quote-card', undefined, { attributes: { 'quote-id': 'nope' } })).body)).to.contain('no quotation with the id “nope”');
  });
});

describe('static fallback: markup', () => {
  for (const widget of STATIC_WIDGETS) {
    it(`${widget}: fragment and page hold no script, custom element, style or data- attribute, only allow-listed markup`, () => {
      expectPlainMarkup(renderFragment(widget), `${widget} fragment`);
      const page = renderPage(widget);
      expect(page).to.match(/^<!doctype html>/);
      expect(page).to.contain(renderFragment(widget));
      expect(parse(page).querySelectorAll('script, style, [style]').length).to.equal(0);
    });
  }
});

describe('static fallback: the same items as the widget, each with its sources', () => {
  it('timeline: every event in the widget\'s order, with its date wording, title and citations', async () => {
    const el = await fixture<SteppeTimeline>(html`<steppe-timeline></steppe-timeline>`);
    await until(() => el.shadowRoot!.querySelectorAll('button.event').length > 5, 'the timeline\'s events');
    const doc = parse(renderFragment('timeline'));
    const items = [...doc.querySelectorAll('li.steppe-event')];
    const events = el.visibleEvents;
    expect(events.length).to.equal(embeddedDataset.events.length);
    expect(items.map((li) => text(li.querySelector('.steppe-title')))).to.deep.equal(events.map((e) => squash(e.title)));
    // what the widget draws: each event button's date wording and title
    const buttons = [...el.shadowRoot!.querySelectorAll('button.event')];
    expect(buttons.length).to.be.greaterThan(5);
    for (const b of buttons) {
      const i = Number(b.getAttribute('data-index'));
      expect(text(items[i].querySelector('.steppe-date')), `date of ${text(b)}`).to.equal(text(b.querySelector('.date')));
      expect(text(items[i].querySelector('.steppe-title'))).to.equal(text(b.querySelector('.title')));
    }
    // the year headings group them as the list layout does
    expect(text(doc.querySelector('h3'))).to.match(/^\d{4}s? \(\d+ events?\)$/);
    events.forEach((e, i) => expectCitations(items[i].querySelector('.steppe-sources'), e.sources, e.id));
    // a reference's own full stop is not followed by a colon ("…BRI.: “…”")
    const doubled = [...doc.querySelectorAll('.steppe-sources li')].map(text).filter((t) => /[.?!]: “/.test(t));
    expect(doubled.slice(0, 3)).to.deep.equal([]);
  });

  it('membership matrix: the same organizations, countries and statuses; each cell and organization linked to its sources', async () => {
    const el = await fixture<SteppeMembershipMatrix>(html`<steppe-membership-matrix></steppe-membership-matrix>`);
    await until(() => el.shadowRoot!.querySelector('table') !== null, 'the matrix\'s table');
    const root = el.shadowRoot!;
    const table = root.querySelector('table')!;
    const doc = parse(renderFragment('membership-matrix'));
    const fixed = doc.querySelector('table')!;
    // headers: countries across, organizations (with short aliases) down
    const heads = (t: Element, sel: string) => [...t.querySelectorAll(sel)].map(seen);
    expect(heads(fixed, 'thead th')).to.deep.equal(heads(table, 'thead th'));
    expect(heads(fixed, 'tbody th')).to.deep.equal(heads(table, 'tbody th'));
    expect(text(fixed.querySelector('caption'))).to.equal(text(table.querySelector('caption')));
    const rows = [...table.querySelectorAll('tbody tr')];
    const fixedRows = [...fixed.querySelectorAll('tbody tr')];
    expect(fixedRows.length).to.equal(rows.length);
    const noSpace = (s: string) => s.replace(/\s+/g, '');
    let cells = 0;
    rows.forEach((row, i) => {
      const org = seen(row.querySelector('th'));
      const orgNote = target(doc, fixedRows[i].querySelector('th a'));
      const orgRecord = embeddedDataset.organizations.find((o) => org === o.name || org.startsWith(`${o.name} (`))!;
      expectCitations(orgNote, orgRecord.sources, org);
      const tds = [...row.querySelectorAll('td')];
      const fixedTds = [...fixedRows[i].querySelectorAll('td')];
      expect(fixedTds.length).to.equal(tds.length);
      tds.forEach((td, j) => {
        // the mark as drawn: glyph, word, ⚠ and year (spacing aside)
        const mark = text(td.querySelector('[aria-hidden="true"]'));
        expect(noSpace(text(fixedTds[j])), `${org} × column ${j + 1}`).to.equal(noSpace(mark));
        if (mark === '–') return; // not stated in the texts: no sources to link
        cells++;
        const note = target(doc, fixedTds[j].querySelector('a'));
        const label = text(td.querySelector('.visually-hidden')); // "Kazakhstan in Eurasian Economic Union: …"
        const [country] = label.split(' in ');
        expect(text(note?.querySelector('strong'))).to.equal(`${country} in ${orgRecord.name}`);
        const records = embeddedDataset.memberships.filter((m: Membership) => m.org === orgRecord.id
          && embeddedDataset.places.find((p) => p.id === m.country)?.name === country);
        expect(records.length, label).to.be.greaterThan(0);
        expectCitations(note, records.flatMap((m) => m.sources), label);
      });
    });
    expect(cells).to.be.greaterThan(20);
  });

  it('trade table: every figure in the widget\'s order; the first page cell for cell; each row linked to its citation', async () => {
    // the static copy holds every figure: the widget's "Show all" view
    const el = await fixture<SteppeTradeTable>(html`<steppe-trade-table default-view="all"></steppe-trade-table>`);
    await until(() => el.shadowRoot!.querySelector('table') !== null, 'the trade table');
    const doc = parse(renderFragment('trade-table', undefined, { attributes: { 'default-view': 'all' } }));
    const fixedRows = [...doc.querySelectorAll('table tbody tr')];
    const figures = el.visibleFigures;
    expect(fixedRows.length).to.equal(figures.length);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr[part~="row"]')];
    expect(rows.length).to.equal(Math.min(50, figures.length));
    expect([...doc.querySelectorAll('thead th')].map(text)).to.deep.equal(
      [...el.shadowRoot!.querySelectorAll('thead th button')].map((b) => {
        const copy = b.cloneNode(true) as Element;
        copy.querySelector('.arrow')?.remove();
        return text(copy);
      }),
    );
    rows.forEach((row, k) => {
      const shown = [row.querySelector('th'), ...row.querySelectorAll('td')].map(seen);
      const fixed = [...fixedRows[k].children].map(seen);
      expect(fixed, `row ${k + 1}`).to.deep.equal(shown);
    });
    figures.forEach((f, k) => {
      const note = target(doc, fixedRows[k].querySelector('a'));
      expect(text(note?.querySelector('strong'))).to.equal(squash(f.label));
      expectCitations(note, f.sources, f.id);
    });
    // the source line under the table names the same documents
    const line = doc.querySelector('.steppe-source-line');
    expect(seen(line)).to.equal(seen(el.shadowRoot!.querySelector('[part="source-line"]')));
  });

  it('quote card: the quotation, speaker, date and work, with each excerpt', async () => {
    const el = await fixture<SteppeQuoteCard>(html`<steppe-quote-card></steppe-quote-card>`);
    const root = el.shadowRoot!;
    const doc = parse(renderFragment('quote-card'));
    const quote = embeddedDataset.quotes[0];
    expect(text(doc.querySelector('figure > blockquote'))).to.equal(text(root.querySelector('blockquote')));
    expect(text(doc.querySelector('.steppe-speaker'))).to.equal(text(root.querySelector('[part="speaker-name"]')));
    expect(text(doc.querySelector('.steppe-date'))).to.equal(text(root.querySelector('[part="date"]')));
    expect(text(root.querySelector('[part="date"]'))).to.not.equal('');
    expect([...doc.querySelectorAll('figcaption cite')].map(text)).to.include(text(root.querySelector('[part="work"]')));
    const excerpts = [...root.querySelectorAll('[part="source-excerpt"]')].map(text);
    expect([...doc.querySelectorAll('.steppe-sources .steppe-excerpt')].map((e) => text(e).replace(/^“|”$/g, ''))).to.deep.equal(excerpts);
    expectCitations(doc.querySelector('figcaption'), quote.sources, quote.id);
  });
});

// ---- hostile data -------------------------------------------------------------------------------

const IMG = '<img src=x onerror=alert(1)>';
const PAYLOADS = [IMG, '"><svg onload=alert(1)>', "' onmouseover='alert(1)' x='", '</q></li></ul><script>alert(1)</script>', '&lt;b&gt; & <!-- -->'];

function hostileDataset() {
  let n = 0;
  const p = () => PAYLOADS[n++ % PAYLOADS.length];
  const cite = () => [{ doc: DOC_A, excerpt: p(), note: p() }, { doc: DOC_B, excerpt: IMG }];
  return {
    sources: [
      { id: DOC_A, title: IMG, authors: [p(), p()], kind: 'article', published: p(), url: 'https://example.test/" onmouseover="alert(1)', sources: cite() },
      { id: DOC_B, title: p(), authors: [], kind: 'notes', url: 'javascript:alert(1)', sources: cite() },
    ],
    organizations: [
      { id: 'org-x', name: IMG, aliases: ['<b>X</b>', p()], founded: { text: p(), start: '2001' }, seat: p(), purpose: p(), sources: cite() },
      { id: 'org-y', name: p(), sources: cite() },
    ],
    places: [
      { id: 'place-a', name: IMG, kind: 'country', sources: cite() },
      { id: 'place-b', name: p(), kind: 'country', sources: cite() },
    ],
    people: [{ id: 'person-x', name: IMG, sources: cite() }],
    memberships: [
      { id: 'm-a', org: 'org-x', country: 'place-a', status: 'member', since: { text: p(), start: '2005' }, sources: cite(), note: p(), conflictsWith: ['m-b'] },
      { id: 'm-b', org: 'org-x', country: 'place-a', status: 'founding-member', since: { text: p(), start: '2001' }, sources: cite(), conflictsWith: ['m-a'] },
      { id: 'm-c', org: 'org-y', country: 'place-a', status: 'observer', sources: cite() },
      { id: 'm-d', org: 'org-y', country: 'place-b', status: 'member', sources: cite() },
      { id: 'm-e', org: 'org-x', country: 'place-b', status: 'withdrawn', sources: cite() },
    ],
    events: [
      { id: 'ev-a', title: IMG, date: { text: p(), start: '2010' }, kind: 'summit', actors: ['place-a'], sources: cite(), conflictsWith: ['ev-b'] },
      { id: 'ev-b', title: p(), date: { text: p(), start: '2012', approximate: true }, kind: 'other', sources: cite(), conflictsWith: ['ev-a'] },
    ],
    figures: [
      { id: 'f-a', metric: 'exports', label: IMG, value: 1.5, unit: p(), qualifier: p(), period: { text: p(), start: '2016' }, from: 'place-a', to: 'place-b', sources: cite(), note: p() },
      { id: 'f-b', metric: 'gdp', label: p(), value: -3, unit: '%', period: { text: p(), start: '2017' }, country: 'place-a', table: { id: 't-1', caption: p(), row: p(), column: p(), source: p() }, sources: cite() },
    ],
    quotes: [{ id: 'q-a', text: IMG, speakers: ['person-x'], speakerLabel: p(), role: p(), date: { text: p(), start: '2014' }, context: p(), sources: cite() }],
  };
}

describe('static fallback: hostile data', () => {
  const { dataset, issues } = validateDataset(hostileDataset());
  const view = staticView(dataset);

  it('the hostile dataset is valid, so every record reaches the renderer', () => {
    expect(issues.filter((i) => i.outcome === 'dropped')).to.deep.equal([]);
    expect(dataset.events.length + dataset.memberships.length + dataset.figures.length + dataset.quotes.length).to.equal(10);
  });

  for (const widget of STATIC_WIDGETS as readonly StaticWidget[]) {
    it(`${widget}: every payload comes out as text, nothing as markup`, () => {
      const markup = renderFragment(widget, view, { idPrefix: 'x" onclick="alert(1)' });
      expectPlainMarkup(markup, widget);
      expect(markup).to.contain(escapeHtml(IMG));
      expect(markup).to.not.contain(IMG);
      const doc = parse(markup);
      expect(doc.querySelectorAll('img, svg, script, b').length).to.equal(0);
      for (const el of doc.body.querySelectorAll('*')) {
        expect([...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)).to.deep.equal([]);
      }
      // the payloads are readable as the text they are
      expect(doc.body.textContent).to.contain(IMG);
      // a javascript: URL never becomes a link, and an https URL with a quote stays one attribute value
      expect(doc.querySelectorAll('a[href^="javascript"], blockquote[cite^="javascript"]').length).to.equal(0);
      for (const a of doc.querySelectorAll('a[href^="https:"]')) expect(a.getAttribute('href')).to.equal('https://example.test/" onmouseover="alert(1)');
      // the prefix that would break out of its attribute was refused
      expect(doc.querySelector('[onclick]')).to.equal(null);
      expect(doc.body.firstElementChild!.id).to.equal(`steppe-static-${widget}`);
    });
  }

  it('shows the hostile records where the widget would: titles, names, statuses, labels and the quotation', () => {
    const timeline = parse(renderFragment('timeline', view));
    expect([...timeline.querySelectorAll('.steppe-title')].map((e) => e.textContent)).to.include(IMG);
    const matrix = parse(renderFragment('membership-matrix', view));
    expect([...matrix.querySelectorAll('thead th')].map((e) => e.textContent)).to.include(IMG);
    expect(text(matrix.querySelector('tbody th'))).to.equal(`${IMG} (<b>X</b>)`);
    const table = parse(renderFragment('trade-table', view));
    expect(table.querySelector('tbody th')!.textContent).to.equal(IMG);
    const quote = parse(renderFragment('quote-card', view));
    expect(text(quote.querySelector('blockquote'))).to.equal(IMG);
  });
});
