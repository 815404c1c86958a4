// Two outputs (see README "Build outputs"):
// 1. dist/steppe-widgets.js: one self-contained ESM file, lit and all data inlined, for a <script> tag.
// 2. dist/esm/: one module per source file, lit/@lit/valibot left as imports, for npm users and
//    bundlers; each widget module imports only the data collections it shows.
// Also the embed pages' scripts (dist/embed/) and, for the build only, build/static-render.mjs.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { literals } from './scripts/minify-literals.mjs';
import { packedRecords } from './scripts/pack-data.mjs';
import { quoteEntries } from './scripts/quote-entries.mjs';

const ts = () => [literals(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })];
// the embedded collections in their packed form (scripts/pack-data.mjs); any other JSON as is
const data = (options = { preferConst: true, compact: true }) => [
  packedRecords(),
  json({ ...options, exclude: ['src/data/records/**/*.json'] }),
];
const isExternal = (id) => /^(lit|@lit\/|lit-html|lit-element|valibot)/.test(id);

const quotes = quoteEntries();

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/steppe-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [nodeResolve(), ...data(), ts(), terser({ format: { comments: false } })],
  },
  {
    // the embed pages' script: the widgets and the data in one file
    input: 'src/embed/embed.ts',
    output: { file: 'dist/embed/embed.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [nodeResolve(), ...data(), ts(), terser({ format: { comments: false } })],
  },
  {
    // one self-contained file, so a host page copies a single script
    input: 'src/embed/resize.ts',
    output: { file: 'dist/embed/resize.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), ts(), terser({ format: { comments: false } })],
  },
  {
    // one entry per quotation (the smallest page: a quote card with only the data it shows); the
    // card itself in a chunk they share
    input: quotes.input,
    output: { dir: 'dist/quote', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'quote-card-[hash].js' },
    plugins: [quotes.plugin, nodeResolve(), ...data(), ts(), terser({ format: { comments: false } })],
  },
  {
    // the static fallback's renderer for scripts/static-pages.mjs (Node cannot import TypeScript
    // or JSON modules): pure functions and the data, bundled outside dist, never shipped
    input: 'src/static/render.ts',
    output: { file: 'build/static-render.mjs', format: 'es', inlineDynamicImports: true },
    plugins: [nodeResolve(), ...data(), ts()],
  },
  {
    // the package's entries (package.json `exports`) and the modules they import
    input: {
      index: 'src/index.ts',
      all: 'src/all.ts',
      events: 'src/events.ts',
      ...Object.fromEntries(['quote-card', 'dataset', 'timeline', 'membership-matrix', 'trade-table'].map((w) => [w, `src/${w}.ts`])),
      'components/quote-card/quote-card': 'src/components/quote-card/quote-card.ts',
      'components/dataset/dataset': 'src/components/dataset/dataset.ts',
      'components/timeline/timeline': 'src/components/timeline/timeline.ts',
      'components/membership-matrix/membership-matrix': 'src/components/membership-matrix/membership-matrix.ts',
      'components/trade-table/trade-table': 'src/components/trade-table/trade-table.ts',
      'data/index': 'src/data/index.ts',
    },
    external: isExternal,
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [nodeResolve(), ...data({ preferConst: true }), ts()],
  },
];
