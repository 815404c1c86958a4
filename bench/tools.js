// One adapter per (widget, tool): how the benchmark page loads the tool, gives it the case's
// records through the tool's documented API, recognises that it has painted, sorts and filters.
// Every adapter has: load (before the clock), create (on the clock: records → painted widget),
// ready, roots (nodes to watch), signature (what the first rows say now), filter/filtered,
// sort/sorted (tables), beforeChange (untimed preparation of the expected result) and info.
const MODULES = '/node_modules';
const PAGE = 50; // rows per page: ours' default, and the peers' pagination

// ---- shared helpers ------------------------------------------------------------------------------
const css = (href) => new Promise((resolve, reject) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  link.onload = resolve;
  link.onerror = () => reject(new Error(`cannot load ${href}`));
  document.head.append(link);
});
const script = (src) => new Promise((resolve, reject) => {
  const s = Object.assign(document.createElement('script'), { src });
  s.onload = resolve;
  s.onerror = () => reject(new Error(`cannot load ${src}`));
  document.head.append(s);
});
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fetchJson = async (ctx) => (await fetch(`/bench-data/${ctx.widget}-${ctx.n}.json`)).json();
const fetchText = async (name) => {
  const r = await fetch(`/bench-data/${name}`);
  if (!r.ok) throw new Error(`missing /bench-data/${name}`);
  return r.text();
};
const texts = (nodes, k = 5) => [...nodes].slice(0, k).map((x) => x.textContent.trim());
const newContainer = (ctx, style = '') => {
  const div = document.createElement('div');
  div.style.cssText = style;
  ctx.host.append(div);
  ctx.container = div;
  return div;
};

// dates as the peers want them: "2020-09-12" / "2000" / "1990-05"
const dateParts = (iso) => {
  const [y, m, d] = iso.split('-');
  return { y: Number(y), m: m ? Number(m) : undefined, d: d ? Number(d) : undefined };
};
const toDate = (iso, end = false) => {
  const { y, m, d } = dateParts(iso);
  if (!end) return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  // the end of what the text names: the year's, the month's or the day's end
  return new Date(d ? Date.UTC(y, m - 1, d + 1) : m ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1));
};
const YEAR = 365.25 * 864e5;
const fractionalYear = (date) => 1970 + date.getTime() / YEAR;
const fromFractionalYear = (f) => new Date((f - 1970) * YEAR);
/** The window ours opens on (src/lib/timeline-model.ts initialWindow), for the peers to open on too. */
function initialWindow(events) {
  const starts = events.map((e) => fractionalYear(toDate(e.date.start))).sort((a, b) => a - b);
  const ends = events.map((e) => fractionalYear(toDate(e.date.end ?? e.date.start, true)));
  const lo = Math.floor(starts[Math.floor(starts.length * 0.03)]) - 0.5;
  const hi = Math.max(...ends) + 0.5;
  return { start: fromFractionalYear(lo), end: fromFractionalYear(hi) };
}

// figures as the peers' rows: the same columns as ours (Metric, Who, Period, Value, Unit, Source)
const SCALE = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const figureRows = (data) => data.figures.map((f) => {
  const ids = f.from || f.to ? [f.from, f.to] : [f.country];
  return {
    id: f.id, label: f.label,
    who: ids.map((id) => (id ? data.names[id] ?? id : '—')).join(' → '),
    period: f.period ? f.period.text : 'not given',
    value: f.value * (SCALE[f.scale] ?? 1), // plain units, as ours sorts
    printed: { qualifier: f.qualifier, value: f.value, scale: f.scale },
    unit: f.unit, source: (f.sources[0]?.doc ?? '').slice(0, 3),
  };
});
const printValue = (row) => `${row.printed.qualifier ? `${row.printed.qualifier} ` : ''}${numberFormat.format(row.printed.value)}${row.printed.scale ? ` ${row.printed.scale}` : ''} ${row.unit}`;

/** Untimed: what a filtered or sorted view must start with, from the case's records. */
async function expect(ctx, what) {
  const data = await fetchJson(ctx);
  if (ctx.widget === 'timeline') {
    ctx.allowed = new Set(data.events.filter((e) => e.kind === data.filter.kind).map((e) => e.title));
    ctx.kind = data.filter.kind;
    ctx.filteredEvents = data.events.filter((e) => e.kind === data.filter.kind);
    ctx.sources = data.sources;
  } else {
    ctx.query = data.query;
    if (what === 'sort') {
      const rows = figureRows(data);
      const min = Math.min(...rows.map((r) => r.value));
      ctx.minLabels = new Set(rows.filter((r) => r.value === min).map((r) => r.label));
    }
  }
}
const allowedTitles = (ctx, titles) => titles.length > 0 && titles.every((t) => ctx.allowed.has(t));
/** First and last row label and the number of rows: changes whenever a sort or filter changes the page. */
const rowsSignature = (cells) => (cells.length ? `${cells[0].textContent.trim()}|${cells[cells.length - 1].textContent.trim()}|${cells.length}` : '');
const startsWithAny = (text, set) => [...set].some((s) => text.startsWith(s));

// ---- ours ----------------------------------------------------------------------------------------
function oursCreate(ctx, tag, attrs = {}) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (ctx.n) {
    // synthetic records go through <steppe-dataset>, which validates them (on the clock)
    const ds = document.createElement('steppe-dataset');
    ds.data = ctx.widget === 'timeline' ? { sources: ctx.data.sources, events: ctx.data.events } : { sources: ctx.data.sources, figures: ctx.data.figures };
    ds.append(el);
    ctx.host.append(ds);
  } else {
    ctx.host.append(el); // the real data: the widget's own embedded dataset
  }
  ctx.el = el;
}
const ours = (tag, selector, attrs) => ({
  // the shipped bundle; the profiling pass (?build=esm) loads dist/esm/ instead, for readable names
  load: (ctx) => import(ctx.params.get('build') === 'esm' ? '/dist/esm/index.js' : '/dist/steppe-widgets.js'),
  create: (ctx) => oursCreate(ctx, tag, attrs),
  ready: (ctx) => ctx.el.shadowRoot?.querySelector(selector),
  roots: (ctx) => [ctx.host, ctx.el?.shadowRoot],
  info: (ctx) => ({ dom: ctx.el.shadowRoot.querySelectorAll(selector).length }),
});
const oursTimeline = (layout) => ({
  ...ours('steppe-timeline', 'button.event', { layout }),
  beforeChange: expect,
  signature: (ctx) => texts(ctx.el.shadowRoot.querySelectorAll('button.event .title')).join('|'),
  filter: (ctx) => ctx.el.setAttribute('kinds', ctx.kind),
  filtered: (ctx) => allowedTitles(ctx, texts(ctx.el.shadowRoot.querySelectorAll('button.event .title'))),
  info: (ctx) => ({ shown: ctx.el.visibleEvents.length, dom: ctx.el.shadowRoot.querySelectorAll('button.event').length }),
});
const oursFirstLabel = (ctx) => ctx.el.shadowRoot.querySelector('tbody tr th.label')?.textContent.trim() ?? '';
const oursTable = {
  // every row, 50 a page, as the peers show them (on the real data the default view is a small comparison table)
  ...ours('steppe-trade-table', 'tbody tr', { layout: 'table', 'default-view': 'all' }),
  beforeChange: async (ctx, what) => { await expect(ctx, what); ctx.shownBefore = ctx.el.visibleFigures.length; },
  signature: (ctx) => rowsSignature(ctx.el.shadowRoot.querySelectorAll('tbody tr th.label')),
  // ascending like the peers (a click on Value sorts descending first): the documented attributes, one update
  sort: (ctx) => { ctx.el.setAttribute('sort-direction', 'ascending'); ctx.el.setAttribute('sort-by', 'value'); },
  sorted: (ctx) => startsWithAny(oursFirstLabel(ctx), ctx.minLabels),
  filter: (ctx) => ctx.el.setAttribute('query', ctx.query),
  // ours searches more fields than the peers (names, captions, excerpts): the DOM must show its own first match
  filtered: (ctx) => ctx.el.visibleFigures.length < ctx.shownBefore && oursFirstLabel(ctx).startsWith(ctx.el.visibleFigures[0]?.label ?? '\u0000'),
  info: (ctx) => ({ shown: ctx.el.visibleFigures.length, dom: ctx.el.shadowRoot.querySelectorAll('tbody tr').length }),
};

// ---- static HTML (the floor) -----------------------------------------------------------------------
// The project's static renderer's output for the same records (all of them, or the first page of 50),
// fetched before the clock; the clock times parsing it into the page, style, layout and paint.
function staticTool(variant) {
  const swap = (ctx, html) => { ctx.container.innerHTML = html; };
  return {
    async prepare(ctx) {
      ctx.html = await fetchText(`${ctx.widget}-${ctx.n}-${variant}.html`);
    },
    create: (ctx) => { newContainer(ctx); swap(ctx, ctx.html); ctx.html = undefined; },
    ready: (ctx) => ctx.container.querySelector('li, tr, blockquote'),
    roots: (ctx) => [ctx.host],
    // fetched after the heap is read, so the floor's heap holds only the page
    async beforeChange(ctx, what) {
      await expect(ctx, what);
      ctx[`${what}Html`] = await fetchText(`${ctx.widget}-${ctx.n}-${what === 'sort' ? 'sorted' : 'filtered'}-${variant}.html`);
    },
    signature: (ctx) => (ctx.widget === 'timeline'
      ? texts(ctx.container.querySelectorAll('.steppe-title')).join('|')
      : rowsSignature(ctx.container.querySelectorAll('tbody tr th'))),
    sort: (ctx) => swap(ctx, ctx.sortHtml),
    sorted: (ctx) => startsWithAny(ctx.container.querySelector('tbody tr th')?.textContent ?? '', ctx.minLabels),
    filter: (ctx) => swap(ctx, ctx.filterHtml),
    filtered: (ctx) => (ctx.widget === 'timeline'
      ? allowedTitles(ctx, texts(ctx.container.querySelectorAll('.steppe-title')))
      : (ctx.container.querySelector('tbody tr th')?.textContent ?? '').toLowerCase().includes(ctx.query)),
    info: (ctx) => ({ dom: ctx.container.querySelectorAll(ctx.widget === 'timeline' ? 'li.steppe-event' : ctx.widget === 'table' ? 'tbody tr' : 'td, blockquote').length }),
  };
}

// ---- vis-timeline (standalone ESM build + its CSS; DataSet → DataView → Timeline) ------------------
const vis = {
  async load(ctx) {
    await css(`${MODULES}/vis-timeline/styles/vis-timeline-graph2d.min.css`);
    ctx.lib = await import(`${MODULES}/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js`);
  },
  create(ctx) {
    const { DataSet, DataView, Timeline } = ctx.lib;
    const events = ctx.data.events;
    const items = new DataSet(events.map((e) => ({
      id: e.id, content: esc(e.title), kind: e.kind,
      start: toDate(e.date.start), ...(e.date.end ? { end: toDate(e.date.end, true) } : {}),
    })));
    ctx.filterKind = '';
    // "Useful when the DataView has a filter function containing a variable parameter": refresh() re-applies it
    ctx.view = new DataView(items, { filter: (item) => !ctx.filterKind || item.kind === ctx.filterKind });
    // same window as ours opens on, same height as ours' axis area (24rem)
    ctx.timeline = new Timeline(newContainer(ctx), ctx.view, { ...initialWindow(events), height: '384px', verticalScroll: true });
  },
  ready: (ctx) => ctx.container.querySelector('.vis-item'),
  roots: (ctx) => [ctx.host],
  beforeChange: expect,
  signature: (ctx) => texts(ctx.container.querySelectorAll('.vis-item .vis-item-content')).join('|'),
  filter: (ctx) => { ctx.filterKind = ctx.kind; ctx.view.refresh(); },
  filtered: (ctx) => allowedTitles(ctx, texts(ctx.container.querySelectorAll('.vis-item .vis-item-content'))),
  info: (ctx) => ({ shown: ctx.view.length, dom: ctx.container.querySelectorAll('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point').length }),
};

// ---- TimelineJS3 (dist/js/timeline.js, global TL; TL.Timeline(container, data, options)) -----------
function timelineJsData(events, sources) {
  const title = new Map(sources.map((s) => [s.id, s.title]));
  const date = (iso) => { const { y, m, d } = dateParts(iso); return { year: String(y), ...(m ? { month: String(m) } : {}), ...(d ? { day: String(d) } : {}) }; };
  return {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: date(e.date.start),
      ...(e.date.end ? { end_date: date(e.date.end) } : {}),
      display_date: esc(e.date.text),
      text: { headline: esc(e.title), text: e.sources.map((s) => `<p>“${esc(s.excerpt)}” — <cite>${esc(title.get(s.doc) ?? s.doc)}</cite></p>`).join('') },
    })),
  };
}
// else it guesses from the last <script>; a function, so that Node can import this module (bench/pages.mjs)
const tljsOptions = () => ({ script_path: new URL(`${MODULES}/@knight-lab/timelinejs/dist/js/`, location.href).href });
const timelinejs = {
  async load() {
    await css(`${MODULES}/@knight-lab/timelinejs/dist/css/timeline.css`);
    await script(`${MODULES}/@knight-lab/timelinejs/dist/js/timeline.js`);
  },
  create(ctx) {
    const container = newContainer(ctx, 'height: 600px');
    container.id = 'tl-bench';
    ctx.tl = new window.TL.Timeline(container, timelineJsData(ctx.data.events, ctx.data.sources), tljsOptions());
  },
  ready: (ctx) => ctx.container.querySelector('.tl-timemarker .tl-headline') && ctx.container.querySelector('.tl-slide .tl-headline'),
  roots: (ctx) => [ctx.host],
  beforeChange: expect,
  signature: (ctx) => texts(ctx.container.querySelectorAll('.tl-timemarker .tl-headline')).join('|'),
  // TimelineJS has no filter API: the figure is building it anew with the filtered events
  filter(ctx) {
    ctx.container.replaceChildren();
    ctx.tl = new window.TL.Timeline(ctx.container, timelineJsData(ctx.filteredEvents, ctx.sources), tljsOptions());
  },
  filtered: (ctx) => ctx.container.querySelector('.tl-slide .tl-headline') && allowedTitles(ctx, texts(ctx.container.querySelectorAll('.tl-timemarker .tl-headline'))),
  info: (ctx) => ({ shown: ctx.tl.config?.events?.length, dom: ctx.container.querySelectorAll('.tl-timemarker').length }),
};

// ---- Tabulator (TabulatorFull from the ESM build + its CSS) ---------------------------------------
const tabulatorFirstLabel = (ctx) => ctx.container.querySelector('.tabulator-row .tabulator-cell[tabulator-field="label"]')?.textContent ?? '';
const tabulator = {
  async load(ctx) {
    await css(`${MODULES}/tabulator-tables/dist/css/tabulator.min.css`);
    ctx.lib = await import(`${MODULES}/tabulator-tables/dist/js/tabulator_esm.min.js`);
  },
  create(ctx) {
    ctx.table = new ctx.lib.TabulatorFull(newContainer(ctx), {
      data: figureRows(ctx.data),
      layout: 'fitColumns',
      pagination: true, paginationSize: PAGE, // the same 50 rows a page as ours
      columns: [
        { title: 'Metric', field: 'label', widthGrow: 3 },
        { title: 'Who', field: 'who' },
        { title: 'Period', field: 'period' },
        { title: 'Value', field: 'value', sorter: 'number', formatter: (cell) => printValue(cell.getData()) },
        { title: 'Unit', field: 'unit' },
        { title: 'Source', field: 'source' },
      ],
    });
  },
  ready: (ctx) => ctx.container.querySelector('.tabulator-row'),
  roots: (ctx) => [ctx.host],
  beforeChange: expect,
  signature: (ctx) => rowsSignature(ctx.container.querySelectorAll('.tabulator-row .tabulator-cell[tabulator-field="label"]')),
  sort: (ctx) => ctx.table.setSort('value', 'asc'),
  sorted: (ctx) => ctx.minLabels.has(tabulatorFirstLabel(ctx)),
  filter: (ctx) => ctx.table.setFilter('label', 'like', ctx.query),
  filtered: (ctx) => tabulatorFirstLabel(ctx).toLowerCase().includes(ctx.query),
  info: (ctx) => ({ shown: ctx.table.getDataCount('active'), dom: ctx.container.querySelectorAll('.tabulator-row').length }),
};

// ---- Grid.js (ESM build + mermaid theme; new Grid({...}).render(el)) ---------------------------------
const gridFirstRow = (ctx) => ctx.container.querySelector('.gridjs-tbody tr');
const gridFirstLabel = (ctx) => (gridFirstRow(ctx)?.querySelectorAll('td').length > 1 ? gridFirstRow(ctx).querySelector('td').textContent : '');
const gridjs = {
  async load(ctx) {
    await css(`${MODULES}/gridjs/dist/theme/mermaid.min.css`);
    ctx.lib = await import(`${MODULES}/gridjs/dist/gridjs.module.js`);
  },
  create(ctx) {
    ctx.grid = new ctx.lib.Grid({
      data: figureRows(ctx.data),
      columns: [
        { id: 'label', name: 'Metric' },
        { id: 'who', name: 'Who' },
        { id: 'period', name: 'Period' },
        // plain units in the cell, so Grid.js's own sort compares numbers; printed from the hidden row cell
        { id: 'value', name: 'Value', formatter: (cell, row) => printValue(row.cells[6].data) },
        { id: 'unit', name: 'Unit' },
        { id: 'source', name: 'Source' },
        { id: 'row', name: 'row', hidden: true, data: (row) => row },
      ],
      sort: true,
      search: { selector: (cell, rowIndex, cellIndex) => (cellIndex === 0 ? cell : '') }, // the Metric column, as Tabulator's filter
      pagination: { limit: PAGE },
    }).render(newContainer(ctx));
  },
  ready: (ctx) => gridFirstLabel(ctx),
  roots: (ctx) => [ctx.host],
  beforeChange: expect,
  signature: (ctx) => (gridFirstLabel(ctx) ? rowsSignature(ctx.container.querySelectorAll('.gridjs-tbody tr td:first-child')) : ''),
  // a reader's click on the Value header's sort button
  sort: (ctx) => ctx.container.querySelector('th[data-column-id="value"] .gridjs-sort').click(),
  sorted: (ctx) => ctx.minLabels.has(gridFirstLabel(ctx)),
  // a reader typing the query into Grid.js's search field (client-side: no debounce)
  filter(ctx) {
    const input = ctx.container.querySelector('.gridjs-search-input');
    input.value = ctx.query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  },
  filtered: (ctx) => gridFirstLabel(ctx).toLowerCase().includes(ctx.query),
  info: (ctx) => ({ shown: Number((ctx.container.querySelector('.gridjs-summary')?.textContent.match(/of\s+([\d,]+)/) ?? [])[1]?.replace(/,/g, '')) || undefined, dom: ctx.container.querySelectorAll('.gridjs-tbody tr').length }),
};

// the pure conversions, for the from-navigation pages that bench/pages.mjs writes in Node
export { MODULES, PAGE, esc, figureRows, initialWindow, printValue, timelineJsData, toDate };

export const adapters = {
  timeline: { ours: oursTimeline('axis'), 'ours-list': oursTimeline('list'), vis, timelinejs, static: staticTool('all'), 'static-first': staticTool('first') },
  table: { ours: oursTable, tabulator, gridjs, static: staticTool('all'), 'static-first': staticTool('first') },
  matrix: { ours: ours('steppe-membership-matrix', 'td.cell'), static: staticTool('all') },
  quote: { ours: ours('steppe-quote-card', 'blockquote'), static: staticTool('all') },
};
