#!/usr/bin/env node
// Gzipped and brotli sizes of the shipped files and of each widget's own code (lit and the data
// collections left out). Needs `npm run build` first. Usage: node bench/size.mjs
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sizes = (buf) => [buf.length, gzipSync(buf, { level: 9 }).length, brotliCompressSync(buf).length];
const rows = [];
const add = (label, buf) => rows.push([label, ...sizes(Buffer.from(buf))]);

add('dist/steppe-widgets.js (everything, self-contained)', readFileSync('dist/steppe-widgets.js'));
const bundle = async (entry, external) => (await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, external, logLevel: 'error' })).outputFiles[0].contents;
const noLit = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'];
const noData = ['../../data/collections/*', './collections/*'];
for (const w of ['quote-card', 'timeline', 'membership-matrix', 'trade-table', 'dataset']) {
  add(`${w}: code alone (lit and data external)`, await bundle(`dist/esm/components/${w}/${w}.js`, [...noLit, ...noData, 'valibot']));
  add(`${w}: with the data it shows (lit external)`, await bundle(`dist/esm/components/${w}/${w}.js`, [...noLit, 'valibot']));
}
for (const c of ['sources', 'events', 'organizations', 'memberships', 'figures', 'quotes', 'people', 'places']) add(`data: ${c}.json`, readFileSync(`dist/data/${c}.json`));
console.log('| file | raw | gzip | brotli |\n| --- | ---: | ---: | ---: |');
for (const [label, raw, gz, br] of rows) console.log(`| ${label} | ${kb(raw)} | ${kb(gz)} | ${kb(br)} |`);
