import { expect } from '@open-wc/testing';
import { frame, loadPage, text } from './fixtures.js';
import { excerptsReady } from '../src/data/excerpts.js';

// The embedded excerpts load after a widget's first render (src/data/excerpts.ts); these tests
// read them, so every test starts once they are there (test/lazy-excerpts.test.ts tests the wait).
before(() => excerptsReady());

/** The smallest page: one-quotation entries (dist/quote/<id>.js, built by `npm run build`). */
describe('one-quotation entries (dist/quote/<id>.js)', () => {
  it('two on one page share the card, each card shows its own quotation, and only a quotation no script brought is reported missing', async () => {
    const iframe = await loadPage('quote/two-quotes.html', 'two quotations', 'width:700px;height:900px');
    const win = iframe.contentWindow as Window & { __warnings: string[] };
    const cards = [...iframe.contentDocument!.querySelectorAll('steppe-quote-card')];
    const shown = () => cards.map((c) => text(c.shadowRoot?.querySelector('blockquote, [part=message]')));
    for (let i = 0; i < 100 && !shown()[2].includes('not found'); i++) await frame();

    const [xi, wang, missing] = shown();
    expect(xi).to.equal('Asia for Asians');
    expect(wang).to.equal('comprehensive strategic cooperative partnership');
    expect(missing).to.include('Quotation not found: “q-000-not-loaded-here”');
    // the speakers' names come with the entry, and the cited document's title
    expect(text(cards[1].shadowRoot!.querySelector('[part=speaker-name]'))).to.equal('Wang Yi and Sergei Lavrov');
    expect(text(cards[1].shadowRoot!.querySelector('[part=work]'))).to.not.equal('');
    expect(cards[1].shadowRoot!.querySelector('[part=source-excerpt]')!.textContent).to.include('issued a joint statement');
    // the card a later script brought was never reported missing
    expect(win.__warnings.filter((w) => w.includes('no quotation'))).to.deep.equal(['[steppe-quote-card] no quotation with id "q-000-not-loaded-here"']);
    // one copy of the card for both entries and the page's preload of it
    const chunks = win.performance.getEntriesByType('resource').filter((r) => /\/dist\/quote\/(card|quote-card-[^/]+)\.js/.test(r.name));
    expect(chunks.map((r) => r.name.replace(/^.*\//, ''))).to.deep.equal(['card.js']);
  });

  it('inside a <steppe-dataset> that another file defines, shows the dataset\'s quotation from its first render, loading the link to it then', async () => {
    const iframe = await loadPage('quote/in-dataset.html', 'a quotation in a dataset', 'width:700px;height:900px');
    const win = iframe.contentWindow as Window & { __shown: string[] };
    const [inside, outside] = [...iframe.contentDocument!.querySelectorAll('steppe-quote-card')];
    const quoted = (card: Element) => text(card.shadowRoot?.querySelector('blockquote'));
    for (let i = 0; i < 100 && quoted(inside) !== 'The page’s own words.'; i++) await frame();

    expect(quoted(inside)).to.equal('The page’s own words.');
    expect(text(inside.shadowRoot!.querySelector('[part=speaker-name]'))).to.equal('Ana Speaker');
    // the card beside the dataset keeps the quotation its entry brought
    expect(quoted(outside)).to.equal('Asia for Asians');
    // the card in the dataset never showed the embedded words, not even before its link arrived
    expect(win.__shown.length).to.be.greaterThan(0);
    expect([...new Set(win.__shown)]).to.deep.equal(['The page’s own words.']);
    // the link came as its own small file, once: a page with no dataset does not load it (above)
    const chunks = win.performance.getEntriesByType('resource').filter((r) => /\/dist\/quote\/quote-card-[^/]+\.js/.test(r.name));
    expect(chunks.length).to.equal(1);
  });

  it('inside a <steppe-dataset> that no script defines, shows the quotation its entry brought once the page has loaded, and says why', async () => {
    const iframe = await loadPage('quote/undefined-dataset.html', 'a quotation in an undefined dataset', 'width:700px;height:600px');
    const win = iframe.contentWindow as Window & { __warnings: string[] };
    const card = iframe.contentDocument!.querySelector('steppe-quote-card')!;
    for (let i = 0; i < 100 && !card.shadowRoot?.querySelector('blockquote'); i++) await frame();
    expect(text(card.shadowRoot!.querySelector('blockquote'))).to.equal('Asia for Asians');
    expect(win.__warnings).to.deep.equal(['steppe-widgets: <steppe-quote-card> is inside <steppe-dataset>, which no script on the page has defined; it shows the embedded records until one does']);
  });
});
