// The demo blog (examples/blog), as a reader sees it: the built article page, served from its own
// origin, with every widget rendered inside the theme's text column in the theme's font.
// Needs `npm run build` and `npm run build:blog` first (npm test runs both).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { serve, launch, visit, foreign, root } from './browser.mjs';

const ARTICLE = 'examples/blog/_site/posts/kazakhstan-between-russia-and-china/';
const WIDGETS = ['steppe-quote-card', 'steppe-timeline', 'steppe-trade-table', 'steppe-membership-matrix'];

const read = (name) => JSON.parse(readFileSync(new URL(`dist/data/${name}.json`, root), 'utf8'));
const events = read('events');
const actorsByName = [...read('people'), ...read('organizations'), ...read('places')];

/** Ids a term names the way the widgets resolve it: the exact name or an alias, any case. */
const idsNamed = (term) => actorsByName
  .filter((r) => [r.name, ...(r.aliases ?? [])].some((n) => n.toLowerCase() === term.toLowerCase()))
  .map((r) => r.id);
const involving = (ids) => events.filter((e) => [...e.actors, ...(e.places ?? [])].some((a) => ids.includes(a)));
/** The last year an event's date covers (a range's end, or its start). */
const lastYear = (e) => Number((e.date.end ?? e.date.start).slice(0, 4));

let server;
let browser;
let page;
let log;
let status;

/** Waits until every widget has finished rendering and two frames have been painted. */
const settle = () => page.evaluate(async (tags) => {
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}, [...WIDGETS, 'steppe-dataset']);

before(async () => {
  for (const built of ['dist/steppe-widgets.js', `${ARTICLE}index.html`, 'examples/blog/_site/assets/steppe-widgets.hydrate.js']) {
    assert.ok(existsSync(new URL(built, root)), `${built} is missing: run npm run build && npm run build:blog`);
  }
  server = await serve();
  browser = await launch();
  ({ page, log, status } = await visit(browser, `${server.origin}/${ARTICLE}`));
  await settle();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the article loads from its own origin, with no error, warning or failed request', () => {
  assert.equal(status, 200);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  assert.deepEqual(log.failed, []);
  assert.deepEqual(foreign(log.requests, server.origin), []);
  assert.ok(log.requests.includes(`${server.origin}/examples/blog/_site/assets/steppe-widgets.hydrate.js`),
    'the bundle is served from the site itself');
});

test('each widget is in the article and has rendered what it is set to show', async () => {
  const seen = await page.evaluate((tags) => {
    const shadow = (sel) => document.querySelector(sel)?.shadowRoot;
    const text = (root, sel) => [...(root?.querySelectorAll(sel) ?? [])].map((n) => n.textContent.replace(/\s+/g, ' ').trim());
    const quote = shadow('steppe-quote-card');
    const timeline = shadow('steppe-timeline[actors]');
    const table = shadow('steppe-trade-table');
    const matrix = shadow('steppe-membership-matrix');
    return {
      tags: tags.filter((t) => document.querySelector(`.post-body ${t}`)),
      quote: { text: text(quote, '[part="quote"]')[0], speaker: text(quote, '[part="speaker-name"]')[0], date: text(quote, '[part="date"]')[0],
        fallback: document.querySelector('steppe-quote-card > blockquote')?.textContent },
      // light-DOM fallback written inside the tags, for readers without JavaScript
      fallbackShown: [...document.querySelectorAll(tags.map((t) => `.post-body ${t} > *`).join(','))]
        .filter((n) => n.getClientRects().length > 0).map((n) => n.textContent),
      timeline: { count: text(timeline, '[part="count"]')[0], years: text(timeline, '[part="year"]'), events: text(timeline, '[part~="event"]') },
      table: { caption: text(table, '[part="table"] caption')[0], rows: text(table, '[part="table"] tbody th[scope="row"]'), cells: text(table, '[part="table"] tbody td') },
      matrix: { orgs: text(matrix, '[part="org-header"]'), countries: text(matrix, '[part="country-header"]'), cells: text(matrix, '[part~="cell"]').length },
    };
  }, WIDGETS);

  assert.deepEqual(seen.tags, WIDGETS);

  // The quote card: the quotation's words, its speaker and date; the light-DOM fallback gives way.
  const quote = read('quotes').find((q) => q.id === 'q-004-tokayev-single-state');
  assert.equal(seen.quote.text, quote.text);
  assert.equal(seen.quote.speaker, 'Kassym-Jomart Tokayev');
  assert.match(seen.quote.date, /January 2021/);
  assert.match(seen.quote.fallback, /Kassym-Jomart Tokayev/, 'the quote card carries its light-DOM fallback');
  assert.deepEqual(seen.fallbackShown, [], 'fallback content gives way to the rendered widgets');

  // The timeline, filtered by attributes alone: summits involving China, from 2013.
  const summits = involving(idsNamed('China')).filter((e) => e.kind === 'summit' && lastYear(e) >= 2013);
  assert.ok(summits.length > 0 && summits.length < events.length);
  assert.equal(seen.timeline.count, `Showing ${summits.length} of ${events.length} events`);
  assert.ok(seen.timeline.years.length > 0, 'the list shows year headings');
  for (const year of seen.timeline.years) assert.ok(Number.parseInt(year, 10) >= 2013, `year heading ${year}`);
  assert.ok(seen.timeline.events.length > 0, 'the list shows events');
  for (const shown of seen.timeline.events) {
    assert.ok(summits.some((e) => shown.includes(e.title)), `"${shown}" is a summit involving China from 2013`);
  }

  // The trade table: Table 5 of the edited volume in its printed rows and columns.
  const cells = read('figures').filter((f) => f.table?.id === '003-ch8-table-5');
  assert.equal(seen.table.caption, cells[0].table.caption);
  assert.deepEqual(seen.table.rows, [...new Set(cells.map((f) => f.table.row))]);
  assert.ok(seen.table.cells.some((c) => c.includes('20.8')), 'the table shows its values');

  // The membership matrix: the four organizations by three countries it is set to show.
  assert.equal(seen.matrix.orgs.length, 4);
  for (const [i, name] of ['Eurasian Economic Union', 'Shanghai Cooperation Organization',
    'Collective Security Treaty Organization', 'Conference on Interaction'].entries()) {
    assert.ok(seen.matrix.orgs[i].startsWith(name), `row ${i + 1}: ${seen.matrix.orgs[i]}`);
  }
  assert.deepEqual(seen.matrix.countries, ['Kazakhstan', 'Russia', 'China']);
  assert.equal(seen.matrix.cells, 12);
});

/** Every widget's width against the article column, the page's sideways overflow, and the fonts. */
const measure = () => page.evaluate((tags) => {
  const body = document.querySelector('.post-body');
  const style = getComputedStyle(body);
  const column = body.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const widgets = [...body.querySelectorAll([...tags, 'steppe-dataset'].join(','))].map((el) => {
    const text = el.shadowRoot.querySelector('[part="heading"], [part="caption"]');
    return {
      name: `${el.localName}${el.getAttribute('heading') ? ` "${el.getAttribute('heading')}"` : ''}`,
      width: el.getBoundingClientRect().width,
      font: text ? getComputedStyle(text).fontFamily : getComputedStyle(el).fontFamily,
    };
  });
  return { column, font: getComputedStyle(document.querySelector('article')).fontFamily, widgets,
    pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
}, WIDGETS);

function assertFits({ column, font, widgets, pageOverflow }) {
  assert.ok(column > 0);
  assert.equal(pageOverflow, 0, 'the page does not scroll sideways');
  for (const w of widgets) {
    assert.ok(w.width > 0 && w.width <= column + 0.5, `${w.name} is ${w.width}px wide in a ${column}px column`);
    assert.equal(w.font, font, `${w.name} uses the article's font`);
  }
}

test('the widgets fit the article column and use the article\'s font', async () => {
  const m = await measure();
  assert.match(m.font, /Georgia/);
  assert.equal(m.widgets.length, 6);
  assertFits(m);
});

test('selecting an organization in the matrix filters the linked timeline', async () => {
  const csto = await page.evaluateHandle(() => [...document.querySelector('steppe-dataset steppe-membership-matrix')
    .shadowRoot.querySelectorAll('[part="org-header"]')].find((b) => b.textContent.includes('Collective Security Treaty')));
  await csto.click();
  await settle();
  const linked = await page.evaluate(() => {
    const root = document.querySelector('steppe-dataset steppe-timeline').shadowRoot;
    return { count: root.querySelector('[part="count"]').textContent.trim(),
      chips: [...root.querySelectorAll('[part="chip"]')].map((c) => c.textContent.replace(/\s+/g, ' ').trim()) };
  });
  assert.equal(linked.count, `Showing ${involving(['org-csto']).length} of ${events.length} events`);
  assert.ok(linked.chips.some((c) => c.startsWith('Linked: Collective Security Treaty Organization')), linked.chips.join(' | '));
  assert.deepEqual(log.errors, []);
});

// A wide table may scroll sideways inside its widget; the widget itself stays in the column.
test('on a phone-sized screen the widgets still fit the column', async () => {
  await page.setViewport({ width: 375, height: 800 });
  await settle();
  assertFits(await measure());
  assert.deepEqual(log.errors, [], 'resizing raises no error');
});

// A post with the site's own records (examples/blog/src/_data/readingNotes.json) given as the
// dataset's records attribute: rendered at build time, so it reads without script, and taken over
// by the hydrating script with no error.
const NOTES = 'examples/blog/_site/posts/reading-group-notes/';
const notes = JSON.parse(readFileSync(new URL('examples/blog/src/_data/readingNotes.json', root), 'utf8'));

const notesView = (p) => p.evaluate(() => {
  const root = document.querySelector('steppe-dataset steppe-timeline').shadowRoot;
  return {
    count: root?.querySelector('[part="count"]')?.textContent.trim(),
    events: [...(root?.querySelectorAll('[part~="event"]') ?? [])].map((n) => n.textContent.replace(/\s+/g, ' ').trim()),
    bases: root?.querySelectorAll('[part~="base"]').length,
  };
});

test('the reading-notes post shows the site\'s own records without script', async () => {
  const plain = await browser.newPage();
  await plain.setJavaScriptEnabled(false);
  await plain.goto(`${server.origin}/${NOTES}`);
  const seen = await notesView(plain);
  await plain.close();
  assert.equal(seen.count, `Showing ${notes.events.length} of ${notes.events.length} events`);
  assert.deepEqual(seen.events.map((e) => notes.events.find((n) => e.endsWith(n.title))?.id), notes.events.map((e) => e.id));
});

test('the reading-notes post is taken over by the hydrating script with no error, and responds', async () => {
  const visited = await visit(browser, `${server.origin}/${NOTES}`);
  const p = visited.page;
  await p.evaluate(async () => {
    await customElements.whenDefined('steppe-timeline');
    await document.querySelector('steppe-timeline').updateComplete;
  });
  const seen = await notesView(p);
  assert.equal(seen.bases, 1, 'once, not twice');
  assert.equal(seen.count, `Showing ${notes.events.length} of ${notes.events.length} events`);
  const treaty = notes.events[1];
  const chosen = await p.evaluate((title) => {
    const root = document.querySelector('steppe-timeline').shadowRoot;
    const picked = new Promise((resolve) => document.querySelector('steppe-dataset')
      .addEventListener('steppe-select', (e) => resolve(e.recordId), { once: true }));
    [...root.querySelectorAll('[part~="event"]')].find((b) => b.textContent.includes(title)).click();
    return picked;
  }, treaty.title);
  assert.equal(chosen, treaty.id);
  const detail = await p.evaluate(async () => {
    const timeline = document.querySelector('steppe-timeline');
    await timeline.updateComplete;
    return timeline.shadowRoot.querySelector('[part="detail"]')?.textContent.replace(/\s+/g, ' ');
  });
  assert.ok(detail?.includes(treaty.sources[0].excerpt), `the detail quotes the notes: ${detail}`);
  assert.deepEqual(visited.log.errors, []);
  assert.deepEqual(visited.log.warnings, []);
  await p.close();
});
