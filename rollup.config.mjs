// Three outputs (see README "Build outputs"):
// 1. dist/steppe-widgets.js: one self-contained ESM file, lit and all data inlined, for a <script> tag.
// 2. dist/timeline.js, membership-matrix.js, trade-table.js, quote-card.js: one self-contained file
//    per widget, lit, the widget and <steppe-dataset> with only the data that widget shows.
// 3. dist/esm/: one module per source file, lit/@lit/valibot left as imports, for npm users and
//    bundlers; each widget module imports only the data collections it shows.
// Also the embed pages' scripts (dist/embed/) and, for the build only, build/static-render.mjs.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { literals } from './scripts/minify-literals.mjs';
import { packedRecords } from './scripts/pack-data.mjs';
import { quoteEntries } from './scripts/quote-entries.mjs';

const ts = () => [literals(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })];
// The maps name lit's and valibot's modules but leave out their text: both are minified or
// plain already, in every user's node_modules, and marked for debuggers to skip
// (x_google_ignoreList); their text was a third of the package's maps (1.6 of 4.8 MB).
const noThirdPartyText = () => ({
  name: 'steppe-no-third-party-text-in-maps',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      // rollup has written each map as an asset by now (chunk.map is a copy)
      if (file.type !== 'asset' || !file.fileName.endsWith('.map')) continue;
      const map = JSON.parse(String(file.source));
      if (!map.sourcesContent) continue;
      map.sourcesContent = map.sourcesContent.map((text, i) => (/(^|[\\/])node_modules[\\/]/.test(map.sources[i]) ? null : text));
      file.source = JSON.stringify(map);
    }
  },
});
// every output is an ES module; a second compress pass takes about 0.1 kB gzip off each file
const TERSER = { module: true, compress: { passes: 2 }, format: { comments: false } };
// the embedded collections in their packed form (scripts/pack-data.mjs), their excerpts in a lazy
// module beside each (`<collection>.excerpts.js`, loaded after the first render) unless `lazy` is
// false (the all-in-one bundles and the build's static renderer keep them inline); any other JSON as is
const data = (options = { preferConst: true, compact: true }, { lazy = true, firstRows } = {}) => [
  packedRecords({ lazy, firstRows }),
  json({ ...options, exclude: ['src/data/records/**/*.json'] }),
];
const INLINE = [{ preferConst: true, compact: true }, { lazy: false }];
const isExternal = (id) => /^(lit|@lit\/|@lit-labs\/ssr-client|lit-html|lit-element|valibot)/.test(id);

const quotes = quoteEntries();

// The derived slices (src/data/records/derived/: names instead of whole records) where a bundle
// carries the whole collections anyway: there each slice is its whole collection, so that
// dist/steppe-widgets.js does not carry both. The widgets read nothing a whole record lacks.
const SLICE_OF = {
  'people-names': 'people', 'organization-names': 'organizations', 'place-names': 'places',
  'matrix-organizations': 'organizations',
};
const wholeCollections = () => ({
  name: 'steppe-whole-collections',
  async resolveId(source, importer, options) {
    const slice = /(?:^|\/)records\/derived\/([a-z-]+)\.json$/.exec(source)?.[1];
    if (!slice || !SLICE_OF[slice]) return null;
    return this.resolve(source.replace(`derived/${slice}`, SLICE_OF[slice]), importer, { ...options, skipSelf: true });
  },
});

// one self-contained file per widget (src/standalone/<widget>.ts)
const STANDALONE = ['timeline', 'membership-matrix', 'trade-table', 'quote-card'];
// dist/trade-table.js carries the figures of the table it opens on (src/lib/figure-options.ts's
// DEFAULT_TABLE) and fetches the rest and the excerpts right after the first paint: its file is
// half the size, and the opening view is painted before the other 867 figures are unpacked
const OPENING_TABLE = /export const DEFAULT_TABLE = '([^']+)'/.exec(readFileSync('src/lib/figure-options.ts', 'utf8'))[1];
const FIRST_ROWS = { 'trade-table': { figures: (figure) => figure.table?.id === OPENING_TABLE } };

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/steppe-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [wholeCollections(), nodeResolve(), ...data(...INLINE), ts(), terser(TERSER), noThirdPartyText()],
  },
  {
    // the same, with Lit's hydration support first: for pages whose widgets a server rendered
    input: 'src/hydrate.ts',
    output: { file: 'dist/steppe-widgets.hydrate.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [wholeCollections(), nodeResolve(), ...data(...INLINE), ts(), terser(TERSER), noThirdPartyText()],
  },
  // everything a page needs up front is in dist/<widget>.js; what loads only when a reader asks
  // (the Embed and Cite panels, the static copy's renderer, the timeline's detail and story) and
  // the excerpts of its data (loaded right after the first render, <widget>-<collection>.excerpts-*.js)
  // sit beside it in dist/lazy/, fetched relative to the file, so a page still adds one script tag
  ...STANDALONE.map((widget) => ({
    input: { [widget]: `src/standalone/${widget}.ts` },
    // the entry may export what its lazy chunks import from it, so that it holds all the up-front code
    preserveEntrySignatures: 'allow-extension',
    // the trade table's other figures under a name that does not change, so that a page whose table
    // opens on another view can preload them beside the file (as dist/quote/card.js)
    output: {
      dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (/\.rest$/.test(chunk.name) ? `lazy/${widget}-[name].js` : `lazy/${widget}-[name]-[hash].js`),
    },
    plugins: [nodeResolve(), ...data(undefined, { firstRows: FIRST_ROWS[widget] }), ts(), terser(TERSER), noThirdPartyText()],
  })),
  {
    // the embed pages' script: the widgets and the data in one file
    input: 'src/embed/embed.ts',
    output: { file: 'dist/embed/embed.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [wholeCollections(), nodeResolve(), ...data(...INLINE), ts(), terser(TERSER), noThirdPartyText()],
  },
  {
    // one self-contained file, so a host page copies a single script
    input: 'src/embed/resize.ts',
    output: { file: 'dist/embed/resize.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), ts(), terser(TERSER), noThirdPartyText()],
  },
  {
    // one entry per quotation (the smallest page: a quote card with only the data it shows); the
    // card itself in a chunk they share, under a name that does not change (dist/quote/card.js), so
    // that a page can preload it beside the entry instead of waiting a round trip to learn of it
    input: quotes.input,
    output: {
      dir: 'dist/quote', format: 'es', sourcemap: true, entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (chunk.name === 'quote-entry' ? 'card.js' : 'quote-card-[hash].js'),
    },
    plugins: [quotes.plugin, nodeResolve(), ...data(), ts(), terser(TERSER), quotes.noEntryMaps, noThirdPartyText()],
  },
  {
    // the static fallback's renderer for scripts/static-pages.mjs (Node cannot import TypeScript
    // or JSON modules): pure functions and the data, bundled outside dist, never shipped
    input: 'src/static/render.ts',
    output: { file: 'build/static-render.mjs', format: 'es', inlineDynamicImports: true },
    plugins: [nodeResolve(), ...data(...INLINE), ts()],
  },
  {
    // the package's entries (package.json `exports`) and the modules they import
    input: {
      index: 'src/index.ts',
      hydrate: 'src/hydrate.ts',
      ssr: 'src/ssr.ts',
      all: 'src/all.ts',
      events: 'src/events.ts',
      ...Object.fromEntries(['quote-card', 'dataset', 'timeline', 'membership-matrix', 'trade-table'].map((w) => [w, `src/${w}.ts`])),
      'components/quote-card/quote-card': 'src/components/quote-card/quote-card.ts',
      'components/dataset/dataset': 'src/components/dataset/dataset.ts',
      'components/timeline/timeline': 'src/components/timeline/timeline.ts',
      'components/membership-matrix/membership-matrix': 'src/components/membership-matrix/membership-matrix.ts',
      'components/trade-table/trade-table': 'src/components/trade-table/trade-table.ts',
      'data/index': 'src/data/index.ts',
      // for `npx steppe-widgets static` (bin/steppe-widgets.mjs): Node runs it as built, no lit needed
      'static/render': 'src/static/render.ts',
    },
    external: isExternal,
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [nodeResolve(), ...data({ preferConst: true }), ts()],
  },
];
