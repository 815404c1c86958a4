import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { embeddedDataset, excerptsReady } from '../src/data/index.js';
import type { SteppeDataset } from '../src/components/dataset/dataset.js';
import type { SteppeQuoteCard } from '../src/components/quote-card/quote-card.js';
import { captureConsole, smallDataset, text } from './fixtures.js';

// The embedded excerpts load after a widget's first render (src/data/excerpts.ts); these tests
// read them, so every test starts once they are there (test/lazy-excerpts.test.ts tests the wait).
before(() => excerptsReady());

const shadow = (el: Element) => el.shadowRoot!;

async function inDataset(data: unknown, card = html`<steppe-quote-card quote-id="q-first"></steppe-quote-card>`) {
  const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${data}>${card}</steppe-dataset>`);
  const el = wrapper.querySelector('steppe-quote-card')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('<steppe-quote-card> with the embedded data', () => {
  it('shows a real quotation with its speaker and its source document', async () => {
    const el = await fixture<SteppeQuoteCard>(html`<steppe-quote-card></steppe-quote-card>`);
    const first = embeddedDataset.quotes[0];
    expect(text(shadow(el).querySelector('blockquote'))).to.equal(first.text.replace(/\s+/g, ' ').trim());
    const source = embeddedDataset.sources.find((s) => s.id === first.sources[0].doc)!;
    expect(text(shadow(el).querySelector('figcaption'))).to.contain(source.title);
    await expect(el).to.be.accessible();
  });

  it('requests nothing from any other origin', async () => {
    const el = await fixture<SteppeQuoteCard>(html`<steppe-quote-card speaker="Tokayev"></steppe-quote-card>`);
    shadow(el).querySelector('details')!.open = true;
    await new Promise((r) => setTimeout(r, 50));
    const foreign = performance.getEntriesByType('resource').map((e) => e.name).filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });

  it('shows any embedded quotation by id, with its verbatim excerpt', async () => {
    for (const quote of [embeddedDataset.quotes.at(-1)!, embeddedDataset.quotes[Math.floor(embeddedDataset.quotes.length / 2)]]) {
      const el = await fixture<SteppeQuoteCard>(html`<steppe-quote-card quote-id=${quote.id}></steppe-quote-card>`);
      expect(text(shadow(el).querySelector('blockquote'))).to.equal(quote.text.replace(/\s+/g, ' ').trim());
      const excerpts = [...shadow(el).querySelectorAll('[part="source-excerpt"]')].map(text);
      expect(excerpts).to.deep.equal(quote.sources.map((s) => s.excerpt.replace(/\s+/g, ' ').trim()));
    }
  });
});

describe('<steppe-quote-card> rendering', () => {
  it('puts speaker, role and date in the caption, outside the blockquote', async () => {
    const { el } = await inDataset(smallDataset());
    const root = shadow(el);
    expect(text(root.querySelector('blockquote'))).to.equal('The steppe is a bridge, not a wall.');
    expect(root.querySelector('blockquote')!.getAttribute('cite')).to.equal('urn:steppe-widgets:doc:doc-a.txt');
    const caption = root.querySelector('figure > figcaption')!;
    expect(text(caption.querySelector('[part="speaker-name"]'))).to.equal('Ana Speaker');
    expect(text(caption.querySelector('[part="role"]'))).to.equal('Foreign minister');
    const time = caption.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2014-05');
    expect(text(time)).to.equal('May 2014');
    // the work as a reader cites it (authors' surnames; a year when the data gives one), not its file
    expect(text(caption.querySelector('cite[part="work"]'))).to.equal('Author and Writer');
    expect(root.querySelector('figure')!.getAttribute('itemtype')).to.equal('https://schema.org/Quotation');
  });

  it('shows a vague date no sharper than the text gives it (a decade as the decade)', async () => {
    const { el } = await inDataset(smallDataset(), html`<steppe-quote-card quote-id="q-second"></steppe-quote-card>`);
    expect(text(shadow(el).querySelector('time'))).to.equal('the 2000s');
  });

  it('shows the date a passage gives when the wording alone is relative', async () => {
    const data = smallDataset();
    data.quotes[0].date = { text: 'that same day', start: '2015-05-08', fromPassage: true } as typeof data.quotes[0]['date'];
    const { el } = await inDataset(data);
    const time = shadow(el).querySelector('time')!;
    expect(text(time)).to.equal('8 May 2015');
    expect(time.getAttribute('datetime')).to.equal('2015-05-08');
  });

  it('names an unnamed speaker as the text does', async () => {
    const { el } = await inDataset(smallDataset(), html`<steppe-quote-card quote-id="q-anon"></steppe-quote-card>`);
    expect(text(shadow(el).querySelector('[part="speaker-name"]'))).to.equal('a local analyst');
    expect(shadow(el).querySelector('time')).to.equal(null);
  });

  it('filters by speaker id, name or alias', async () => {
    for (const speaker of ['person-bo-orator', 'orator', 'Bo Orator']) {
      const { el } = await inDataset(smallDataset(), html`<steppe-quote-card speaker=${speaker}></steppe-quote-card>`);
      expect(text(shadow(el).querySelector('blockquote')), speaker).to.equal('Cooperation is our main wealth.');
    }
    const { el } = await inDataset(smallDataset(), html`<steppe-quote-card speaker="SU"></steppe-quote-card>`);
    expect(text(shadow(el).querySelector('blockquote'))).to.equal('Integration serves all members.');
  });

  it('re-renders when quote-id changes', async () => {
    const { el } = await inDataset(smallDataset());
    el.quoteId = 'q-anon';
    await el.updateComplete;
    expect(text(shadow(el).querySelector('blockquote'))).to.equal('Nobody asked us.');
  });

  it('renders data strings as text, never as markup', async () => {
    const data = smallDataset();
    data.quotes[0].text = '<img src=x onerror="window.__pwned=1">Hi';
    const { el } = await inDataset(data);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(text(shadow(el).querySelector('blockquote'))).to.equal('<img src=x onerror="window.__pwned=1">Hi');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is accessible with the disclosure closed and open', async () => {
    const { el } = await inDataset(smallDataset(), html`<steppe-quote-card quote-id="q-second"></steppe-quote-card>`);
    await expect(el).to.be.accessible();
    shadow(el).querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
  });
});

describe('<steppe-quote-card> source disclosure', () => {
  it('opens with the keyboard and shows document, authors and the verbatim excerpt', async () => {
    const { el } = await inDataset(smallDataset());
    const summary = shadow(el).querySelector('summary')!;
    const excerpt = shadow(el).querySelector('[part="source-excerpt"]')!;
    expect(text(summary)).to.equal('Source');
    expect(excerpt.checkVisibility()).to.equal(false);

    summary.focus();
    expect(shadow(el).activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(excerpt.checkVisibility()).to.equal(true);
    expect(text(excerpt)).to.equal('Foreign minister Ana Speaker said in May 2014 that “The steppe is a bridge, not a wall.”');
    const item = text(shadow(el).querySelector('[part="source-item"]'));
    expect(item).to.contain('Ada Author and Ben Writer. A Study of Steppe Diplomacy. Journal of Tests 1(1).');
    expect(item).to.contain('Note: endnote 4');
    expect(item, 'a reader is never shown the file name').not.to.contain('doc-a.txt');

    await sendKeys({ press: ' ' });
    expect(excerpt.checkVisibility()).to.equal(false);
  });

  it('lists every source of a record and says when a text is unsigned', async () => {
    const { el } = await inDataset(smallDataset(), html`<steppe-quote-card quote-id="q-second"></steppe-quote-card>`);
    expect(text(shadow(el).querySelector('summary'))).to.equal('Sources (2)');
    const items = [...shadow(el).querySelectorAll('[part="source-item"]')].map(text);
    expect(items).to.have.length(2);
    expect(items[0]).to.contain('Unsigned. Untitled Notes.');
  });

  it('keeps a short date on one line in a narrow card', async () => {
    for (const width of [150, 170, 190, 210, 230]) {
      const { el } = await inDataset(smallDataset(), html`<steppe-quote-card quote-id="q-first" style=${`width:${width}px;display:block`}></steppe-quote-card>`);
      const time = shadow(el).querySelector('time')!;
      expect(text(time)).to.equal('May 2014');
      expect(time.getClientRects().length, `at ${width} px`).to.equal(1);
    }
  });

  it('counts two passages of one text as one source, its reference once and both passages', async () => {
    const d = smallDataset();
    const q = d.quotes.find((x) => x.id === 'q-anon')!;
    (q as { sources: unknown[] }).sources = [...q.sources, { doc: q.sources[0].doc, excerpt: 'the analyst repeated “Nobody asked us.”' }];
    const { el } = await inDataset(d, html`<steppe-quote-card quote-id="q-anon"></steppe-quote-card>`);
    expect(text(shadow(el).querySelector('summary'))).to.equal('Source, 2 passages');
    const items = [...shadow(el).querySelectorAll('[part="source-item"]')];
    expect(items).to.have.length(1);
    expect(items[0].querySelectorAll('[part="source-title"]')).to.have.length(1);
    expect([...items[0].querySelectorAll('[part~="source-excerpt"]')].map(text)).to.deep.equal(['a local analyst said “Nobody asked us.”', 'the analyst repeated “Nobody asked us.”']);
  });
});

describe('<steppe-quote-card> states', () => {
  it('shows a visible not-found state for an unknown quote-id and warns once', async () => {
    let el!: SteppeQuoteCard;
    const { warnings } = await captureConsole(async () => {
      el = await fixture<SteppeQuoteCard>(html`<steppe-quote-card quote-id="q-does-not-exist"></steppe-quote-card>`);
    });
    const message = shadow(el).querySelector('[role="status"]')!;
    expect(text(message)).to.contain('Quotation not found: “q-does-not-exist”');
    expect(message.checkVisibility()).to.equal(true);
    expect(warnings).to.deep.equal(['[steppe-quote-card] no quotation with id "q-does-not-exist"']);
    await expect(el).to.be.accessible();
  });

  it('explains why a quote-id is missing when its record was invalid', async () => {
    const data = smallDataset();
    (data.quotes[0] as Record<string, unknown>).speakerLabel = '';
    let el!: SteppeQuoteCard;
    await captureConsole(async () => ({ el } = await inDataset(data)));
    expect(text(shadow(el).querySelector('[role="status"]'))).to.contain('quotes[0] (id "q-first") speakerLabel: expected a non-empty string');
  });

  it('says so when no quotation is by the requested speaker', async () => {
    let el!: SteppeQuoteCard;
    await captureConsole(async () => ({ el } = await inDataset(smallDataset(), html`<steppe-quote-card speaker="Nobody Known"></steppe-quote-card>`)));
    expect(text(shadow(el).querySelector('[role="status"]'))).to.contain('No quotation by “Nobody Known”');
  });

  it('says so when the dataset has no quotations', async () => {
    const { el } = await inDataset({ sources: [] }, html`<steppe-quote-card></steppe-quote-card>`);
    expect(text(shadow(el).querySelector('[role="status"]'))).to.contain('No quotations');
  });

  it('shows the readable light-DOM content until the element upgrades', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="upgrade test" style="width:600px;height:400px"
      srcdoc='<!doctype html><html lang="en"><body><steppe-quote-card><blockquote id="fallback">Readable without scripts</blockquote></steppe-quote-card></body></html>'></iframe>`);
    await new Promise<void>((resolve) => (frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childElementCount ? resolve() : frame.addEventListener('load', () => resolve(), { once: true })));
    const doc = frame.contentDocument!;
    const fallback = doc.getElementById('fallback')!;
    expect(fallback.checkVisibility()).to.equal(true);
    expect(doc.body.innerText).to.contain('Readable without scripts');

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('../src/index.ts', import.meta.url).href;
    doc.head.append(script);
    await new Promise<void>((resolve, reject) => {
      script.addEventListener('load', () => resolve(), { once: true });
      script.addEventListener('error', () => reject(new Error('library failed to load in the iframe')), { once: true });
    });
    const card = doc.querySelector('steppe-quote-card') as SteppeQuoteCard;
    await frame.contentWindow!.customElements.whenDefined('steppe-quote-card');
    await card.updateComplete;
    expect(fallback.checkVisibility()).to.equal(false);
    expect(text(card.shadowRoot!.querySelector('blockquote'))).to.equal(embeddedDataset.quotes[0].text.replace(/\s+/g, ' ').trim());
  });
});
