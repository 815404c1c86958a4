// "Cite this" on every widget: the reference of the view on screen and of the documents it draws
// on, as plain text and as BibTeX, each with Copy; the source line names the same documents.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { quotes } from '../src/data/collections/quotes.js';
import { sources } from '../src/data/collections/sources.js';
import { bibEntry, bibValue, viewReferences } from '../src/lib/cite.js';
import { createView } from '../src/data/view.js';
import { shortReference, fullReference } from '../src/lib/reference.js';
import { text, until } from './fixtures.js';

const root = (el: Element) => el.shadowRoot!;

async function openCite(el: HTMLElement): Promise<ShadowRoot> {
  const button = root(el).querySelector<HTMLButtonElement>('[part="cite-button"]');
  if (!button) throw new Error(`${el.tagName} has no “Cite this” button`);
  expect(text(button)).to.equal('Cite this');
  expect(button.getAttribute('aria-expanded')).to.equal('false');
  button.click();
  await until(() => Boolean(root(el).querySelector('steppe-cite')?.shadowRoot?.querySelector('#bibtex')), 'the cite panel');
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  return root(el).querySelector('steppe-cite')!.shadowRoot!;
}

const widgets: [string, () => ReturnType<typeof html>][] = [
  ['timeline', () => html`<steppe-timeline layout="list" actors="Kazakhstan" from="2013" to="2014"></steppe-timeline>`],
  ['membership matrix', () => html`<steppe-membership-matrix></steppe-membership-matrix>`],
  ['trade table', () => html`<steppe-trade-table></steppe-trade-table>`],
  ['quote card', () => html`<steppe-quote-card quote-id=${quotes()[0].id}></steppe-quote-card>`],
];

describe('“Cite this” on every widget', () => {
  for (const [name, template] of widgets) {
    it(`${name}: the view's reference and its documents', as plain text and BibTeX, matching its source line`, async () => {
      const el = await fixture<HTMLElement>(template());
      await until(() => Boolean(root(el).querySelector('[part="cite-button"]')), 'the cite button');
      const panel = await openCite(el);
      const plain = panel.querySelector<HTMLTextAreaElement>('#text')!.value;
      const bibtex = panel.querySelector<HTMLTextAreaElement>('#bibtex')!.value;
      expect(plain).to.contain('from steppe-widgets');
      expect(plain).to.contain(location.href);
      // every document the source line names is in both forms, in full
      const line = root(el).querySelector('[part="source-line"]');
      const named = line ? [...line.querySelectorAll('cite')].map(text) : [text(root(el).querySelector('[part="work"]'))].flatMap((t) => t.split('; '));
      expect(named.length).to.be.greaterThan(0);
      for (const short of named) {
        const source = sources().find((s) => shortReference(s) === short)!;
        expect(source, short).to.not.equal(undefined);
        expect(plain).to.contain(fullReference(source));
        expect(bibtex).to.contain(`{${bibValue(source.title)}}`);
      }
      // one @misc for the view, one entry per document, braces balanced
      expect(bibtex.match(/^@\w+\{/gm)!.length).to.equal(named.length + 1);
      expect(bibtex.split('{').length).to.equal(bibtex.split('}').length);
      expect(plain).not.to.match(/\d{3}_[0-9a-f]{16}\.txt/);
      await expect(el).to.be.accessible();
    });
  }

  it('copies the reference and the BibTeX, and says so', async () => {
    const el = await fixture<HTMLElement>(html`<steppe-trade-table></steppe-trade-table>`);
    await until(() => Boolean(root(el).querySelector('[part="cite-button"]')), 'the cite button');
    const panel = await openCite(el);
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      const [copyText, copyBib] = [...panel.querySelectorAll('button')];
      copyText.click();
      await until(() => copied.length === 1, 'the copy');
      expect(copied[0]).to.equal(panel.querySelector<HTMLTextAreaElement>('#text')!.value);
      await until(() => text(panel.querySelector('[role="status"]')) === 'Reference copied to the clipboard.', 'the status');
      copyBib.click();
      await until(() => copied.length === 2, 'the second copy');
      expect(copied[1]).to.match(/^@misc\{steppe-widgets-/);
      await until(() => text(panel.querySelector('[role="status"]')) === 'BibTeX copied to the clipboard.', 'the status');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('names the view’s filters, and never guesses what a document does not give', () => {
    const view = createView({ sources: sources() }, 'embedded');
    const unsigned = sources().find((s) => !s.authors.length && !s.year)!;
    const { text: plain, bibtex } = viewReferences(
      { title: 'Figures & 100% of them', kind: 'a table of figures', docs: [unsigned.id], view, filters: 'Filters: metric “gdp”' },
      'https://example.org/post#figures', new Date(Date.UTC(2026, 11, 7)),
    );
    expect(plain.split('\n')[0]).to.equal(
      `“Figures & 100% of them”, a table of figures from steppe-widgets, drawing on ${shortReference(unsigned)}. Filters: metric “gdp”. https://example.org/post#figures, viewed 7 December 2026.`,
    );
    expect(bibtex).to.contain('title = {{Figures \\& 100\\% of them}}');
    expect(bibtex).to.contain('url = {https://example.org/post\\#figures}');
    const entry = bibEntry(unsigned);
    expect(entry).not.to.match(/author|year/);
    expect(entry).to.match(/^@article\{unsigned\w+,/);
    const edited = sources().find((s) => /edited/.test(s.kind))!;
    expect(bibEntry(edited)).to.match(/^@book\{/);
    expect(bibEntry(edited)).to.contain(`editor = {${edited.authors.join(' and ')}}`);
  });
});
