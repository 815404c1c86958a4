import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SteppeDataset } from '../src/components/dataset/dataset.js';
import { captureConsole, DOC_A, frame, text } from './fixtures.js';
import { excerptsReady } from '../src/data/excerpts.js';

// The embedded excerpts load after a widget's first render (src/data/excerpts.ts); these tests
// read them, so every test starts once they are there (test/lazy-excerpts.test.ts tests the wait).
before(() => excerptsReady());

const trapped = () => (window as unknown as { __xss?: number }).__xss;

/** Markup, handlers, URLs and template tricks; each would set window.__xss if it ever ran. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "' onmouseover='window.__xss=1' x='",
  'javascript:window.__xss=1',
  '<a href="javascript:window.__xss=1">click</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '</style><script>window.__xss=1</script>',
  '<!--<img src=x onerror=window.__xss=1>-->',
  '${window.__xss=1}',
  "{{constructor.constructor('window.__xss=1')()}}",
  '<details open ontoggle=window.__xss=1>',
  '<style>*{display:none}</style>',
  '\u2028<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>',
];

/** A dataset in which every free-text field of every kind of record carries a payload. */
function hostileDataset() {
  let n = 0;
  const p = () => PAYLOADS[n++ % PAYLOADS.length];
  const cite = () => [{ doc: DOC_A, excerpt: p(), note: p() }];
  return {
    sources: [{ id: DOC_A, title: p(), authors: [p(), p()], kind: p(), published: p(), url: 'javascript:window.__xss=1', sources: cite(), note: p() }],
    people: [{ id: 'person-x', name: p(), aliases: [p()], roles: [{ title: p() }], sources: cite() }],
    organizations: [{ id: 'org-x', name: p(), aliases: [p(), p()], founded: { text: p(), start: '2001' }, seat: p(), purpose: p(), sources: cite() }],
    places: [
      { id: 'place-a', name: p(), kind: 'country', aliases: [p()], sources: cite() },
      { id: 'place-b', name: p(), kind: 'country', aliases: [p()], sources: cite() },
    ],
    memberships: [
      { id: 'm-a', org: 'org-x', country: 'place-a', status: 'member', since: { text: p(), start: '2005' }, sources: cite(), note: p() },
      { id: 'm-b', org: 'org-x', country: 'place-b', status: 'founding-member', sources: cite() },
    ],
    events: [
      { id: 'ev-a', title: p(), date: { text: p(), start: '2010' }, kind: 'summit', themes: ['sco'], actors: ['place-a', 'org-x', 'person-x'], sources: cite(), note: p(), conflictsWith: ['ev-b'] },
      { id: 'ev-b', title: p(), date: { text: p(), start: '2012', approximate: true }, kind: 'other', themes: [], actors: ['place-b'], sources: cite(), conflictsWith: ['ev-a'] },
    ],
    figures: [
      { id: 'f-a', metric: p(), label: p(), value: 1.5, unit: p(), qualifier: p(), period: { text: p(), start: '2016' }, from: 'place-a', to: 'place-b', sources: cite(), note: p() },
      { id: 'f-b', metric: 'gdp', label: p(), value: -3, unit: '%', period: { text: p(), start: '2017' }, country: 'place-a', table: { id: 't-1', caption: p(), row: p(), column: p(), source: p() }, sources: cite() },
    ],
    quotes: [{ id: 'q-a', text: p(), speakers: ['person-x'], speakerLabel: p(), role: p(), date: { text: p(), start: '2014' }, context: p(), sources: cite() }],
  };
}

/** Every element inside every shadow root under `root`. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

describe('hostile data', () => {
  it(`renders ${PAYLOADS.length} injection payloads in every text field of every widget as text, and none runs`, async () => {
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${hostileDataset()}>
      <steppe-quote-card></steppe-quote-card>
      <steppe-timeline layout="list" selected="ev-a"></steppe-timeline>
      <steppe-membership-matrix layout="table"></steppe-membership-matrix>
      <steppe-trade-table layout="table"></steppe-trade-table>
      <steppe-trade-table pivot></steppe-trade-table>
    </steppe-dataset>`);
    await frame();
    await frame();
    // open every detail a reader can open
    const widgets = [...wrapper.querySelectorAll('*')].filter((e) => e.shadowRoot);
    for (const w of widgets) {
      for (const d of w.shadowRoot!.querySelectorAll('details')) d.open = true;
      w.shadowRoot!.querySelector<HTMLElement>('td[data-r="1"][data-c="1"], button.cite, .cell-button')?.click();
    }
    await frame();
    await new Promise((r) => setTimeout(r, 100));
    expect(trapped()).to.equal(undefined);
    const injected = deepElements(wrapper).filter((e) => ['SCRIPT', 'IMG', 'IFRAME', 'MATH', 'STYLE', 'A'].includes(e.tagName) || (e.tagName === 'svg' && e.getAttribute('part') !== 'sparkline'));
    expect(injected.map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
    expect(deepElements(wrapper).filter((e) => [...e.attributes].some((a) => a.name.startsWith('on')))).to.deep.equal([]);
    // the payloads are there, as text
    const quote = wrapper.querySelector('steppe-quote-card')!.shadowRoot!;
    expect(text(quote.querySelector('blockquote'))).to.equal(hostileDataset().quotes[0].text.replace(/\s+/g, ' ').trim());
    // a javascript: URL never becomes a link or a cite
    expect(quote.querySelector('blockquote')!.getAttribute('cite')).to.equal(`urn:steppe-widgets:doc:${DOC_A}`);
  });
});

type Case = { name: string; data: unknown; json?: string; expect: RegExp[]; shows?: string };
const src = [{ id: DOC_A, title: 'Doc', authors: [], kind: 'k', sources: [{ doc: DOC_A, excerpt: 'Doc A' }] }];
const goodQuote = { id: 'q-good', text: 'A good quotation.', speakerLabel: 'Someone', sources: [{ doc: DOC_A, excerpt: 'A good quotation.' }] };
const CASES: Case[] = [
  { name: 'a record without an id', data: { sources: src, quotes: [goodQuote, { text: 'x', speakerLabel: 'y', sources: [{ doc: DOC_A, excerpt: 'x' }] }] }, expect: [/quotes\[1\] id: is required but missing/], shows: 'A good quotation.' },
  { name: 'duplicate ids', data: { sources: src, quotes: [goodQuote, { ...goodQuote, text: 'Second' }] }, expect: [/quotes\[1\] \(id "q-good"\) id: duplicate id/], shows: 'A good quotation.' },
  { name: 'wrong types', data: { sources: src, quotes: [goodQuote, { ...goodQuote, id: 'q-2', text: 7, speakers: 'person' }] }, expect: [/quotes\[1\] \(id "q-2"\) text: expected a string, received 7/, /speakers: expected an array of ids/], shows: 'A good quotation.' },
  { name: 'an impossible date', data: { sources: src, quotes: [goodQuote, { ...goodQuote, id: 'q-3', date: { text: 'x', start: '2014-02-31x' } }] }, expect: [/quotes\[1\] \(id "q-3"\) date.start: expected a date written YYYY, YYYY-MM or YYYY-MM-DD/], shows: 'A good quotation.' },
  { name: 'an unknown reference', data: { sources: src, quotes: [{ ...goodQuote, speakers: ['person-ghost'] }] }, expect: [/speakers: refers to "person-ghost"/], shows: 'A good quotation.' },
  { name: 'a citation of an unknown document', data: { sources: src, quotes: [{ ...goodQuote, sources: [{ doc: 'nowhere.txt', excerpt: 'x' }] }] }, expect: [/cites "nowhere.txt", which is not in sources/], shows: 'A good quotation.' },
  { name: 'a collection that is not an array', data: { sources: src, quotes: { q: goodQuote } }, expect: [/quotes: expected an array of records/] },
  { name: 'an unknown collection', data: { sources: src, quote: [goodQuote] }, expect: [/unknown collection "quote"/] },
  { name: 'a huge string', data: { sources: src, quotes: [{ ...goodQuote, context: 'x'.repeat(200_000) }] }, expect: [], shows: 'A good quotation.' },
  { name: 'JSON that does not parse', data: undefined, json: '{ "quotes": [ {"id": "q-1",, } ] }', expect: [/is not valid JSON/] },
  { name: 'not an object', data: [goodQuote], expect: [/expected an object with the collections/] },
];

describe('malformed datasets', () => {
  for (const c of CASES) {
    it(`${c.name}: visible error naming the record, console error, good records still shown, page unharmed`, async () => {
      let host!: HTMLElement;
      const { errors } = await captureConsole(async () => {
        host = await fixture<HTMLElement>(c.json === undefined
          ? html`<div><p id="host">Host text</p><steppe-dataset .data=${c.data}><steppe-quote-card></steppe-quote-card><steppe-timeline layout="list"></steppe-timeline></steppe-dataset></div>`
          : html`<div><p id="host">Host text</p><steppe-dataset><script type="application/json">${c.json}</script><steppe-quote-card></steppe-quote-card></steppe-dataset></div>`);
        const ds = host.querySelector('steppe-dataset')!;
        await ds.updateComplete;
        await host.querySelector('steppe-quote-card')!.updateComplete;
      });
      const alert = host.querySelector('steppe-dataset')!.shadowRoot!.querySelector('[role="alert"]');
      for (const re of c.expect) {
        expect(text(alert), c.name).to.match(re);
        expect(errors.some((e) => re.test(e)), `console: ${c.name}`).to.equal(true);
      }
      if (!c.expect.length) expect(alert).to.equal(null);
      if (c.shows) expect(text(host.querySelector('steppe-quote-card')!.shadowRoot!.querySelector('blockquote'))).to.equal(c.shows);
      expect(host.querySelector('#host')!.checkVisibility()).to.equal(true);
    });
  }

  it('validates 100,000 records, reporting the bad ones and keeping the rest', async () => {
    const quotes = Array.from({ length: 100_000 }, (_, i) => (i % 1000 === 999 ? { id: `q-${i}` } : { ...goodQuote, id: `q-${i}`, text: `Quotation ${i}.` }));
    let ds!: SteppeDataset;
    const { errors } = await captureConsole(async () => {
      ds = await fixture<SteppeDataset>(html`<steppe-dataset .data=${{ sources: src, quotes }}><steppe-quote-card quote-id="q-99998"></steppe-quote-card></steppe-dataset>`);
      await ds.validated; // the first 1,000 at once, all 100,000 right after the first paint
      await ds.updateComplete;
    });
    expect(text(ds.shadowRoot!.querySelector('[role="alert"]'))).to.contain('100 records were left out');
    expect(errors.length).to.equal(51);
    const card = ds.querySelector('steppe-quote-card')!;
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('blockquote'))).to.equal('Quotation 99998.');
  });
});
