// Each widget's own file (dist/timeline.js, dist/membership-matrix.js, dist/trade-table.js,
// dist/quote-card.js) on a page alone, and mixes of them with dist/steppe-widgets.js: every widget
// shows its data, alone or in a <steppe-dataset> (empty, or with the page's own records, which are
// validated and linked), a dataset from one file provides what another file brought, and the
// console stays clean: no error, no "already defined". Runs after `npm run build`, in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, root, serve, visit } from './browser.mjs';

const records = (c) => JSON.parse(readFileSync(new URL(`src/data/records/${c}.json`, root), 'utf8'));
const EVENTS = records('events').length;
const FIGURES = records('figures').length;
const QUOTE = records('quotes').find((q) => q.id === 'q-004-xi-asia-for-asians');
// words of its first excerpt, as the Sources disclosure shows them (markdown escapes removed): they
// arrive after the first render, from the file's dist/lazy/quote-card-quotes.excerpts-*.js
const EXCERPT = QUOTE.sources[0].excerpt.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').slice(0, 60);

// the page's own records: a little of every collection, linked by id, and one event that is not valid
const cite = (excerpt) => [{ doc: 'notes.txt', excerpt }];
const USER = {
  sources: [{ id: 'notes.txt', title: 'Field Notes', authors: ['Ada Author'], kind: 'notes', year: 2024, sources: cite('Field Notes') }],
  people: [{ id: 'person-ana', name: 'Ana Speaker', aliases: ['A. Speaker'], sources: cite('Ana Speaker said') }],
  places: [
    { id: 'place-steppeland', name: 'Steppeland', kind: 'country', sources: cite('Steppeland') },
    { id: 'place-riverland', name: 'Riverland', kind: 'country', sources: cite('Riverland') },
  ],
  organizations: [{ id: 'org-union', name: 'Steppe Union', aliases: ['SU'], founded: { text: 'in 2001', start: '2001' }, sources: cite('the Steppe Union (SU), founded in 2001') }],
  events: [
    { id: 'ev-talks', title: 'Ana Speaker opens talks in Steppeland', date: { text: 'in May 2014', start: '2014-05' }, kind: 'visit', actors: ['person-ana'], places: ['place-steppeland'], sources: cite('Ana Speaker opened talks') },
    { id: 'ev-union', title: 'The Steppe Union is founded', date: { text: 'in 2001', start: '2001' }, kind: 'founding', actors: ['org-union'], sources: cite('founded in 2001') },
    { id: 'ev-bad', title: 'An event with no date', kind: 'other', sources: cite('no date') },
  ],
  memberships: [
    { id: 'm-steppeland', org: 'org-union', country: 'place-steppeland', status: 'founding-member', since: { text: 'in 2001', start: '2001' }, sources: cite('Steppeland founded the Union') },
    { id: 'm-riverland', org: 'org-union', country: 'place-riverland', status: 'member', since: { text: 'in 2005', start: '2005' }, sources: cite('Riverland joined in 2005') },
  ],
  figures: [{ id: 'f-trade', metric: 'trade', label: 'Trade', value: 12, unit: 'USD', scale: 'million', period: { text: 'in 2014', start: '2014' }, from: 'place-steppeland', to: 'place-riverland', sources: cite('trade of USD 12 million in 2014') }],
  quotes: [{ id: 'q-bridge', text: 'The steppe is a bridge, not a wall.', speakers: ['person-ana'], speakerLabel: 'Ana Speaker', sources: cite('Ana Speaker said “The steppe is a bridge, not a wall.”') }],
};
const BAD_RECORD = /^\[steppe-dataset\] events\[2\] \(id "ev-bad"\) date/;

/** Each widget as a page shows it, and what a reader then sees of the embedded data and of USER. */
const WIDGETS = {
  timeline: {
    tag: (user) => `<steppe-timeline layout="list"${user ? ' actors="Ana Speaker"' : ''}></steppe-timeline>`,
    embedded: `Showing ${EVENTS} of ${EVENTS} events`,
    user: 'Showing 1 of 2 events', // found by the person's name: the user's events and people are linked
  },
  'membership-matrix': {
    tag: () => '<steppe-membership-matrix layout="table"></steppe-membership-matrix>',
    embedded: 'Shanghai Cooperation Organization',
    user: 'Riverland in Steppe Union: member',
  },
  'trade-table': {
    tag: () => '<steppe-trade-table layout="table"></steppe-trade-table>',
    embedded: `of ${FIGURES} figures`,
    user: 'Showing 1 of 1 figures',
  },
  'quote-card': {
    tag: (user) => `<steppe-quote-card quote-id="${user ? 'q-bridge' : QUOTE.id}"></steppe-quote-card>`,
    embedded: QUOTE.text,
    user: 'The steppe is a bridge, not a wall.',
  },
};
const NAMES = Object.keys(WIDGETS);
const TAGS = NAMES.map((w) => `steppe-${w}`);

const userDataset = (inner) => `<steppe-dataset class="user"><script type="application/json">${JSON.stringify(USER)}</script>${inner}</steppe-dataset>`;
const html = (files, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${files.join(' + ')}</title>
${files.map((f) => `<script type="module" src="/dist/${f}.js"></script>`).join('\n')}</head><body>${body}</body></html>`;

const pages = {};
// each file alone: its widget alone, in a dataset with the embedded data, in a dataset with the page's own
for (const w of NAMES) {
  const { tag } = WIDGETS[w];
  pages[`/standalone/${w}.html`] = html([w], `<div class="alone">${tag(false)}</div>
    <steppe-dataset class="default">${tag(false)}</steppe-dataset>${userDataset(tag(true))}`);
}
// per-widget files with the whole bundle, after it and before it: every widget, alone and in one dataset
const everything = (user) => NAMES.map((w) => WIDGETS[w].tag(user)).join('');
pages['/standalone/mix-bundle-last.html'] = html(['timeline', 'quote-card', 'steppe-widgets'], `<div class="alone">${everything(false)}</div>
  <steppe-dataset class="default">${everything(false)}</steppe-dataset>`);
pages['/standalone/mix-bundle-first.html'] = html(['steppe-widgets', 'timeline', 'quote-card'], `<div class="alone">${everything(false)}</div>
  <steppe-dataset class="default">${everything(false)}</steppe-dataset>`);
// the four files without the bundle: a dataset (the timeline file's) feeds the widgets of the other three
pages['/standalone/mix-files.html'] = html(['timeline', 'quote-card', 'membership-matrix', 'trade-table'],
  `<steppe-dataset class="default">${everything(false)}</steppe-dataset>${userDataset(everything(true))}`);

// dist/trade-table.js ships the figures of the table it opens on and the rest after the first paint
const OPENING_TABLE = /export const DEFAULT_TABLE = '([^']+)'/.exec(readFileSync(new URL('src/lib/figure-options.ts', root), 'utf8'))[1];
const OPENING = records('figures').filter((f) => f.table?.id === OPENING_TABLE);
const TABLES = '<steppe-trade-table class="opening" layout="table"></steppe-trade-table><steppe-trade-table class="kz" layout="table" countries="Kazakhstan"></steppe-trade-table>';
pages['/standalone/first-rows.html'] = html(['trade-table'], TABLES);
pages['/standalone/first-rows-bundle.html'] = html(['steppe-widgets'], TABLES);
pages['/standalone/first-rows-preload.html'] = html(['trade-table'], TABLES).replace('<script', '<link rel="modulepreload" href="/dist/lazy/trade-table-figures.rest.js">\n<script');

/** Records, every frame from the document's start, what each trade table shows: its count line and its empty or error box. */
function recordFrames() {
  window.seen = { opening: [], kz: [] };
  const frame = () => {
    for (const table of document.querySelectorAll('steppe-trade-table')) {
      const root = table.shadowRoot;
      if (!root?.querySelector('.count')) continue;
      const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
      const now = `${text(root.querySelector('.count'))} | ${text(root.querySelector('.empty'))}`.trim();
      const list = window.seen[table.className];
      if (list.at(-1) !== now) list.push(now);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** What a trade table shows once settled: its count line and its rows' labels. */
const settled = (page, cls) => page.evaluate((cls) => {
  const root = document.querySelector(`steppe-trade-table.${cls}`).shadowRoot;
  return { count: root.querySelector('.count').textContent.trim(), rows: [...root.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent.replace(/\s+/g, ' ').trim()) };
}, cls);

let server;
let browser;
before(async () => {
  server = await serve({ pages });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Waits until every `tag` inside `scope` (a CSS selector) shows `text` in its shadow root. */
async function shows(page, scope, tag, text) {
  try {
    await page.waitForFunction((scope, tag, text) => {
      const els = [...document.querySelectorAll(`${scope} ${tag}`)];
      return els.length > 0 && els.every((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(text));
    }, { timeout: 10000 }, scope, tag, text);
  } catch {
    const seen = await page.evaluate((scope, tag) => [...document.querySelectorAll(`${scope} ${tag}`)]
      .map((el) => (el.shadowRoot?.textContent ?? '(not rendered)').replace(/\s+/g, ' ').slice(0, 300)), scope, tag);
    assert.fail(`${scope} ${tag} should show “${text}”; it shows: ${JSON.stringify(seen)}`);
  }
}

/** The problems box of every dataset with the page's records: the invalid event named, the rest kept. */
async function reportsBadRecord(page) {
  const boxes = await page.$$eval('steppe-dataset.user', (els) => els.map((el) => el.shadowRoot.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ') ?? ''));
  assert.ok(boxes.length > 0);
  for (const box of boxes) assert.match(box, /This dataset has a problem; one record was left out\..*events\[2\] \(id "ev-bad"\) date/);
}

const definedTags = (page) => page.evaluate((tags) => tags.filter((t) => customElements.get(t)), ['steppe-dataset', ...TAGS]);

for (const w of NAMES) {
  test(`dist/${w}.js alone: the widget with its data, in an empty dataset, and in one with the page's own records`, async () => {
    const { page, log, status } = await visit(browser, `${server.origin}/standalone/${w}.html`);
    assert.equal(status, 200);
    const tag = `steppe-${w}`;
    await shows(page, '.alone', tag, WIDGETS[w].embedded);
    await shows(page, 'steppe-dataset.default', tag, WIDGETS[w].embedded);
    await shows(page, 'steppe-dataset.user', tag, WIDGETS[w].user);
    await reportsBadRecord(page);
    // the file defines its widget and the dataset, nothing else
    assert.deepEqual(await definedTags(page), ['steppe-dataset', tag]);
    assert.ok(log.errors.length > 0 && log.errors.every((e) => BAD_RECORD.test(e)), `console errors: ${log.errors.join('\n')}`);
    assert.deepEqual(log.warnings, []);
    await page.close();
  });
}

test('dist/quote-card.js: the excerpts load after the first render, from dist/lazy/, and fill the Sources disclosure', async () => {
  const { page, log } = await visit(browser, `${server.origin}/standalone/quote-card.html`);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await shows(page, '.alone', 'steppe-quote-card', EXCERPT);
  await shows(page, 'steppe-dataset.default', 'steppe-quote-card', EXCERPT);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.ok([...requested, ...loaded].some((p) => /^\/dist\/lazy\/quote-card-quotes\.excerpts-[\w-]+\.js$/.test(p)), [...requested, ...loaded].join('\n'));
  const statuses = await page.evaluate(() => [...document.querySelectorAll('steppe-quote-card')].map((c) => c.shadowRoot.querySelector('details [role="status"]')?.textContent ?? ''));
  assert.deepEqual(statuses.filter(Boolean), []);
  assert.ok(log.errors.every((e) => BAD_RECORD.test(e)), log.errors.join('\n'));
  await page.close();
});

test('dist/membership-matrix.js: an organization\'s detail still shows its founding date, purpose and sources', async () => {
  const sco = records('organizations').find((o) => o.id === 'org-sco');
  const { page, log } = await visit(browser, `${server.origin}/standalone/membership-matrix.html`);
  await shows(page, '.alone', 'steppe-membership-matrix', 'Shanghai Cooperation Organization');
  const detail = await page.evaluate(async () => {
    const matrix = document.querySelector('.alone steppe-membership-matrix');
    [...matrix.shadowRoot.querySelectorAll('[part~="org-header"]')].find((b) => b.textContent.includes('Shanghai Cooperation Organization')).click();
    for (let i = 0; i < 50 && !matrix.shadowRoot.querySelector('[part~="detail"]'); i++) await new Promise(requestAnimationFrame);
    return matrix.shadowRoot.querySelector('[part~="detail"]')?.textContent.replace(/\s+/g, ' ') ?? '';
  });
  assert.match(detail, /Founded: June 2001/);
  assert.ok(detail.includes(`Purpose: ${sco.purpose}`), detail.slice(0, 300));
  // one source per document cited, and how many passages where a document gives several
  const docs = new Set(sco.sources.map((s) => s.doc)).size;
  const label = `${docs > 1 ? `Sources (${docs})` : 'Source'}${sco.sources.length > docs ? `, ${sco.sources.length} passages` : ''}`;
  assert.ok(detail.includes(label), `${label} | ${detail.slice(0, 300)}`);
  assert.ok(log.errors.every((e) => BAD_RECORD.test(e)), log.errors.join('\n'));
});

for (const order of ['mix-bundle-last', 'mix-bundle-first']) {
  test(`${order === 'mix-bundle-last' ? 'timeline.js, quote-card.js, then steppe-widgets.js' : 'steppe-widgets.js, then timeline.js and quote-card.js'} on one page: every widget renders, no error, no warning`, async () => {
    const { page, log } = await visit(browser, `${server.origin}/standalone/${order}.html`);
    for (const w of NAMES) {
      await shows(page, '.alone', `steppe-${w}`, WIDGETS[w].embedded);
      await shows(page, 'steppe-dataset.default', `steppe-${w}`, WIDGETS[w].embedded);
    }
    // linked views across files: an actor chosen in the timeline filters the trade table beside it
    await page.evaluate(() => {
      const timeline = document.querySelector('steppe-dataset.default steppe-timeline');
      timeline.dispatchEvent(Object.assign(new Event('steppe-select', { bubbles: true, composed: true }), { recordId: 'place-china', recordType: 'actor' }));
    });
    await shows(page, 'steppe-dataset.default', 'steppe-trade-table', 'Linked: China');
    assert.deepEqual(await definedTags(page), ['steppe-dataset', ...TAGS]);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    await page.close();
  });
}

test('the four files on one page: one dataset feeds every widget, with the embedded data or the page\'s own', async () => {
  const { page, log } = await visit(browser, `${server.origin}/standalone/mix-files.html`);
  for (const w of NAMES) {
    await shows(page, 'steppe-dataset.default', `steppe-${w}`, WIDGETS[w].embedded);
    await shows(page, 'steppe-dataset.user', `steppe-${w}`, WIDGETS[w].user);
  }
  // the dataset (the timeline file's) hears when the quote card file's excerpts arrive
  await shows(page, 'steppe-dataset.default', 'steppe-quote-card', EXCERPT);
  await reportsBadRecord(page);
  assert.deepEqual(await definedTags(page), ['steppe-dataset', ...TAGS]);
  assert.ok(log.errors.every((e) => BAD_RECORD.test(e)), log.errors.join('\n'));
  assert.deepEqual(log.warnings, []);
  await page.close();
});

test('src/lib/define.ts names the release package.json does', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const release = /export const RELEASE = '([^']+)'/.exec(readFileSync(new URL('src/lib/define.ts', root), 'utf8'))?.[1];
  assert.equal(release, pkg.version);
});

test('dist/trade-table.js: the opening comparison at once, every other view once the rest of the figures has come, never a part of them as all', async () => {
  // the file holds the opening table's figures only; the rest come with the excerpts, from dist/lazy/
  const file = readFileSync(new URL('dist/trade-table.js', root), 'utf8');
  const other = records('figures').find((f) => f.table?.id !== OPENING_TABLE);
  assert.ok(OPENING.length > 0 && file.includes(JSON.stringify(OPENING[0].id)) && !file.includes(JSON.stringify(other.id)));

  // the same two tables with every figure in the file (dist/steppe-widgets.js): what they must end up showing
  const whole = await visit(browser, `${server.origin}/standalone/first-rows-bundle.html`);
  await shows(whole.page, '', 'steppe-trade-table.kz', `of ${FIGURES} figures`);
  const expected = await settled(whole.page, 'kz');
  await whole.page.close();
  assert.ok(expected.rows.length > 0);

  const { page, log } = await visit(browser, `${server.origin}/standalone/first-rows.html`, { beforeLoad: recordFrames });
  await shows(page, '', 'steppe-trade-table.kz', expected.count);
  assert.deepEqual(await settled(page, 'kz'), expected);
  const seen = await page.evaluate(() => window.seen);
  // the opening comparison: its own figures, counted against all of them, from its first frame
  assert.deepEqual(seen.opening, [`Showing ${OPENING.length} of ${FIGURES} figures |`]);
  // a filtered table: "loading" until the rest has come (it may come before the first frame), then
  // the whole answer; never a part of it, never "no figures"
  assert.equal(seen.kz.at(-1), `${expected.count} |`);
  assert.deepEqual(seen.kz.filter((s) => s !== `${expected.count} |`), seen.kz.length > 1 ? [`Loading ${FIGURES} figures… | Loading the figures…`] : []);
  // once the excerpts are there (the file's excerptsReady()), every figure has them: the CSV of all rows holds every figure and the other figures' excerpts
  const csv = await page.evaluate(async () => {
    await (await import('/dist/trade-table.js')).excerptsReady();
    return document.querySelector('steppe-trade-table.kz').csv('all');
  });
  const excerpt = other.sources[0].excerpt.replace(/\\(.)/g, '$1').slice(0, 40);
  assert.ok(csv.includes(excerpt.replace(/"/g, '""')), `the CSV lacks “${excerpt}”`);
  const missing = records('figures').filter((f) => !csv.includes(f.id)).map((f) => f.id);
  assert.deepEqual(missing, []);
  for (const file of [/\/dist\/lazy\/trade-table-figures\.rest\.js$/, /\/dist\/lazy\/trade-table-figures\.excerpts-[\w-]+\.js$/]) assert.ok(log.requests.some((u) => file.test(u)), log.requests.join('\n'));
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('dist/trade-table.js without the file of its other figures: the opening comparison still shows; other views and downloads say the figures could not be loaded', async () => {
  const { page, log } = await visit(browser, `${server.origin}/standalone/first-rows.html`, { block: /\/dist\/lazy\/trade-table-figures\.rest\.js$/ });
  await shows(page, '', 'steppe-trade-table.kz', 'The figures could not be loaded');
  assert.equal((await settled(page, 'kz')).count, `None of ${FIGURES} figures shown`);
  // its filters still read as names, not ids
  const chosen = await page.evaluate(() => [...document.querySelector('steppe-trade-table.kz').shadowRoot.querySelectorAll('select')].map((s) => s.selectedOptions[0]?.textContent.trim()));
  assert.equal(chosen[1], 'Kazakhstan');
  assert.equal((await settled(page, 'opening')).count, `Showing ${OPENING.length} of ${FIGURES} figures`);
  const alert = await page.evaluate(async () => {
    const root = document.querySelector('steppe-trade-table.opening').shadowRoot;
    [...root.querySelectorAll('.downloads button')].find((b) => b.textContent.includes('all rows')).click();
    for (let i = 0; i < 50 && !root.querySelector('.downloads [role="alert"]'); i++) await new Promise(requestAnimationFrame);
    return root.querySelector('.downloads [role="alert"]')?.textContent ?? '';
  });
  assert.equal(alert, 'Not downloaded: the figures could not be loaded.');
  assert.ok(log.errors.some((e) => e.includes('the excerpts and the rest of the embedded figures could not be loaded')), log.errors.join('\n'));
  assert.ok(log.errors.some((e) => e.includes('not downloaded')), log.errors.join('\n'));
  await page.close();
});

test('dist/trade-table.js with its other figures preloaded, as the README shows: fetched once, and the filtered table shows them', async () => {
  const { page, log } = await visit(browser, `${server.origin}/standalone/first-rows-preload.html`);
  await shows(page, '', 'steppe-trade-table.kz', `of ${FIGURES} figures`);
  assert.ok((await settled(page, 'kz')).rows.length > 0);
  assert.equal(log.requests.filter((u) => /\/dist\/lazy\/trade-table-figures\.rest\.js$/.test(u)).length, 1, log.requests.join('\n'));
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await page.close();
});
