import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { defineElement } from '../src/lib/define.js';
import { SteppeQuoteCard } from '../src/components/quote-card/quote-card.js';
import type { SteppeDataset } from '../src/components/dataset/dataset.js';
import { captureConsole, smallDataset, text } from './fixtures.js';
import { excerptsReady } from '../src/data/excerpts.js';

// The embedded excerpts load after a widget's first render (src/data/excerpts.ts); these tests
// read them, so every test starts once they are there (test/lazy-excerpts.test.ts tests the wait).
before(() => excerptsReady());

const quoteText = (card: Element) => text(card.shadowRoot!.querySelector('blockquote'));

/** The small dataset with Bo Orator's quotation worded otherwise (its excerpt too). */
function withWords(words: string): ReturnType<typeof smallDataset> {
  const data = smallDataset();
  data.quotes[1].text = words;
  data.quotes[1].sources[0].excerpt = `Bo Orator noted “${words}”`;
  return data;
}

describe('<steppe-dataset>', () => {
  it('feeds its data property to the widgets inside it', async () => {
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${smallDataset()}>
      <steppe-quote-card quote-id="q-anon"></steppe-quote-card></steppe-dataset>`);
    const card = wrapper.querySelector('steppe-quote-card')!;
    await card.updateComplete;
    expect(quoteText(card)).to.equal('Nobody asked us.');
    expect(wrapper.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(wrapper).to.be.accessible();
  });

  it('reads a child <script type="application/json"> and follows edits to it', async () => {
    const json = JSON.stringify(smallDataset());
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset>
      <script type="application/json">${json}</script>
      <steppe-quote-card speaker="Orator"></steppe-quote-card></steppe-dataset>`);
    const card = wrapper.querySelector('steppe-quote-card')!;
    await wrapper.updateComplete;
    await card.updateComplete;
    expect(quoteText(card)).to.equal('Cooperation is our main wealth.');

    const changed = withWords('Edited words.');
    wrapper.querySelector('script')!.textContent = JSON.stringify(changed);
    await new Promise((r) => setTimeout(r));
    await wrapper.updateComplete;
    await card.updateComplete;
    expect(quoteText(card)).to.equal('Edited words.');
  });

  it('shows a visible error naming each bad record, logs it, and keeps the good ones', async () => {
    const data = smallDataset();
    (data.quotes[1] as Record<string, unknown>).text = 42;
    (data.quotes[2] as Record<string, unknown>).speakers = ['person-ghost'];
    let wrapper!: SteppeDataset;
    const { errors } = await captureConsole(async () => {
      wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${data}>
        <steppe-quote-card quote-id="q-first"></steppe-quote-card></steppe-dataset>`);
    });
    const alert = wrapper.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.checkVisibility()).to.equal(true);
    expect(text(alert)).to.contain('This dataset has 2 problems; one record was left out.');
    expect(text(alert)).to.contain('quotes[1] (id "q-second") text: expected a string, received 42');
    expect(text(alert)).to.contain('quotes[2] (id "q-anon") speakers: refers to "person-ghost"');
    expect(errors).to.have.length(2);
    expect(errors[0]).to.contain('"q-second"');
    expect(errors[1]).to.contain('"q-anon"');
    const card = wrapper.querySelector('steppe-quote-card')!;
    expect(quoteText(card)).to.equal('The steppe is a bridge, not a wall.');
    await expect(wrapper).to.be.accessible();
  });

  it('reads its records attribute (as a server-rendered page gives them) before a JSON child, and follows changes', async () => {
    const json = JSON.stringify(smallDataset());
    const other = withWords('From the JSON child.');
    const wrapper = await fixture<SteppeDataset>(html`<steppe-dataset records=${json}>
      <script type="application/json">${JSON.stringify(other)}</script>
      <steppe-quote-card speaker="Orator"></steppe-quote-card></steppe-dataset>`);
    const card = wrapper.querySelector('steppe-quote-card')!;
    await wrapper.updateComplete;
    await card.updateComplete;
    expect(quoteText(card)).to.equal('Cooperation is our main wealth.');

    const changed = withWords('Edited words.');
    wrapper.setAttribute('records', JSON.stringify(changed));
    await wrapper.updateComplete;
    await card.updateComplete;
    expect(quoteText(card)).to.equal('Edited words.');
    // without the attribute, the JSON child is read
    wrapper.removeAttribute('records');
    await wrapper.updateComplete;
    await card.updateComplete;
    expect(quoteText(card)).to.equal('From the JSON child.');
  });

  it('reports a records attribute that does not parse, naming the attribute', async () => {
    let wrapper!: SteppeDataset;
    const { errors } = await captureConsole(async () => {
      wrapper = await fixture<SteppeDataset>(html`<steppe-dataset records='{"quotes": [oops]}'>
        <steppe-quote-card></steppe-quote-card></steppe-dataset>`);
      await wrapper.updateComplete;
    });
    const alert = wrapper.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.checkVisibility()).to.equal(true);
    expect(text(alert)).to.contain('the records attribute of <steppe-dataset> is not valid JSON');
    expect(errors.join('\n')).to.contain('the records attribute of <steppe-dataset> is not valid JSON');
    const card = wrapper.querySelector('steppe-quote-card')!;
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('[role="status"]'))).to.contain('No quotations');
  });

  it('reports JSON that does not parse, without breaking the page', async () => {
    let wrapper!: SteppeDataset;
    const { errors } = await captureConsole(async () => {
      wrapper = await fixture<SteppeDataset>(html`<div><p id="host-text">Host paragraph</p><steppe-dataset>
        <script type="application/json">{ "quotes": [ oops ] }</script>
        <steppe-quote-card></steppe-quote-card></steppe-dataset></div>`).then((d) => d.querySelector('steppe-dataset')!);
      await wrapper.updateComplete;
    });
    expect(text(wrapper.shadowRoot!.querySelector('[role="alert"]'))).to.contain('is not valid JSON');
    expect(errors.join('\n')).to.contain('not valid JSON');
    const card = wrapper.querySelector('steppe-quote-card')!;
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('[role="status"]'))).to.contain('No quotations');
    expect(document.getElementById('host-text')!.checkVisibility()).to.equal(true);
  });

  it('caps the visible list and says how many more problems there are', async () => {
    const quotes = Array.from({ length: 30 }, (_, i) => ({ id: `q-${i}` }));
    let wrapper!: SteppeDataset;
    const { errors } = await captureConsole(async () => {
      wrapper = await fixture<SteppeDataset>(html`<steppe-dataset .data=${{ quotes }}></steppe-dataset>`);
    });
    const alert = wrapper.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelectorAll('li')).to.have.length(20);
    expect(text(alert)).to.contain('This dataset has 90 problems; 30 records were left out.');
    expect(text(alert)).to.contain('quotes[0] (id "q-0") text: is required but missing');
    expect(text(alert)).to.contain('…and 70 more; the browser console lists them.');
    expect(errors).to.have.length(51); // 50 lines, then a count of the rest
    expect(errors[50]).to.contain('…and 40 more data problems');
  });

  it('serves a widget that upgraded before the provider existed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // A provider tag that is not yet defined: the card asks first, the provider comes later.
    host.innerHTML = '<steppe-late-dataset><steppe-quote-card quote-id="q-union"></steppe-quote-card></steppe-late-dataset>';
    const card = host.querySelector('steppe-quote-card')!;
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('[role="status"]'))).to.contain('Quotation not found');
    const { SteppeDataset: Provider } = await import('../src/components/dataset/dataset.js');
    class LateDataset extends Provider {}
    const late = host.querySelector('steppe-late-dataset') as SteppeDataset;
    late.data = smallDataset();
    await captureConsole(() => customElements.define('steppe-late-dataset', LateDataset));
    await (host.querySelector('steppe-late-dataset') as SteppeDataset).updateComplete;
    await card.updateComplete;
    expect(quoteText(card)).to.equal('Integration serves all members.');
  });
});

describe('defineElement', () => {
  it('keeps the first definition without a word when another file of this release defined the tag', async () => {
    class Copy extends SteppeQuoteCard {}
    const { warnings, errors } = await captureConsole(() => {
      defineElement('steppe-quote-card', Copy);
      defineElement('steppe-quote-card', Copy);
    });
    expect(customElements.get('steppe-quote-card')).to.equal(SteppeQuoteCard);
    expect(warnings).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('keeps the first definition and warns once when another release (or script) defined the tag', async () => {
    class Older extends HTMLElement {}
    Object.defineProperty(Older, Symbol.for('steppe-widgets/release'), { value: '0.0.1' });
    customElements.define('steppe-define-test', Older);
    class Copy extends HTMLElement {}
    const { warnings } = await captureConsole(() => {
      defineElement('steppe-define-test', Copy);
      defineElement('steppe-define-test', Copy);
    });
    expect(customElements.get('steppe-define-test')).to.equal(Older);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<steppe-define-test> is already defined by steppe-widgets 0.0.1');
  });
});

describe('<steppe-dataset> with a large dataset of the page’s own', () => {
  const figure = (i: number) => ({ id: `f-${i}`, metric: 'other', label: `Figure ${i}`, value: i, unit: 'units', sources: [{ doc: 'doc-a', excerpt: `figure ${i}` }] });
  const sources = [{ id: 'doc-a', title: 'Doc A', authors: ['A. Author'], kind: 'article', sources: [{ doc: 'doc-a', excerpt: 'Doc A' }] }];

  it('shows the first records at once and every record after the first paint; a bad record is never shown, and is reported', async () => {
    const figures = Array.from({ length: 3000 }, (_, i) => (i === 2500 ? { ...figure(i), value: 'not a number' } : figure(i)));
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    try {
      const ds = await fixture<SteppeDataset>(html`<steppe-dataset .data=${{ sources, figures }}><steppe-trade-table layout="table" page-size="5000"></steppe-trade-table></steppe-dataset>`);
      const table = ds.querySelector('steppe-trade-table')!;
      await table.updateComplete;
      // the first pass: the first 250, checked; the rest said to be on its way
      expect(table.visibleFigures.length).to.equal(250);
      expect(ds.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Checking 2,750 more records');
      // the table does not count the first 250 as all of them
      expect(table.shadowRoot!.querySelector('.count')!.textContent!.trim()).to.equal('Showing 250 of 250 figures; checking 2,750 more records…');
      expect(ds.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      await ds.validated;
      await ds.updateComplete;
      await table.updateComplete;
      expect(table.visibleFigures.length).to.equal(2999);
      expect(table.shadowRoot!.querySelector('.count')!.textContent!.trim()).to.equal('Showing 2,999 of 2,999 figures');
      expect(table.visibleFigures.some((f) => f.id === 'f-2500')).to.equal(false);
      expect(ds.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
      expect(ds.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('f-2500');
      expect(errors.join('\n')).to.contain('f-2500');
    } finally {
      console.error = original;
    }
  });

  it('writes "Checking N more records" without a number format, which would load the browser’s locale data before the first paint', async () => {
    const figures = Array.from({ length: 1500 }, (_, i) => figure(i));
    const lang = document.documentElement.lang;
    const original = { toLocaleString: Number.prototype.toLocaleString, NumberFormat: Intl.NumberFormat };
    const calls: string[] = [];
    document.documentElement.lang = 'en';
    Number.prototype.toLocaleString = function (this: number, ...args: []) {
      calls.push(`toLocaleString(${this})`);
      return original.toLocaleString.apply(this, args);
    };
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      calls.push('new Intl.NumberFormat');
      return new original.NumberFormat(...args);
    } as unknown as typeof Intl.NumberFormat;
    try {
      const ds = await fixture<SteppeDataset>(html`<steppe-dataset .data=${{ sources, figures }}><steppe-trade-table layout="table"></steppe-trade-table></steppe-dataset>`);
      await ds.querySelector('steppe-trade-table')!.updateComplete;
      expect(ds.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Checking 1,250 more records');
      expect(calls).to.deep.equal([]);
      await ds.validated;
    } finally {
      Number.prototype.toLocaleString = original.toLocaleString;
      Intl.NumberFormat = original.NumberFormat;
      document.documentElement.lang = lang;
    }
  });

  it('checks every record in a tab that paints no frames (one opened in the background)', async () => {
    const figures = Array.from({ length: 1500 }, (_, i) => figure(i));
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0; // a background tab: no frame comes
    let ds: SteppeDataset;
    try {
      ds = await fixture<SteppeDataset>(html`<steppe-dataset .data=${{ sources, figures }}><steppe-trade-table layout="table" page-size="5000"></steppe-trade-table></steppe-dataset>`);
      await ds.querySelector('steppe-trade-table')!.updateComplete;
    } finally {
      window.requestAnimationFrame = raf;
    }
    const table = ds.querySelector('steppe-trade-table')!;
    expect(table.visibleFigures.length).to.equal(250);
    await ds.validated;
    await ds.updateComplete;
    await table.updateComplete;
    expect(table.visibleFigures.length).to.equal(1500);
    expect(ds.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
  });

  it('says a record of the second pass is loading, not missing, until it has been checked', async () => {
    const quote = (i: number) => ({ id: `q-${i}`, text: `Quotation ${i}.`, speakers: [], speakerLabel: 'Someone', sources: [{ doc: 'doc-a', excerpt: `Quotation ${i}` }] });
    const quotes = Array.from({ length: 2500 }, (_, i) => quote(i));
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const ds = await fixture<SteppeDataset>(html`<steppe-dataset .data=${{ sources, quotes }}><steppe-quote-card quote-id="q-2400"></steppe-quote-card></steppe-dataset>`);
      const card = ds.querySelector('steppe-quote-card')!;
      await card.updateComplete;
      expect(card.shadowRoot!.textContent).to.contain('Loading the quotation');
      await ds.validated;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal('Quotation 2400.');
      expect(warnings.filter((w) => w.includes('steppe-quote-card'))).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
  });
});
