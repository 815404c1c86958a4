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
//   every quotation; the budget holds for the largest.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
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
// One class imported from the package root, as an app's bundler sees it (lit and the widget's
// data inlined, the rest shaken out): 60 kB, the quote card with every quotation it can show.
const BUDGET = { allCode: 50 * KB, widget: 13 * KB, timeline: 17 * KB, quotePage: 25 * KB, structure: 0.3, rootClass: 60 * KB };
const WIDGETS = ['quote-card', 'timeline', 'membership-matrix', 'trade-table', 'dataset'];
/** The collections each widget shows (and may therefore load). */
const SHOWS = {
  'quote-card': ['quotes', 'derived/quote-speakers', 'sources'],
  timeline: ['events', 'people', 'organizations', 'places', 'sources'],
  'membership-matrix': ['memberships', 'organizations', 'places', 'sources'],
  'trade-table': ['figures', 'places', 'organizations', 'sources'],
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
  report(`${w}: code loaded up front (lit external, no data)`, [...loaded].map(at), w === 'timeline' ? BUDGET.timeline : BUDGET.widget);
  const lazy = Object.keys(meta.outputs).filter((o) => !o.endsWith('.map') && !loaded.has(o));
  if (lazy.length) report(`${w}: lazy chunks, not counted above`, lazy.map(at));
  const collections = [...new Set(Object.values(meta.outputs).flatMap((o) => o.imports)
    .filter((i) => i.external && /records\//.test(i.path))
    .map((i) => i.path.replace(/.*records\//, '').replace(/\.json(\.js)?$/, '')))];
  const extra = collections.filter((c) => !SHOWS[w].includes(c));
  if (extra.length) failures.push(`${w} pulls in data it does not show: ${extra.join(', ')}`);
  rows.push([`${w}: data it loads`, collections.sort().join(', '), '', '', extra.length ? 'OVER' : 'ok']);
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
for (const c of [...COLLECTIONS, 'derived/quote-speakers']) {
  const module = readFileSync(`dist/esm/data/records/${c}.json.js`);
  const g = report(`data: ${c}`, [module]);
  const t = gz(ownText(JSON.parse(readFileSync(`src/data/records/${c}.json`, 'utf8'))));
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

// 6. one class from the package root, tree-shaken by the app's bundler
{
  const { code, kept } = await bundleAsApp("import { SteppeQuoteCard } from 'steppe-widgets'; console.log(SteppeQuoteCard);");
  report("import { SteppeQuoteCard } from 'steppe-widgets' (app bundle: lit and its data inlined)", [code], BUDGET.rootClass);
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
