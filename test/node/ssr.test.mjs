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
  .replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');

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

/** A page's own records, one of them bad, and a title that must never be read as markup. */
const OWN = {
  sources: [{ id: 'reading-notes', title: 'Reading group notes', authors: ['Dana Serikova'], kind: 'notes', year: 2024,
    sources: [{ doc: 'reading-notes', excerpt: 'Reading group notes on Eurasian integration' }] }],
  events: [
    { id: 'ev-own-belt', title: 'Xi proposes the <b>Belt</b> in Astana', date: { text: 'September 2013', start: '2013-09' },
      kind: 'speech', themes: ['bri'], actors: [], sources: [{ doc: 'reading-notes', excerpt: 'In September 2013, speaking in Astana' }] },
    { id: 'ev-own-treaty', title: 'Treaty on the Eurasian Economic Union signed', date: { text: 'May 2014', start: '2014-05' },
      kind: 'treaty', themes: ['eaeu'], actors: [], sources: [{ doc: 'reading-notes', excerpt: 'Signed in May 2014, the Treaty on it came into force in January 2015.' }] },
    { id: 'ev-own-broken', title: 'No date' },
  ],
};
/** The page's own records as Lit's SSR renders them: the records attribute, read on the server. */
const ownPage = () => collectResult(render(html`<steppe-dataset records=${JSON.stringify(OWN)}>
  <steppe-timeline layout="list" heading="Our notes"></steppe-timeline>
</steppe-dataset>`));

describe('a page\'s own records on the server', () => {
  it('renders them, not the embedded data, with the bad record reported on screen and in the log', async (t) => {
    const logged = t.mock.method(console, 'error', () => {});
    const out = await ownPage();
    const text = readable(out);
    assert.match(text, /Showing 2 of 2 events/);
    assert.match(text, /September 2013 Xi proposes the <b>Belt<\/b> in Astana/, 'the title as text');
    assert.doesNotMatch(out, /<b>Belt/, 'never as markup');
    assert.match(text, /May 2014 Treaty on the Eurasian Economic Union signed/);
    assert.match(text, /This dataset has \d+ problems; one record was left out/);
    assert.match(text, /events\[2\] \(id "ev-own-broken"\) date: is required but missing/);
    assert.ok(logged.mock.calls.some((c) => /\[steppe-dataset\] events\[2\] \(id "ev-own-broken"\)/.test(String(c.arguments[0]))),
      'the build log names the bad record');
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
    const own = await ownPage();
    // more records than the browser checks before its first paint: a server-rendered dataset is
    // checked in one pass, so that the browser's first render is what the server sent
    const many = { ...OWN, events: Array.from({ length: 1200 }, (_, i) => ({ ...OWN.events[1], id: `ev-own-${i}`,
      title: `Note ${i + 1}`, date: { text: String(1900 + (i % 120)), start: String(1900 + (i % 120)) } })) };
    writeFileSync(new URL('own-many.html', pages), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><script type="module" src="../../dist/steppe-widgets.hydrate.js"></script></head><body style="width:1000px">${
  await collectResult(render(html`<steppe-dataset records=${JSON.stringify(many)}><steppe-timeline layout="list"></steppe-timeline></steppe-dataset>`))}</body></html>`);
    for (const script of ['steppe-widgets.hydrate.js', 'steppe-widgets.js', 'timeline.js']) {
      writeFileSync(new URL(`own-${script.replace('.js', '')}.html`, pages), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><script type="module" src="../../dist/${script}"></script></head><body style="width:1000px">${own}</body></html>`);
    }
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

  for (const script of ['steppe-widgets.hydrate', 'steppe-widgets', 'timeline']) {
    it(`shows a page's own records, server-rendered, and takes them over with ${script}.js`, async () => {
      const { page, log } = await visit(browser, `${server.origin}/build/ssr/own-${script}.html`);
      const view = () => page.evaluate(async () => {
        const timeline = document.querySelector('steppe-timeline');
        await customElements.whenDefined('steppe-timeline');
        await timeline.updateComplete;
        const root = timeline.shadowRoot;
        return {
          bases: root.querySelectorAll('[part~="base"]').length,
          status: root.querySelector('[part~="count"]')?.textContent.replace(/\s+/g, ' ').trim(),
          titles: [...root.querySelectorAll('[role="listitem"] .event')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
          error: document.querySelector('steppe-dataset').shadowRoot.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' '),
        };
      });
      const seen = await view();
      assert.equal(seen.bases, 1, 'once, not twice');
      assert.match(seen.status ?? '', /Showing 2 of 2 events/);
      assert.ok(seen.titles.some((t) => t.includes('Xi proposes the <b>Belt</b> in Astana')), seen.titles.join(' | '));
      assert.match(seen.error ?? '', /one record was left out/);
      // the bad record is named in the console, and nothing else went wrong (no hydration error)
      assert.ok(log.errors.length > 0 && log.errors.every((e) => e.includes('ev-own-broken')), log.errors.join('\n'));
      // and it responds: choosing an event selects it in the page's dataset
      const selected = await page.evaluate(async () => {
        const dataset = document.querySelector('steppe-dataset');
        const picked = new Promise((resolve) => dataset.addEventListener('steppe-select', (e) => resolve(e.recordId), { once: true }));
        const timeline = document.querySelector('steppe-timeline');
        [...timeline.shadowRoot.querySelectorAll('[role="listitem"] .event')].find((b) => b.textContent.includes('Treaty'))?.click();
        return Promise.race([picked, new Promise((r) => setTimeout(() => r('no event'), 2000))]);
      });
      assert.equal(selected, 'ev-own-treaty');
      await page.close();
    });
  }

  it('takes over a server-rendered dataset of more than 1,000 records with no hydration error', async () => {
    const { page, log } = await visit(browser, `${server.origin}/build/ssr/own-many.html`);
    const count = await page.evaluate(async () => {
      const timeline = document.querySelector('steppe-timeline');
      await customElements.whenDefined('steppe-timeline');
      await document.querySelector('steppe-dataset').validated;
      await timeline.updateComplete;
      return timeline.shadowRoot.querySelector('[part~="count"]').textContent.trim();
    });
    assert.equal(count, 'Showing 1,200 of 1,200 events');
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
