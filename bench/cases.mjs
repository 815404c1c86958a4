// The content every tool is given, built once in Node so that ours, the peers and the static floor
// show exactly the same records: the real data (the embedded dataset, as exported to dist/data/)
// and synthetic events/figures, plus the static HTML of each view, rendered by the project's own
// static-fallback renderer (build/static-render.mjs, what dist/static/ is made from).
// Served to the benchmark page from memory under /bench-data/ (see render.mjs).
import { createView, nameOf, validateDataset } from '../dist/esm/data/index.js';
import { embeddedStaticView, renderFragment, staticView } from '../build/static-render.mjs';

/** Event kinds the synthetic events cycle through; the timeline filter keeps one of them. */
const KINDS = ['summit', 'treaty', 'visit', 'speech', 'deal'];
/** Words the synthetic figure labels cycle through; the table filter searches for one of them. */
const WORDS = ['trade', 'gas', 'oil', 'loan', 'rail'];
/** The filter each case applies: timeline by kind, table by free text. */
export const FILTERS = { timeline: { kind: 'summit' }, table: { real: 'oil', synthetic: 'gas' } };
/** Rows a paginated table shows, ours by default and the peers as configured: the "first page" floor. */
export const PAGE = 50;

const SCALE = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const plain = (f) => f.value * (SCALE[f.scale] ?? 1);
const byMagnitude = (a, b) => plain(a) - plain(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byStart = (a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0);

const syntheticSource = { id: 'synthetic', title: 'Synthetic source', authors: [], kind: 'test', sources: [{ doc: 'synthetic', excerpt: 'Generated for the benchmark.' }] };

export function syntheticEvents(n) {
  return Array.from({ length: n }, (_, i) => {
    const year = 1990 + (i % 33);
    return {
      id: `ev-${i}`, title: `Synthetic event number ${i}`, kind: KINDS[i % KINDS.length], themes: [], actors: [],
      date: { text: String(year), start: `${year}-${String(1 + (i % 12)).padStart(2, '0')}` },
      sources: [{ doc: 'synthetic', excerpt: `Generated excerpt for event ${i}.` }],
    };
  });
}

export function syntheticFigures(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: `f-${i}`, metric: 'other', label: `Synthetic figure ${i} ${WORDS[i % WORDS.length]}`,
    // distinct for i < 10006, and row 0 is not the smallest, so an ascending sort changes the first row
    value: ((i + 1) * 7919) % 10007, unit: 'units',
    period: { text: String(1990 + (i % 33)), start: String(1990 + (i % 33)) },
    sources: [{ doc: 'synthetic', excerpt: `Generated excerpt for figure ${i}.` }],
  }));
}

function checkValid(data, label) {
  const { issues } = validateDataset(data);
  if (issues.length) throw new Error(`bench: synthetic ${label} data is not valid: ${issues[0].message}`);
}

/**
 * All files of one case, keyed by the name the page fetches:
 * `<widget>-<n>.json` (records for the tools; n = 0 is the real data) and
 * `<widget>-<n>-<variant>.html` (static floor: all, first, sorted-all, sorted-first, filtered-all, filtered-first).
 */
export function buildCase(widget, n) {
  const files = new Map();
  const base = embeddedStaticView().dataset;
  const real = n === 0;
  const name = { timeline: 'timeline', table: 'trade-table', matrix: 'membership-matrix', quote: 'quote-card' }[widget];
  const fragment = (partial) => renderFragment(name, real ? staticView({ ...base, ...partial }) : staticView({ sources: [syntheticSource], ...partial }));
  if (widget === 'timeline') {
    const events = real ? base.events : syntheticEvents(n);
    if (!real) checkValid({ sources: [syntheticSource], events }, `${n} events`);
    const sources = real ? base.sources : [syntheticSource];
    files.set(`timeline-${n}.json`, JSON.stringify({ events, sources, filter: FILTERS.timeline }));
    const sorted = [...events].sort(byStart);
    const filtered = sorted.filter((e) => e.kind === FILTERS.timeline.kind);
    files.set(`timeline-${n}-all.html`, fragment({ events }));
    files.set(`timeline-${n}-first.html`, fragment({ events: sorted.slice(0, PAGE) }));
    files.set(`timeline-${n}-filtered-all.html`, fragment({ events: filtered }));
    files.set(`timeline-${n}-filtered-first.html`, fragment({ events: filtered.slice(0, PAGE) }));
  } else if (widget === 'table') {
    const figures = real ? base.figures : syntheticFigures(n);
    if (!real) checkValid({ sources: [syntheticSource], figures }, `${n} figures`);
    const sources = real ? base.sources : [syntheticSource];
    const view = real ? embeddedStaticView() : createView({ sources }, 'user');
    const names = {};
    for (const f of figures) for (const id of [f.from, f.to, f.country]) if (id) names[id] = nameOf(view, id);
    const query = real ? FILTERS.table.real : FILTERS.table.synthetic;
    files.set(`table-${n}.json`, JSON.stringify({ figures, sources, names, query }));
    const sorted = [...figures].sort(byMagnitude);
    const filtered = sorted.filter((f) => f.label.toLowerCase().includes(query));
    files.set(`table-${n}-all.html`, fragment({ figures }));
    files.set(`table-${n}-first.html`, fragment({ figures: figures.slice(0, PAGE) }));
    files.set(`table-${n}-sorted-all.html`, fragment({ figures: sorted }));
    files.set(`table-${n}-sorted-first.html`, fragment({ figures: sorted.slice(0, PAGE) }));
    files.set(`table-${n}-filtered-all.html`, fragment({ figures: filtered }));
    files.set(`table-${n}-filtered-first.html`, fragment({ figures: filtered.slice(0, PAGE) }));
  } else {
    // matrix and quote card: the real data only, default view
    files.set(`${widget}-0-all.html`, renderFragment(name));
  }
  return files;
}
