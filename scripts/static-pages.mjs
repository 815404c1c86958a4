#!/usr/bin/env node
// Writes dist/static/<widget>.html (a whole page) and dist/static/<widget>.fragment.html (the part to
// paste into a course page): each widget's default view as plain HTML with its citations, for
// platforms whose sanitizer keeps markup but drops scripts and custom elements. The renderer is
// src/static/render.ts, bundled with the data by rollup into build/static-render.mjs (run rollup first).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const renderer = new URL('../build/static-render.mjs', import.meta.url);
if (!existsSync(renderer)) {
  console.error('static-pages: build/static-render.mjs is missing; run `npx rollup -c` first');
  process.exit(1);
}
const { STATIC_WIDGETS, renderFragment, renderPage } = await import(renderer.href);

const out = new URL('../dist/static/', import.meta.url);
mkdirSync(out, { recursive: true });
const kB = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} kB (${(gzipSync(text).length / 1024).toFixed(1)} kB gzip)`;
const lines = [];
for (const widget of STATIC_WIDGETS) {
  const fragment = renderFragment(widget);
  const page = renderPage(widget);
  writeFileSync(new URL(`${widget}.fragment.html`, out), fragment);
  writeFileSync(new URL(`${widget}.html`, out), page);
  lines.push(`  ${widget}.html ${kB(page)}, ${widget}.fragment.html ${kB(fragment)}`);
}
console.log(`dist/static:\n${lines.join('\n')}`);
