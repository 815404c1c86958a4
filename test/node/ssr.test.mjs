// Server-side rendering with Lit's SSR: every widget renders its content into declarative shadow
// DOM in Node, the page reads with script disabled, the hydrating entry takes the server's DOM
// over in place (no second copy, no error, the widgets respond), and the plain bundle over
// server-rendered HTML renders afresh rather than twice. Needs `npm run build` (dist/esm).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { launch, root, serve, visit } from './browser.mjs';

// the entry for servers: every widget, with the data's excerpts loaded before rendering
await import(new URL('dist/esm/ssr.js', root).href);
const quotes = (await import(new URL('dist/data/quotes.json', root), { with: { type: 'json' } })).default;

/** A widget rendered by Lit's SSR, as a server-rendered page holds it. */
const ssr = async (tag, attributes = '') =>
  collectResult(render(html`<${unsafeStatic(`${tag}${attributes ? ` ${attributes}` : ''}`)}></${unsafeStatic(tag)}>`));
/** What a reader reads of server output: text without styles, markers or tags. */
const readable = (markup) => markup.replace(/<style>[^]*?<\/style>/g, '').replace(/<!--[^]*?-->|<\?>/g, '')
  .replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');

const WIDGETS = {
  'steppe-quote-card': `quote-id="${quotes[3].id}"`,
  'steppe-timeline': 'kinds="summit" from="2013"',
  'steppe-trade-table': '',
  'steppe-membership-matrix': '',
};

describe('Lit SSR in Node', () => {
  it('renders every widget\'s content into a declarative shadow root, nothing measured', async () => {
    const quote = await ssr('steppe-quote-card', WIDGETS['steppe-quote-card']);
    assert.match(quote, /^(<!--lit-part[^>]*-->)?<steppe-quote-card [^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    assert.ok(readable(quote).includes(quotes[3].text.replace(/\s+/g, ' ').slice(0, 60)), 'the quotation');
    // its sources with their passages, not a stand-in for them
    assert.ok(readable(quote).includes(quotes[3].sources[0].excerpt.replace(/\\/g, '').replace(/\s+/g, ' ').slice(0, 40)), 'the passage');
    assert.doesNotMatch(quote, /Loading the passage/);

    const timeline = readable(await ssr('steppe-timeline', WIDGETS['steppe-timeline']));
    assert.match(timeline, /Showing (\d+) of \d+ events/);
    const shown = Number(timeline.match(/Showing (\d+) of/)[1]);
    assert.ok(shown > 3, `${shown} summits`);
    // the list by year, every shown event in it (a server has no width for the axis)
    assert.match(timeline, /\b2013 \(\d+\)/);

    const table = readable(await ssr('steppe-trade-table'));
    assert.match(table, /Exports to Russia 20\.8 % 15\.4 %/, 'the opening comparison\'s cells');
    const cards = readable(await ssr('steppe-trade-table', 'default-view="all" metric="gdp"'));
    assert.match(cards, /GDP of Kazakhstan \(current US\$\)/);

    const matrix = readable(await ssr('steppe-membership-matrix'));
    assert.match(matrix, /Kazakhstan in Eurasian Economic Union: founding member, since 1 January 2015/);
  });

  it('writes a checkbox, a radio or an option as checked or selected only when it is', async () => {
    for (const [tag, attributes] of [['steppe-trade-table', ''], ['steppe-membership-matrix', ''], ['steppe-membership-matrix', 'transpose'], ['steppe-timeline', '']]) {
      const out = await ssr(tag, attributes);
      assert.doesNotMatch(out, /(checked|selected)="(false|undefined)"/, `${tag} ${attributes}`);
      assert.doesNotMatch(out, /="undefined"/, `${tag} ${attributes}`);
    }
    assert.match(await ssr('steppe-membership-matrix', 'transpose'), /<input type="checkbox" checked/);
    assert.doesNotMatch(await ssr('steppe-membership-matrix'), /<input type="checkbox" checked/);
  });
});

describe('a server-rendered page in the browser', () => {
  let server;
  let browser;
  const pages = new URL('build/ssr/', root);
  before(async () => {
    mkdirSync(pages, { recursive: true });
    const body = (await Promise.all(Object.entries(WIDGETS).map(([tag, a]) => ssr(tag, a)))).join('\n');
    const page = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
${script ? `<script type="module" src="../../dist/${script}"></script>` : ''}</head><body style="width:1000px">${body}</body></html>`;
    writeFileSync(new URL('hydrate.html', pages), page('steppe-widgets.hydrate.js'));
    writeFileSync(new URL('plain.html', pages), page('steppe-widgets.js'));
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const contents = (page) => page.evaluate((tags) => tags.map((t) => {
    const el = document.querySelector(t);
    return { tag: t, bases: el.shadowRoot?.querySelectorAll('[part~="base"]').length ?? 0, text: el.shadowRoot?.textContent.replace(/\s+/g, ' ').length ?? 0 };
  }), Object.keys(WIDGETS));

  it('reads with script disabled: each widget shows its content', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}/build/ssr/hydrate.html`);
    for (const c of await contents(page)) {
      assert.equal(c.bases, 1, `${c.tag} has its content once`);
      assert.ok(c.text > 200, `${c.tag} shows text (${c.text} characters)`);
    }
    await page.close();
  });

  it('hydrates with the hydrating entry: the same DOM taken over, no error, and it responds', async () => {
    const { page, log } = await visit(browser, `${server.origin}/build/ssr/hydrate.html`);
    const marked = await page.evaluate(() => {
      window.__serverFigure = document.querySelector('steppe-quote-card').shadowRoot.querySelector('figure');
      return Boolean(window.__serverFigure);
    });
    assert.ok(marked);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('steppe-quote-card, steppe-timeline, steppe-trade-table, steppe-membership-matrix')].map((e) => e.updateComplete)));
    assert.deepEqual(log.errors, []);
    for (const c of await contents(page)) assert.equal(c.bases, 1, `${c.tag}: once, not twice`);
    // the server's elements were kept, not replaced
    assert.equal(await page.evaluate(() => document.querySelector('steppe-quote-card').shadowRoot.querySelector('figure') === window.__serverFigure), true);
    // and the widgets respond: a value opens its citation; the table's control changes the view
    const opened = await page.evaluate(async () => {
      const table = document.querySelector('steppe-trade-table');
      table.shadowRoot.querySelector('.cell-button').click();
      await table.updateComplete;
      return table.shadowRoot.querySelector('[part="detail"] .source-excerpt, [part="detail"]')?.textContent.length ?? 0;
    });
    assert.ok(opened > 50, 'the citation opened');
    await page.close();
  });

  it('renders afresh, never twice, where the page loads the plain bundle over server-rendered HTML', async () => {
    const { page, log } = await visit(browser, `${server.origin}/build/ssr/plain.html`);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('steppe-quote-card, steppe-timeline, steppe-trade-table, steppe-membership-matrix')].map((e) => e.updateComplete)));
    assert.deepEqual(log.errors, []);
    for (const c of await contents(page)) {
      assert.equal(c.bases, 1, `${c.tag}: once`);
      assert.ok(c.text > 200, `${c.tag} shows text`);
    }
    await page.close();
  });
});
