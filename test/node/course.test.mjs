// The mock course page (examples/course/_site/index.html, built by `npm run build:course` after
// `npm run build`): author HTML under Canvas LMS's allow-list, with an iframe embed and the static
// fallbacks. Checks the page in Chromium as a student would get it, and the allow-list itself.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import sanitizeHtml from 'sanitize-html';
import { canvasSanitize } from '../../examples/course/canvas-allow-list.mjs';
import { foreign, launch, root, serve, visit } from './browser.mjs';

const site = new URL('examples/course/_site/index.html', root);
/** The event titles of a static timeline's markup, in order (entities decoded as a browser would). */
const titlesOf = (markup) => [...markup.matchAll(/<span class="steppe-title">([^<]*)<\/span>/g)]
  .map((m) => m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
const fragment = (widget) => readFileSync(new URL(`dist/static/${widget}.fragment.html`, root), 'utf8');
const until = async (check, what, ms = 5000) => {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe("Canvas's allow-list (examples/course/canvas-allow-list.mjs)", () => {
  it('removes scripts, styles, custom elements, handlers, data- attributes and unsafe URLs; keeps the rest', () => {
    const { html, removed } = canvasSanitize(`<script>alert(1)</script><style>p{}</style>
      <steppe-quote-card speaker="x"><p>kept</p></steppe-quote-card>
      <section><time datetime="2020">2020</time></section><details><summary>s</summary></details>
      <p onclick="x" data-x="1" style="color: red; position: fixed; background: url(javascript:alert(1)); width: calc(1px + 1px)" class="c" lang="en" aria-label="l">t</p>
      <a href="javascript:alert(1)">j</a><a href="#n">n</a><a href="mailto:a@b.example">m</a>
      <iframe src="https://example.org/x" title="t" allow="camera" srcdoc="&lt;script&gt;"></iframe>
      <blockquote cite="urn:x">b</blockquote><q cite="https://example.org/">q</q>
      <table summary="s"><tr><th scope="col">h</th></tr></table>`);
    assert.doesNotMatch(html, /<script|<style|alert|steppe-|<section|<time|<details|onclick|data-x|javascript|srcdoc|allow=|urn:|calc/);
    assert.match(html, /<p>kept<\/p>/);
    // Canvas keeps listed properties (even position) and drops url(javascript:…) and calc()
    assert.match(html, /<p style="color:red;position:fixed" class="c" lang="en" aria-label="l">t<\/p>/);
    assert.match(html, /<a href="#n">n<\/a><a href="mailto:a@b.example">m<\/a>/);
    assert.match(html, /<iframe src="https:\/\/example.org\/x" title="t"><\/iframe>/);
    assert.match(html, /<q cite="https:\/\/example.org\/">q<\/q>/);
    assert.match(html, /<th scope="col">h<\/th>/);
    assert.deepEqual(removed.filter((r) => !r.attribute).map((r) => r.element),
      ['script', 'style', 'steppe-quote-card', 'section', 'time', 'details', 'summary']);
  });

  for (const widget of ['timeline', 'membership-matrix', 'trade-table', 'quote-card']) {
    it(`keeps every element and attribute of dist/static/${widget}.fragment.html`, { skip: !existsSync(new URL(`dist/static/${widget}.fragment.html`, root)) && 'not built' }, () => {
      const source = fragment(widget);
      const { html, removed } = canvasSanitize(source);
      assert.deepEqual(removed, []);
      // the same markup, serialized the same way, as with nothing disallowed
      assert.equal(html, sanitizeHtml(source, { allowedTags: false, allowedAttributes: false, allowVulnerableTags: true }));
    });
  }
});

describe('the course page (examples/course/_site/index.html)', () => {
  let server;
  let browser;
  let visited;
  before(async () => {
    assert.ok(existsSync(site), 'examples/course/_site/index.html is missing: run `npm run build && npm run build:course`');
    server = await serve();
    browser = await launch();
    visited = await visit(browser, `${server.origin}/examples/course/_site/index.html`);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads with no console error, no uncaught exception, no failed request, nothing from another origin', async () => {
    const { log, status } = visited;
    assert.equal(status, 200);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    assert.deepEqual(foreign(log.requests, server.origin), []);
    // the widget file the author's <script> pointed at was never requested
    assert.deepEqual(log.requests.filter((u) => /\/dist\/(quote-card|steppe-widgets)\.js/.test(u)), []);
  });

  it("holds no <script> and no steppe-* element in the author's content; the page lists what was removed", async () => {
    const { page } = visited;
    const found = await page.evaluate(() => ({
      scripts: document.querySelectorAll('#content script').length,
      custom: [...document.querySelectorAll('#content *')].map((e) => e.localName).filter((n) => n.includes('-')),
      pageScripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
      defined: customElements.get('steppe-quote-card') !== undefined,
      removed: [...document.querySelectorAll('#removed li')].map((li) => li.textContent),
    }));
    assert.equal(found.scripts, 0);
    assert.deepEqual(found.custom, []);
    assert.deepEqual(found.pageScripts, ['../../../dist/embed/resize.js']); // the platform shell's, not the author's
    assert.equal(found.defined, false);
    assert.equal(found.removed.length, 2);
    assert.match(found.removed[0], /^<script type="module" src="\.\.\/\.\.\/\.\.\/dist\/quote-card\.js">/);
    assert.match(found.removed[1], /^<steppe-quote-card>/);
    const file = readFileSync(site, 'utf8');
    assert.doesNotMatch(file, /<steppe-|(quote-card|steppe-widgets)\.js"><\/script>/);
  });

  it('embeds the timeline in an iframe that renders it and that resize.js sized to its content', async () => {
    const { page } = visited;
    const iframe = await page.$('#content iframe');
    assert.ok(iframe, 'the iframe survived the sanitizer');
    assert.equal(await iframe.evaluate((f) => f.getAttribute('src')), '../../../dist/embed/timeline.html?actors=China&from=2013');
    assert.match(await iframe.evaluate((f) => f.title), /^Timeline: events involving China since 2013/);
    const frame = await until(() => page.frames().find((f) => f.url().includes('/dist/embed/timeline.html')), 'the frame');
    const shown = await until(() => frame.evaluate(() => {
      const el = document.querySelector('steppe-timeline');
      const count = el?.shadowRoot?.querySelector('[part="count"]')?.textContent ?? '';
      return el && el.visibleEvents.length && el.shadowRoot.querySelectorAll('button.event').length
        ? { actors: el.getAttribute('actors'), from: el.getAttribute('from'), events: el.visibleEvents.length, count: count.replace(/\s+/g, ' ').trim() }
        : undefined;
    }), 'the timeline in the frame');
    assert.equal(shown.actors, 'China');
    assert.equal(shown.from, '2013');
    assert.ok(shown.events > 10, `${shown.events} events`);
    assert.match(shown.count, new RegExp(`^Showing ${shown.events} of [\\d,]+ events$`));
    // resize.js set the iframe to the height the embed page reported (not the default 150 px)
    const sizes = await until(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const box = await iframe.evaluate((f) => ({ style: f.style.height, height: f.getBoundingClientRect().height, client: f.clientHeight }));
      return box.style === `${content}px` ? { content, ...box } : undefined;
    }, 'the iframe to match its content');
    assert.notEqual(sizes.client, 150);
    assert.ok(sizes.content > 200, `content ${sizes.content}px`);
    assert.equal(sizes.client, sizes.content);
    // nothing is cut off: the frame's document does not scroll
    assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), true);
  });

  it('shows a filtered view pasted as static HTML: the summits since 2010 and nothing else, each cited', async () => {
    const { page } = visited;
    const { excerptsReady, renderFragment } = await import(new URL('dist/esm/static/render.js', root).href);
    await excerptsReady();
    const expected = titlesOf(renderFragment('timeline', undefined, { attributes: { kinds: 'summit', from: '2010' } }));
    const shown = await page.evaluate(() => {
      const region = document.querySelector('#content .steppe-static-timeline');
      return region && {
        heading: region.querySelector('h2')?.textContent,
        intro: region.querySelector('p')?.textContent,
        titles: [...region.querySelectorAll('.steppe-title')].map((t) => t.textContent),
        cited: [...region.querySelectorAll('li.steppe-event')].every((li) => li.querySelector('.steppe-sources .steppe-excerpt')),
      };
    });
    assert.ok(shown, 'the filtered timeline is on the page');
    assert.equal(shown.heading, 'Summits since 2010');
    assert.match(shown.intro, /^\d+ events from the texts \(of \d+; Filters: kinds “summit”, from “2010”\)/);
    assert.deepEqual(shown.titles, expected);
    assert.ok(shown.titles.length > 3);
    assert.equal(shown.cited, true);
  });

  it('shows the static fallbacks, whole, with their citations', async () => {
    const { page } = visited;
    for (const widget of ['membership-matrix', 'quote-card']) {
      const same = await page.evaluate((widget, source) => {
        const describe = (root) => [...root.querySelectorAll('*')].map((e) => `${e.localName}[${[...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}]`);
        const original = new DOMParser().parseFromString(source, 'text/html').body.firstElementChild;
        const shown = document.querySelector(`#content .steppe-static-${widget}`);
        return shown && {
          elements: JSON.stringify(describe(shown)) === JSON.stringify(describe(original)),
          text: shown.textContent === original.textContent,
          citations: shown.querySelectorAll('.steppe-sources cite').length,
          excerpts: shown.querySelectorAll('.steppe-sources .steppe-excerpt').length,
          visible: shown.checkVisibility(),
        };
      }, widget, fragment(widget));
      assert.ok(same, `${widget}: the fallback is on the page`);
      assert.deepEqual(same, { elements: true, text: true, citations: same.excerpts, excerpts: same.excerpts, visible: true }, widget);
      assert.ok(same.excerpts > 0, `${widget}: excerpts`);
    }
    // the matrix: a real table, each status linked to its history and sources on the page
    const matrix = await page.evaluate(() => {
      const links = [...document.querySelectorAll('#content .steppe-matrix td a')];
      return {
        headers: document.querySelectorAll('#content .steppe-matrix th[scope="col"]').length,
        links: links.length,
        resolved: links.every((a) => document.getElementById(a.getAttribute('href').slice(1))?.querySelector('.steppe-excerpt')),
      };
    });
    assert.ok(matrix.headers > 3);
    assert.ok(matrix.links > 20);
    assert.equal(matrix.resolved, true);
  });
});
