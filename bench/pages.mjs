// The from-navigation pages: one HTML page per (tool, case), written in Node and served from memory
// by bench/navigate.mjs. The tool is in the page's markup and its library loads by a tag, as a
// blogger writes it:
// - ours: the widget's own file (`<script type="module" src="/dist/trade-table.js">`) and the element;
//   our records (synthetic cases) in a `<script type="application/json">` inside `<steppe-dataset>`,
//   validated on the clock as on any page;
// - the peers: their ESM build (TimelineJS3: its script) and CSS, their records in their own format
//   (converted in Node by bench/tools.js's functions, as the blogger would have them) in a
//   `<script type="application/json">` that a short inline script hands to the library;
// - static: the static renderer's HTML of the same content (the real data: dist/static/*.fragment.html,
//   the body of dist/static/*.html; synthetic: the renderer's output that bench/cases.mjs makes).
// - ours, server-rendered (real data): the widget as Lit's SSR writes it (the package's server entry,
//   dist/esm/ssr.js, as examples/blog does at build time), declarative shadow DOM in the page, and
//   the hydrating script (dist/steppe-widgets.hydrate.js) that takes it over;
// - ours, one quotation (the quote card): the quotation's own entry (dist/quote/<id>.js), as the
//   README embeds a single quotation, showing the quotation the card shows by default;
// Every page has the same shell: the probe (bench/probe.js) first in <head>, a 1000 px column.
import { readFileSync } from 'node:fs';
import { render as ssrRender } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as litHtml, unsafeStatic } from 'lit/static-html.js';
import { embeddedStaticView, renderFragment } from '../build/static-render.mjs';
import { buildCase } from './cases.mjs';
import { MODULES, PAGE, esc, figureRows, initialWindow, printValue, timelineJsData, toDate } from './tools.js';

const root = new URL('../', import.meta.url);
const probe = readFileSync(new URL('./probe.js', import.meta.url), 'utf8').replace(/^\/\/.*\n/gm, '');

const TAGS = { timeline: 'steppe-timeline', table: 'steppe-trade-table', matrix: 'steppe-membership-matrix', quote: 'steppe-quote-card' };
const FILES = { timeline: 'timeline', table: 'trade-table', matrix: 'membership-matrix', quote: 'quote-card' };
/** What "the widget's first content" is, per tool: the same nodes bench/tools.js waits for. */
const SELECTOR = { timeline: 'button.event', table: 'tbody tr', matrix: 'td.cell', quote: 'blockquote' };
const READY = {
  ours: (w) => `() => document.querySelector('${TAGS[w]}')?.shadowRoot?.querySelector('${SELECTOR[w]}')`,
  static: () => "() => document.getElementById('host')?.querySelector('li, tr, blockquote')",
  vis: () => "() => document.querySelector('#vis .vis-item')",
  timelinejs: () => "() => document.querySelector('#tl-bench .tl-timemarker .tl-headline') && document.querySelector('#tl-bench .tl-slide .tl-headline')",
  tabulator: () => "() => document.querySelector('#table .tabulator-row')",
  gridjs: () => "() => { const r = document.querySelector('#table .gridjs-tbody tr'); return r && r.querySelectorAll('td').length > 1; }",
  empty: () => '() => true',
};
READY['ours-default'] = READY.ours;
READY['ours-ssr'] = READY.ours;
READY['ours-one'] = READY.ours;
READY['static-default'] = READY.static;

// the server's markup of each widget on the real data, as the from-navigation page of `ours` (the
// table: its default view) shows it; rendered once, in this process, by the package's server entry
await import(new URL('dist/esm/ssr.js', root).href);
const SSR = Object.fromEntries(await Promise.all(Object.entries(TAGS).map(async ([widget, tag]) =>
  [widget, await collectResult(ssrRender(litHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`))])));

/** JSON inside a <script> element: `<` escaped, so no `</script>` can end it early. */
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const dataScript = (id, value) => `<script type="application/json" id="${id}">${json(value)}</script>`;

function shell({ title, ready, head = '', body = '', tail = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<script>${probe}benchProbe(${ready});</script>
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } #host { width: 1000px; }</style>
${head}
</head>
<body>
<div id="host">
${body}
</div>
${tail}
</body>
</html>
`;
}

const TABLE_COLUMNS = `[
  { title: 'Metric', field: 'label', widthGrow: 3 },
  { title: 'Who', field: 'who' },
  { title: 'Period', field: 'period' },
  { title: 'Value', field: 'value', sorter: 'number', formatter: (cell) => cell.getData().printed },
  { title: 'Unit', field: 'unit' },
  { title: 'Source', field: 'source' },
]`;
/** Rows as Tabulator and Grid.js take them (bench/tools.js figureRows), the value printed in Node. */
const tableRows = (data) => figureRows(data).map((r) => ({ ...r, printed: printValue(r) }));

/** The page of one tool on one case; `data` is the case's records (bench/cases.mjs's JSON). */
function page(widget, n, tool, data) {
  const title = `${tool} · ${widget} · ${n || 'real data'}: from-navigation benchmark`;
  const ready = READY[tool](widget);
  const tag = TAGS[widget];
  if (tool === 'empty') return shell({ title, ready });
  if (tool === 'ours' || tool === 'ours-default') {
    const head = `<script type="module" src="/dist/${FILES[widget]}.js"></script>`;
    // the default view is the README's embed; the table against Tabulator shows every row, as the peers do
    const attrs = tool === 'ours-default' || widget !== 'table' ? '' : n ? ' layout="table"' : ' layout="table" default-view="all"';
    // a table opening on every embedded figure preloads the ones its file leaves out, as the README says
    const preload = widget === 'table' && tool === 'ours' ? '<link rel="modulepreload" href="/dist/lazy/trade-table-figures.rest.js">\n' : '';
    if (!n) return shell({ title, ready, head: `${preload}${head}`, body: `<${tag}${attrs}></${tag}>` });
    const records = widget === 'timeline' ? { sources: data.sources, events: data.events } : { sources: data.sources, figures: data.figures };
    return shell({ title, ready, head, body: `<steppe-dataset>\n<script type="application/json">${json(records)}</script>\n<${tag}${attrs}></${tag}>\n</steppe-dataset>` });
  }
  if (tool === 'ours-one') {
    // the quotation a card shows without a quote-id (the first), which dist/static/quote-card.html shows too
    const id = JSON.parse(readFileSync(new URL('dist/data/quotes.json', root), 'utf8'))[0].id;
    return shell({ title, ready, head: `<link rel="modulepreload" href="/dist/quote/card.js">\n<script type="module" src="/dist/quote/${id}.js"></script>`, body: `<steppe-quote-card quote-id="${id}"></steppe-quote-card>` });
  }
  if (tool === 'ours-ssr') {
    return shell({ title, ready, head: '<script type="module" src="/dist/steppe-widgets.hydrate.js"></script>', body: SSR[widget] });
  }
  if (tool === 'static-default') return shell({ title, ready, body: readFileSync(new URL(`dist/static/${FILES[widget]}.fragment.html`, root), 'utf8') });
  if (tool === 'static') {
    let body;
    if (n) body = buildCase(widget, n).get(`${widget}-${n}-all.html`);
    else if (widget === 'table') body = renderFragment('trade-table', embeddedStaticView(), { attributes: { 'default-view': 'all' } });
    else body = readFileSync(new URL(`dist/static/${FILES[widget]}.fragment.html`, root), 'utf8');
    return shell({ title, ready, body });
  }
  if (tool === 'tabulator') {
    return shell({
      title, ready,
      head: `<link rel="stylesheet" href="${MODULES}/tabulator-tables/dist/css/tabulator.min.css">`,
      body: `<div id="table"></div>\n${dataScript('rows', tableRows(data))}`,
      tail: `<script type="module">
import { TabulatorFull } from '${MODULES}/tabulator-tables/dist/js/tabulator_esm.min.js';
const container = document.getElementById('table');
const table = new TabulatorFull(container, {
  data: JSON.parse(document.getElementById('rows').textContent),
  layout: 'fitColumns', pagination: true, paginationSize: ${PAGE},
  columns: ${TABLE_COLUMNS},
});
window.benchTool = { table, container };
</script>`,
    });
  }
  if (tool === 'gridjs') {
    return shell({
      title, ready,
      head: `<link rel="stylesheet" href="${MODULES}/gridjs/dist/theme/mermaid.min.css">`,
      body: `<div id="table"></div>\n${dataScript('rows', tableRows(data))}`,
      tail: `<script type="module">
import { Grid } from '${MODULES}/gridjs/dist/gridjs.module.js';
const container = document.getElementById('table');
const grid = new Grid({
  data: JSON.parse(document.getElementById('rows').textContent),
  columns: [
    { id: 'label', name: 'Metric' }, { id: 'who', name: 'Who' }, { id: 'period', name: 'Period' },
    { id: 'value', name: 'Value', formatter: (cell, row) => row.cells[6].data.printed },
    { id: 'unit', name: 'Unit' }, { id: 'source', name: 'Source' },
    { id: 'row', name: 'row', hidden: true, data: (row) => row },
  ],
  sort: true,
  search: { selector: (cell, rowIndex, cellIndex) => (cellIndex === 0 ? cell : '') },
  pagination: { limit: ${PAGE} },
}).render(container);
window.benchTool = { grid, container };
</script>`,
    });
  }
  if (tool === 'vis') {
    const items = data.events.map((e) => ({
      id: e.id, content: esc(e.title), kind: e.kind,
      start: toDate(e.date.start).toISOString(), ...(e.date.end ? { end: toDate(e.date.end, true).toISOString() } : {}),
    }));
    const { start, end } = initialWindow(data.events);
    return shell({
      title, ready,
      head: `<link rel="stylesheet" href="${MODULES}/vis-timeline/styles/vis-timeline-graph2d.min.css">`,
      body: `<div id="vis"></div>\n${dataScript('items', items)}`,
      tail: `<script type="module">
import { DataSet, Timeline } from '${MODULES}/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';
const container = document.getElementById('vis');
const items = new DataSet(JSON.parse(document.getElementById('items').textContent));
const timeline = new Timeline(container, items, { start: '${start.toISOString()}', end: '${end.toISOString()}', height: '384px', verticalScroll: true });
window.benchTool = { timeline, container };
</script>`,
    });
  }
  if (tool === 'timelinejs') {
    return shell({
      title, ready,
      head: `<link rel="stylesheet" href="${MODULES}/@knight-lab/timelinejs/dist/css/timeline.css">\n<script src="${MODULES}/@knight-lab/timelinejs/dist/js/timeline.js"></script>`,
      body: `<div id="tl-bench" style="height: 600px"></div>\n${dataScript('tl-data', timelineJsData(data.events, data.sources))}`,
      tail: `<script>
const container = document.getElementById('tl-bench');
const tl = new TL.Timeline(container, JSON.parse(document.getElementById('tl-data').textContent), { script_path: new URL('${MODULES}/@knight-lab/timelinejs/dist/js/', location.href).href });
window.benchTool = { tl, container };
</script>`,
    });
  }
  throw new Error(`bench/pages.mjs: no page for ${tool} on ${widget}`);
}

/**
 * Every file one case needs, keyed by URL path: `/nav/<widget>-<n>-<tool>.html` for each tool, and
 * bench/cases.mjs's `/bench-data/` files (the sort and filter steps read their expectations there).
 */
export function navCase(widget, n, tools) {
  const files = new Map();
  for (const [k, v] of buildCase(widget, n)) files.set(`/bench-data/${k}`, v);
  // the same records the from-creation pages give every tool (the real data for the peers, too)
  const records = files.get(`/bench-data/${widget}-${n}.json`);
  const data = records ? JSON.parse(records) : undefined;
  for (const tool of tools) files.set(`/nav/${widget}-${n}-${tool}.html`, page(widget, n, tool, data));
  return files;
}

export const emptyPage = () => page('quote', 0, 'empty');
