#!/usr/bin/env node
// Writes dist/embed/<widget>.html: one page per widget for iframe embedding (course platforms that
// strip <script>). No inline script or style, so the pages also work under a strict CSP.
import { mkdirSync, writeFileSync } from 'node:fs';

const out = new URL('../dist/embed/', import.meta.url);
mkdirSync(out, { recursive: true });
const pages = { timeline: 'timeline', 'membership-matrix': 'membership matrix', 'trade-table': 'trade table', 'quote-card': 'quote card' };
writeFileSync(new URL('embed.css', out), 'html,body{margin:0;padding:0;background:transparent}body{padding:1px;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}\n');
for (const [file, name] of Object.entries(pages)) {
  writeFileSync(new URL(`${file}.html`, out), `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>steppe-widgets: ${name}</title>
    <link rel="stylesheet" href="./embed.css" />
    <script type="module" src="./embed.js"></script>
  </head>
  <body></body>
</html>
`);
}
console.log(`dist/embed: ${Object.keys(pages).map((p) => `${p}.html`).join(', ')}, embed.js, resize.js`);
