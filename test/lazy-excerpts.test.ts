// Lazy excerpts (src/data/excerpts.ts): the embedded collections' verbatim excerpts arrive after the
// first render. Here embedded collections are made the way the build makes them (packed, excerpts in
// a module of their own), with a load the test holds back, resolves or fails, so that a reader's
// view before, at and after the arrival can be checked. Widgets come without the real embedded data
// (dataset-element.ts, quote-card-element.ts), so each test's records are the only ones shown. The
// embedded quotations of a page are one view, so the failure comes after the tests that need all
// of them loaded.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/dataset/dataset-element.js';
import '../src/components/timeline/timeline.js';
import { SteppeQuoteCard } from '../src/components/quote-card/quote-card-element.js';
import { addQuoteData } from '../src/components/quote-card/quote-data.js';
import type { SteppeTimeline } from '../src/components/timeline/timeline.js';
import { addDefaultData } from '../src/data/default-data.js';
import { excerptsReady } from '../src/data/excerpts.js';
import type { Quote, TimelineEvent } from '../src/data/schema.js';
import { unpackRecords, type PackedRecords } from '../src/data/unpack.js';
import { defineElement } from '../src/lib/define.js';
import { captureConsole, text, until } from './fixtures.js';

defineElement('steppe-quote-card', SteppeQuoteCard);

const DOC = '000_1964795e4a79208b.txt';
const PASSAGE = 'The delegations spoke at length of the caravanserai on the old road to Khorgos.';

/** A load the test settles: the excerpts module's default export, or a failure. */
function held(): { load: () => Promise<{ default: readonly unknown[] }>; arrive: () => Promise<void>; fail: () => Promise<void>; started: () => boolean } {
  let resolve!: (m: { default: readonly unknown[] }) => void;
  let reject!: (e: Error) => void;
  let started = false;
  const module = new Promise<{ default: readonly unknown[] }>((res, rej) => ((resolve = res), (reject = rej)));
  const settled = () => new Promise<void>((r) => setTimeout(r));
  return {
    load: () => ((started = true), module),
    arrive: () => (resolve({ default: [PASSAGE] }), settled()),
    fail: () => (reject(new Error('Failed to fetch dynamically imported module: excerpts.js')), settled()),
    started: () => started,
  };
}

/** One quotation, packed with its excerpt apart, as the build ships a collection (scripts/pack-data.mjs). */
function lazyQuote(id: string, collection: string, load: () => Promise<{ default: readonly unknown[] }>): Quote[] {
  const packed: PackedRecords = {
    keys: ['id', 'text', 'speakers', 'speakerLabel', 'sources'], kinds: 'ssasc', docs: [DOC], min: 16,
    rows: [[id, 'The caravan road is open again.', [], 'a delegate', [[0]]]],
  };
  return unpackRecords<Quote>(packed, { collection, load });
}

/** One event, packed the same way. */
function lazyEvent(id: string, collection: string, load: () => Promise<{ default: readonly unknown[] }>): TimelineEvent[] {
  const packed: PackedRecords = {
    keys: ['id', 'title', 'date', 'kind', 'themes', 'actors', 'sources'], kinds: 'ssdsaac', docs: [DOC], min: 16,
    rows: [[id, 'Talks on the old road', ['in May 2014', '2014-05'], 'summit', ['diplomacy'], [], [[0]]]],
  };
  return unpackRecords<TimelineEvent>(packed, { collection, load });
}

const sourceOf = (card: Element) => card.shadowRoot!.querySelector('details')!;

describe('lazy excerpts', () => {
  it('shows the quotation at once, and "Loading the passage…" in a disclosure opened before the excerpt arrives, then the excerpt', async () => {
    const excerpts = held();
    addQuoteData({ quotes: lazyQuote('q-lazy-arrives', 'test quotes A', excerpts.load) });
    const card = await fixture<SteppeQuoteCard>(html`<steppe-quote-card quote-id="q-lazy-arrives"></steppe-quote-card>`);
    // the first paint: the quotation and its speaker, not waiting for the excerpt
    expect(text(card.shadowRoot!.querySelector('blockquote'))).to.equal('The caravan road is open again.');
    // loading starts once that render is painted, not in the same task: a fast response would
    // otherwise be evaluated and rendered ahead of the first frame
    expect(excerpts.started(), 'not before the first paint').to.equal(false);
    await until(() => excerpts.started(), 'the excerpts to start loading after the first paint');
    const details = sourceOf(card);
    details.open = true;
    const status = details.querySelector('[role="status"]');
    expect(text(status)).to.equal('Loading the passage…');
    expect(text(details)).not.to.match(/“\s*”/, 'never an empty pair of quotation marks');
    await expect(card).to.be.accessible();

    await excerpts.arrive();
    await card.updateComplete;
    expect(text(sourceOf(card).querySelector('blockquote'))).to.equal(PASSAGE);
    expect(sourceOf(card).querySelector('[role="status"]')).to.equal(null);
    expect(sourceOf(card).open, 'the disclosure the reader opened stays open').to.equal(true);
  });

  it('loads the excerpts in a tab that paints no frames (one opened in the background)', async () => {
    const excerpts = held();
    addQuoteData({ quotes: lazyQuote('q-lazy-background', 'test quotes D', excerpts.load) });
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0; // a background tab: no frame comes
    let card: SteppeQuoteCard;
    try {
      card = await fixture<SteppeQuoteCard>(html`<steppe-quote-card quote-id="q-lazy-background"></steppe-quote-card>`);
    } finally {
      window.requestAnimationFrame = raf;
    }
    await until(() => excerpts.started(), 'the excerpts to start loading without a frame');
    await excerpts.arrive();
    await card.updateComplete;
    sourceOf(card).open = true;
    expect(text(sourceOf(card).querySelector('blockquote'))).to.equal(PASSAGE);
  });

  it('makes a static copy only once the excerpts are there, with them', async () => {
    const excerpts = held();
    addQuoteData({ quotes: lazyQuote('q-lazy-static', 'test quotes C', excerpts.load) });
    const card = await fixture<SteppeQuoteCard>(html`<steppe-quote-card quote-id="q-lazy-static"></steppe-quote-card>`);
    const copy = card.staticHtml();
    await excerpts.arrive();
    expect(await copy).to.contain(PASSAGE);
  });

  it('says so, visibly and on the console naming the collection, when the excerpts cannot be loaded', async () => {
    const excerpts = held();
    addQuoteData({ quotes: lazyQuote('q-lazy-fails', 'test quotes B', excerpts.load) });
    const card = await fixture<SteppeQuoteCard>(html`<steppe-quote-card quote-id="q-lazy-fails"></steppe-quote-card>`);
    await until(() => excerpts.started(), 'the excerpts to start loading');
    const { errors } = await captureConsole(async () => {
      await excerpts.fail();
      await card.updateComplete;
    });
    expect(errors.join('\n')).to.contain('test quotes B');
    const details = sourceOf(card);
    details.open = true;
    expect(text(details)).to.contain('The passage could not be loaded.');
    expect(text(details)).not.to.contain('Loading the passage');
    expect(text(details)).not.to.match(/“\s*”/);
    let rejected = '';
    await excerptsReady().catch((e: Error) => (rejected = e.message));
    expect(rejected).to.contain('test quotes B');
  });

  it('finds an event by words only its excerpt holds once the excerpts arrive, in a dataset without data of its own', async () => {
    const excerpts = held();
    addDefaultData({ events: lazyEvent('ev-lazy-search', 'test events', excerpts.load) });
    const dataset = await fixture(html`<steppe-dataset><steppe-timeline layout="list" query="caravanserai"></steppe-timeline></steppe-dataset>`);
    const timeline = dataset.querySelector<SteppeTimeline>('steppe-timeline')!;
    await timeline.updateComplete;
    expect(timeline.visibleEvents.map((e) => e.id)).to.deep.equal([]);
    await excerpts.arrive();
    await until(() => timeline.visibleEvents.length === 1, 'the search to run again');
    expect(timeline.visibleEvents[0].id).to.equal('ev-lazy-search');
    expect(text(timeline.shadowRoot!.querySelector('[part~="count"]'))).to.match(/Showing 1 of/);
  });

  it('never makes a page\'s own records wait: their excerpts are there at once', async () => {
    const quotes = [{ id: 'q-own', text: 'Our own words.', speakers: [], speakerLabel: 'a reader', sources: [{ doc: DOC, excerpt: 'Our own words, in our own text.' }] }];
    const dataset = await fixture(html`<steppe-dataset .data=${{ quotes }}><steppe-quote-card quote-id="q-own"></steppe-quote-card></steppe-dataset>`);
    const card = dataset.querySelector<SteppeQuoteCard>('steppe-quote-card')!;
    await card.updateComplete;
    expect(text(sourceOf(card).querySelector('blockquote'))).to.equal('Our own words, in our own text.');
    expect(sourceOf(card).querySelector('[role="status"]')).to.equal(null);
  });
});
