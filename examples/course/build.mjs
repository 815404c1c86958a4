#!/usr/bin/env node
// Builds examples/course/_site/index.html: a mock Canvas course page. The author's HTML
// (author.html, with the static fallback fragments from dist/static pasted in) goes through Canvas's
// allow-list (canvas-allow-list.mjs), as Canvas does when a page is saved; the page around it (the
// platform's own shell) adds dist/embed/resize.js, as Canvas's own script resizes LTI iframes.
// Run after `npm run build`; serve the repository root and open /examples/course/_site/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { canvasSanitize } from './canvas-allow-list.mjs';

const here = new URL('./', import.meta.url);
const dist = new URL('../../dist/', import.meta.url);
for (const file of ['static/quote-card.fragment.html', 'static/membership-matrix.fragment.html', 'embed/timeline.html', 'embed/resize.js']) {
  if (!existsSync(new URL(file, dist))) {
    console.error(`build:course: dist/${file} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// what the author pastes: each marker becomes that widget's static fragment; a marker with
// attributes ("paste: timeline --kinds summit --from 2010") the static copy of that view, as
// `npx steppe-widgets static timeline --kinds summit --from 2010` prints it
const { excerptsReady, renderFragment } = await import(new URL('esm/static/render.js', dist).href);
await excerptsReady(); // the embedded excerpts ship apart in dist/esm
const author = readFileSync(new URL('author.html', here), 'utf8').replace(
  /<!-- paste: ([a-z-]+)((?: --[a-z-]+ [^\s-][^\s]*)*) -->/g,
  (_, widget, rest) => {
    if (!rest) return readFileSync(new URL(`static/${widget}.fragment.html`, dist), 'utf8');
    const words = rest.trim().split(/\s+/);
    const attributes = {};
    for (let i = 0; i < words.length; i += 2) attributes[words[i].slice(2)] = words[i + 1].replace(/_/g, ' ');
    return renderFragment(widget, undefined, { attributes, idPrefix: `steppe-static-${widget}-view` });
  },
);
const { html: content, removed } = canvasSanitize(author);

const describe = (r) => r.attribute
  ? `the ${r.attribute} attribute of <${r.element}>`
  : `<${r.element}${Object.entries(r.attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}>${r.element === 'script' ? ' (and its content)' : ' (its content kept)'}`;

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Unit 3: Kazakhstan between Russia and China · Example course</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #2d3b45; background: #fff; }
  .topbar { background: #394b58; color: #fff; padding: 0.75rem 1.5rem; font-weight: 600; }
  .layout { display: flex; align-items: flex-start; }
  .course-nav { flex: 0 0 10rem; padding: 1.5rem 0 1.5rem 1.5rem; font-size: 0.95rem; }
  .course-nav ul { list-style: none; margin: 0; padding: 0; }
  .course-nav li { padding: 0.3rem 0.5rem; border-left: 3px solid transparent; color: #0770a3; }
  .course-nav li[aria-current] { border-left-color: #2d3b45; color: #2d3b45; font-weight: 600; }
  main { flex: 1; min-width: 0; max-width: 64rem; padding: 1.5rem 2rem 4rem; }
  .breadcrumbs { font-size: 0.875rem; color: #6b7780; margin: 0 0 0.5rem; }
  .page-title { font-size: 2rem; font-weight: 400; margin: 0 0 1rem; padding-bottom: 0.5rem; border-bottom: 1px solid #c7cdd1; }
  /* roughly what Canvas's stylesheet gives a page's content */
  .user_content h2 { font-size: 1.6rem; font-weight: 400; margin: 2rem 0 0.5rem; }
  .user_content h3 { font-size: 1.3rem; font-weight: 400; margin: 1.5rem 0 0.5rem; }
  .user_content h4 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
  .user_content a { color: #0770a3; }
  .user_content iframe { display: block; width: 100%; border: 1px solid #c7cdd1; }
  .user_content .steppe-table-wrap { overflow-x: auto; }
  .user_content table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
  .user_content caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
  .user_content th, .user_content td { border: 1px solid #c7cdd1; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
  .user_content thead th { background: #f5f5f5; }
  .user_content td a { text-decoration: none; }
  .user_content blockquote { margin: 0.5rem 0; padding: 0.25rem 1rem; border-left: 4px solid #c7cdd1; font-size: 1.15rem; }
  .user_content figure { margin: 1rem 0; }
  .user_content small { color: #6b7780; }
  .sanitizer-report { margin-top: 3rem; padding: 1rem 1.25rem; background: #f5f5f5; border: 1px solid #c7cdd1; border-radius: 4px; font-size: 0.9rem; }
  .sanitizer-report h2 { font-size: 1rem; margin: 0 0 0.5rem; }
  .sanitizer-report code { font-size: 0.85rem; overflow-wrap: anywhere; }
  @media (max-width: 40rem) { .course-nav { display: none; } main { padding: 1rem; } }
</style>
<!-- the platform's resize script (Canvas ships its own for lti.frameResize); not part of the author's content -->
<script type="module" src="../../../dist/embed/resize.js"></script>
</head>
<body>
<div class="topbar">Example course</div>
<div class="layout">
<nav class="course-nav" aria-label="Course">
<ul><li>Home</li><li>Modules</li><li aria-current="page">Pages</li><li>Discussions</li><li>Grades</li></ul>
</nav>
<main>
<p class="breadcrumbs">Example course › Pages › Unit 3</p>
<h1 class="page-title">Unit 3: Kazakhstan between Russia and China</h1>
<div class="user_content" id="content">
${content}
</div>
<aside class="sanitizer-report" aria-labelledby="report-heading">
<h2 id="report-heading">About this mock page</h2>
<p>The content above is the author's HTML after Canvas LMS's allow-list
(<code>gems/canvas_sanitize/lib/canvas_sanitize/canvas_sanitize.rb</code>), applied here with sanitize-html. It removed:</p>
<ul id="removed">
${removed.map((r) => `<li><code>${escape(describe(r))}</code></li>`).join('\n')}
</ul>
<p>The timeline is an iframe of <code>dist/embed/timeline.html</code>, resized by <code>dist/embed/resize.js</code>
in this page's shell; the quotation and the table are the static fallbacks from <code>dist/static/</code>.</p>
</aside>
</main>
</div>
</body>
</html>
`;

const out = new URL('_site/', here);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('index.html', out), page);
console.log(`examples/course/_site/index.html: ${(Buffer.byteLength(page) / 1024).toFixed(1)} kB; the sanitizer removed ${removed.length} element(s) or attribute(s): ${removed.map((r) => r.attribute ? `${r.element}[${r.attribute}]` : r.element).join(', ')}`);
