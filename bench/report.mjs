// bench/RESULTS.md and bench/scaling.svg from render.mjs's measurements: medians with their
// spread, ratios ours ÷ floor and peer ÷ ours, the targets of issue 10, and profiles where missed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const version = (pkg) => JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, root))).version;
const count = (collection) => JSON.parse(readFileSync(new URL(`dist/data/${collection}.json`, root))).length;

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return { count: 0 };
  const m = s.length >> 1;
  return { count: s.length, median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, min: s[0], max: s[s.length - 1] };
}

export const TOOLS = {
  timeline: { ours: 'ours, axis', 'ours-list': 'ours, list', vis: 'vis-timeline', timelinejs: 'TimelineJS3', static: 'static HTML, all events', 'static-first': 'static HTML, first 50' },
  table: { ours: 'ours', tabulator: 'Tabulator', gridjs: 'Grid.js', static: 'static HTML, all rows', 'static-first': 'static HTML, first 50 rows' },
  matrix: { ours: 'ours', static: 'static HTML' },
  quote: { ours: 'ours', static: 'static HTML' },
};
const WIDGET = { timeline: '`<steppe-timeline>`', table: '`<steppe-trade-table>`', matrix: '`<steppe-membership-matrix>`', quote: '`<steppe-quote-card>`' };
const COLOURS = { ours: '#0b6e4f', 'ours-list': '#54b38a', vis: '#c0392b', timelinejs: '#8e44ad', tabulator: '#c0392b', gridjs: '#d68910', static: '#555555', 'static-first': '#9a9a9a' };
const DASH = { static: '6 4', 'static-first': '2 3', 'ours-list': '8 3' };

const int = (x) => Math.round(x).toLocaleString('en');
const ms = (x) => (x < 10 ? x.toFixed(1) : int(x));
const times = (x) => (x >= 100 ? `${int(x)}×` : x >= 10 ? `${x.toFixed(1)}×` : x >= 0.1 ? `${x.toFixed(2)}×` : `${x.toPrecision(2)}×`);
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);

function caseLabel(widget, n) {
  if (n) return `${n.toLocaleString('en')} synthetic ${widget === 'table' ? 'rows' : 'events'}`;
  if (widget === 'timeline') return `real data (${count('events')} events)`;
  if (widget === 'table') return `real data (${count('figures')} figures)`;
  return 'real data (default view)';
}

const STEPS = ['setup', 'first', 'heap', 'sort', 'filter', 'info'];
const STEP_NAMES = { setup: 'loading', first: 'first render', heap: 'heap', sort: 'sort', filter: 'filter', info: 'info' };
/** "75 (70–80)"; a single run, a timeout or a failure says so. */
function cell(c, measure, format = ms, timeout = 60000) {
  const s = stats(c?.[measure] ?? []);
  if (!s.count) {
    if (!c?.failed) return '–';
    if (STEPS.indexOf(measure) > STEPS.indexOf(c.failedAt)) return `not run (${STEP_NAMES[c.failedAt]} ${c.timedOut ? 'timed out' : 'failed'})`;
    return c.timedOut ? `timed out (> ${timeout / 1000} s)` : `failed: ${c.failed}`;
  }
  return s.count === 1 ? `${format(s.median)} (1 run)` : `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
}
const median = (results, w, n, tool, measure) => stats(results[w]?.[n]?.[tool]?.[measure] ?? []).median;

/** peer ÷ ours, or "> x×" when the peer timed out (it took at least the timeout). */
function ratio(results, w, n, num, den, measure, timeout) {
  const a = median(results, w, n, num, measure);
  const b = median(results, w, n, den, measure);
  if (b === undefined) return '–';
  if (a === undefined) return results[w]?.[n]?.[num]?.timedOut ? `> ${times(timeout / b)}` : '–';
  return times(a / b);
}

// ---- targets ---------------------------------------------------------------------------------------
export function targetsOf(results) {
  const out = [];
  for (const w of ['timeline', 'table', 'matrix', 'quote']) {
    const ours = median(results, w, 0, 'ours', 'first');
    const floor = median(results, w, 0, 'static', 'first');
    if (ours === undefined || floor === undefined) continue;
    const r = ours / floor;
    const first = median(results, w, 0, 'static-first', 'first');
    out.push({
      name: `${WIDGET[w]} first render on the real data ≤ 1.5× the static floor`,
      figures: `${ms(ours)} ms ÷ ${ms(floor)} ms = ${times(r)}${first !== undefined ? ` (against the static first 50: ${times(ours / first)})` : ''}`,
      met: r <= 1.5,
      missed: r > 1.5 ? `by ${times(r / 1.5)}: ${ms(ours - 1.5 * floor)} ms more than 1.5 × ${ms(floor)} ms` : undefined,
      profile: { widget: w, n: 0, measure: 'first' },
    });
  }
  const peerTarget = (w, n, peer, peerName, measures, factor) => {
    for (const m of measures) {
      const ours = median(results, w, n, 'ours', m);
      const theirs = median(results, w, n, peer, m);
      if (ours === undefined || theirs === undefined) continue;
      const r = theirs / ours;
      const floor = median(results, w, n, 'static-first', m);
      const need = theirs / factor;
      const bound = floor !== undefined && need <= floor
        ? `; ${ms(need)} ms is no more than the static floor for the same 50 rows (${ms(floor)} ms to parse, style, lay out and paint them as plain HTML)`
        : '';
      out.push({
        name: `${WIDGET[w]} ${m === 'first' ? 'first render' : m === 'sort' ? 'sort' : 'filter change'} at ${n.toLocaleString('en')} ${w === 'table' ? 'rows' : 'events'}: ≥ ${factor}× faster than ${peerName}`,
        figures: `${peerName} ${ms(theirs)} ms ÷ ours ${ms(ours)} ms = ${times(r)}`,
        met: r >= factor,
        missed: r < factor ? `by ${times(factor / r)}: ours would need ${ms(need)} ms, ${ms(ours - need)} ms less${bound}` : undefined,
        profile: { widget: w, n, measure: m },
      });
    }
  };
  if (results.timeline?.[3500]) peerTarget('timeline', 3500, 'vis', 'vis-timeline', ['first', 'filter'], 10);
  if (results.table?.[10000]) peerTarget('table', 10000, 'tabulator', 'Tabulator', ['first', 'sort', 'filter'], 3);
  return out;
}

// ---- chart -------------------------------------------------------------------------------------------
function chart(results, timeout) {
  const W = 900, H = 540;
  const panels = [['timeline', 'Timeline: first render'], ['table', 'Table: first render']].filter(([w]) => results[w]);
  const pw = 360, ph = 330, top = 84, lefts = [80, 530];
  const yTicks = [10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000];
  const all = [];
  for (const [w] of panels) for (const n of Object.keys(results[w]).map(Number).filter(Boolean)) for (const t of Object.keys(results[w][n])) {
    const m = median(results, w, n, t, 'first');
    if (m !== undefined) all.push(m);
    else if (results[w][n][t].timedOut) all.push(timeout);
  }
  const yMax = yTicks.find((t) => t >= Math.max(...all)) ?? 100000;
  const yMin = 10;
  const y = (v) => top + ph - ((Math.log10(Math.max(v, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * ph;
  const parts = [];
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  parts.push(`<text x="${W / 2}" y="28" text-anchor="middle" font-size="18" font-weight="bold">Time to first render vs. number of records (synthetic data; log–log)</text>`);
  const anyTimeout = panels.some(([w]) => Object.values(results[w]).some((c) => Object.values(c).some((t) => t.timedOut && !t.first?.length)));
  parts.push(`<text x="${W / 2}" y="48" text-anchor="middle" font-size="12" fill="#444">median of the runs, ms (lower is better); headless Chromium, 1000 px column${anyTimeout ? `; × = timed out (&gt; ${timeout / 1000} s)` : ''}</text>`);
  panels.forEach(([w, title], k) => {
    const left = lefts[k];
    const ns = Object.keys(results[w]).map(Number).filter(Boolean).sort((a, b) => a - b);
    const xMin = 800, xMax = 12500;
    const x = (n) => left + ((Math.log10(n) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * pw;
    parts.push(`<text x="${left + pw / 2}" y="${top - 12}" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`);
    parts.push(`<rect x="${left}" y="${top}" width="${pw}" height="${ph}" fill="none" stroke="#999"/>`);
    for (const t of yTicks.filter((t) => t <= yMax)) {
      parts.push(`<line x1="${left}" x2="${left + pw}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e5e5"/>`);
      parts.push(`<text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11">${t >= 1000 ? `${t / 1000} s` : `${t} ms`}</text>`);
    }
    for (const n of ns) {
      parts.push(`<line x1="${x(n)}" x2="${x(n)}" y1="${top}" y2="${top + ph}" stroke="#eeeeee"/>`);
      parts.push(`<text x="${x(n)}" y="${top + ph + 16}" text-anchor="middle" font-size="11">${n.toLocaleString('en')}</text>`);
    }
    parts.push(`<text x="${left + pw / 2}" y="${top + ph + 36}" text-anchor="middle" font-size="12">${w === 'table' ? 'rows' : 'events'}</text>`);
    const tools = Object.keys(TOOLS[w]);
    for (const t of tools) {
      const pts = ns.map((n) => [n, median(results, w, n, t, 'first'), results[w][n][t]?.timedOut]).filter(([, m, to]) => m !== undefined || to);
      const line = pts.filter(([, m]) => m !== undefined).map(([n, m]) => `${x(n).toFixed(1)},${y(m).toFixed(1)}`).join(' ');
      const c = COLOURS[t];
      if (line) parts.push(`<polyline points="${line}" fill="none" stroke="${c}" stroke-width="${t === 'ours' ? 3 : 2}"${DASH[t] ? ` stroke-dasharray="${DASH[t]}"` : ''}/>`);
      for (const [n, m, to] of pts) {
        if (m !== undefined) parts.push(`<circle cx="${x(n).toFixed(1)}" cy="${y(m).toFixed(1)}" r="3.5" fill="${c}"/>`);
        else if (to) {
          const cx = x(n), cy = y(timeout);
          parts.push(`<path d="M${cx - 5},${cy - 5}L${cx + 5},${cy + 5}M${cx - 5},${cy + 5}L${cx + 5},${cy - 5}" stroke="${c}" stroke-width="2.5"/>`);
        }
      }
    }
    // legend under the panel
    tools.forEach((t, i) => {
      const lx = left + (i % 2) * (pw / 2), ly = top + ph + 58 + Math.floor(i / 2) * 18;
      parts.push(`<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${COLOURS[t]}" stroke-width="${t === 'ours' ? 3 : 2}"${DASH[t] ? ` stroke-dasharray="${DASH[t]}"` : ''}/>`);
      parts.push(`<text x="${lx + 30}" y="${ly}" font-size="12">${esc(TOOLS[w][t])}</text>`);
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">\n${parts.join('\n')}\n</svg>\n`;
}

// ---- markdown ----------------------------------------------------------------------------------------
/** A markdown table; the first column (or, with `left`, every column) left-aligned, the rest right. */
function table(header, rows, left = false) {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i && !left ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function widgetSection(results, w, measures, timeout) {
  const tools = Object.keys(TOOLS[w]).filter((t) => Object.values(results[w]).some((c) => c[t]));
  const ns = Object.keys(results[w]).map(Number).sort((a, b) => a - b);
  const head = ['case', ...tools.map((t) => TOOLS[w][t])];
  const out = [];
  const title = { first: 'First render, ms', sort: 'Sort by value (ascending), ms', filter: 'Filter change, ms', heap: 'JS heap above an empty page, MB (after GC, widget on screen)' };
  for (const m of measures) {
    out.push(`#### ${title[m]}\n`);
    out.push(table(head, ns.map((n) => [caseLabel(w, n), ...tools.map((t) => cell(results[w][n][t], m, m === 'heap' ? mb : ms, timeout))])));
    out.push('');
  }
  // ratios
  const rHead = ['case'];
  const rCols = [];
  for (const floor of ['static', 'static-first']) if (tools.includes(floor)) {
    for (const o of ['ours', 'ours-list']) if (tools.includes(o)) { rHead.push(`${TOOLS[w][o]} ÷ ${TOOLS[w][floor]}`); rCols.push((n) => ratio(results, w, n, o, floor, 'first', timeout)); }
  }
  for (const peer of tools.filter((t) => !t.startsWith('ours') && !t.startsWith('static'))) {
    for (const m of measures.filter((x) => x !== 'heap')) { rHead.push(`${TOOLS[w][peer]} ÷ ours, ${m === 'first' ? 'first render' : m}`); rCols.push((n) => ratio(results, w, n, peer, 'ours', m, timeout)); }
  }
  out.push('#### Ratios of the medians (ours ÷ floor: lower is better, 1 = as fast as static HTML; peer ÷ ours: how many times faster ours is)\n');
  out.push(table(rHead, ns.map((n) => [caseLabel(w, n), ...rCols.map((f) => f(n))])));
  out.push('');
  // what each shows
  const shows = ns.map((n) => [caseLabel(w, n), ...tools.map((t) => {
    const info = results[w][n][t]?.info;
    return info ? `${info.shown !== undefined ? `${int(info.shown)} / ` : ''}${int(info.dom)}` : '–';
  })]);
  out.push(`#### What each shows after the last action (${measures.includes('filter') ? 'the filter' : 'the first render'}): records in its view / item nodes in the DOM\n`);
  out.push(table(head, shows));
  out.push('');
  return out.join('\n');
}

function profileSection(p) {
  const label = `${WIDGET[p.widget]}, ${caseLabel(p.widget, p.n)}, ${p.measure === 'first' ? 'first render' : p.measure === 'sort' ? 'sort' : 'filter change'}`;
  if (!p.runs) return `#### Profile: ${label}\n\nThe profiling runs did not record the measured span.\n`;
  const t = p.trace;
  const js = p.byCategory.filter(([c]) => !/^(idle|browser work|garbage)/.test(c));
  const jsTotal = js.reduce((s, [, v]) => s + v, 0);
  const pct = (v) => `${((v / t.span) * 100).toFixed(0)} %`;
  const lines = [`#### Profile: ${label}\n`];
  lines.push(`${p.runs} runs on \`dist/esm/\` (unminified modules) with a trace and the sampling profiler (100 µs) on: ${p.all.map(ms).join(', ')} ms (slower than the benchmark's bundle under the instruments); the median run is broken down. Of its ${ms(t.span)} ms, the renderer's main thread was busy ${ms(t.busy)} ms${t.span - t.busy > 0.5 ? '; the rest is waiting for the next frame (vsync) or the compositor' : ' (the action and its rendering run in one frame task)'}.\n`);
  const gc = p.byCategory.find(([c]) => c.startsWith('garbage'))?.[1] ?? 0;
  const parts = [...js.map(([c, v]) => [c, v]), ['garbage collection', gc], ['style recalculation', t.style], ['layout', t.layout], ['pre-paint, paint, layerize and commit', t.paint]].sort((a, b) => b[1] - a[1]);
  lines.push(`**Largest part: ${parts[0][0]}, ${ms(parts[0][1])} ms (${pct(parts[0][1])} of the span)**; then ${parts.slice(1, 3).map(([c, v]) => `${c} ${ms(v)} ms`).join(', ')}.\n`);
  lines.push(table(['main-thread work in the measured span', 'ms', 'share of the span'], [
    ['JavaScript (sampled), all of it', ms(jsTotal), pct(jsTotal)],
    ...js.slice(0, 6).map(([c, v]) => [`– ${c}`, ms(v), pct(v)]),
    ['garbage collection (sampled)', ms(gc), pct(gc)],
    ['style recalculation (trace)', ms(t.style), pct(t.style)],
    ['layout (trace)', ms(t.layout), pct(t.layout)],
    ['pre-paint, paint, layerize, commit (trace)', ms(t.paint), pct(t.paint)],
  ]));
  lines.push('');
  lines.push(table(['heaviest JavaScript functions (self time)', 'ms'], p.byFunction.filter(([f]) => !/^\((idle|program|garbage collector)\)/.test(f)).slice(0, 8).map(([f, v]) => [`\`${f.replace(/\|/g, '\\|')}\``, ms(v)])));
  lines.push('');
  return lines.join('\n');
}

export function report({ date: when, results, runs, baseline, blocked, benchSeconds, totalSeconds, machine, profiles = [], timeout = 60000, slow = 5000 }) {
  const targets = targetsOf(results);
  const date = (when ?? new Date().toISOString()).slice(0, 10);
  const md = [];
  md.push('# Benchmarks: steppe-widgets, its peers and the static floor\n');
  md.push(`Generated by \`npm run bench\` (\`bench/render.mjs\`) on ${date}; do not edit by hand. ${runs} page loads per tool and case, the tools taking turns; each cell is the **median (min–max)** of those loads.\n`);
  if (machine) {
    md.push(`- Machine: ${machine.cpus} × ${machine.model}, ${machine.memory} RAM, ${machine.platform}`);
    md.push(`- Browser: ${machine.browser} (Debian Chromium, headless, \`--no-sandbox --disable-gpu --js-flags=--expose-gc --enable-precise-memory-info\`), driven by puppeteer-core ${version('puppeteer-core')}; Node ${machine.node}`);
  }
  md.push(`- Peers (devDependencies, exact): vis-timeline ${version('vis-timeline')} (standalone ESM build) with vis-data ${version('vis-data')}, @knight-lab/timelinejs ${version('@knight-lab/timelinejs')}, tabulator-tables ${version('tabulator-tables')} (TabulatorFull, ESM), gridjs ${version('gridjs')}; ours: \`dist/steppe-widgets.js\`; lit ${version('lit')}`);
  if (benchSeconds !== undefined) md.push(`- Run time: ${int(benchSeconds)} s of measuring${totalSeconds !== undefined ? `, ${int(totalSeconds - benchSeconds)} s of profiling, ${int(totalSeconds)} s in all` : ''}`);
  md.push('');
  md.push('## Targets\n');
  md.push(table(['target', 'figures', 'met?'], targets.map((t) => [t.name, t.figures, t.met ? 'yes' : `**no**, missed ${t.missed}`]), true));
  md.push('');
  md.push(`Where a target is missed, the profile of ours on that case is under [Profiles](#profiles-where-a-target-is-missed).\n`);

  md.push('## What is measured\n');
  md.push([
    '- **Same content, same place.** Every tool gets the same records: the real data (`dist/data/events.json`, `figures.json` and the names of the people, places and organizations they cite; ours reads its embedded copy of the same data) or the same synthetic records, generated once in Node (`bench/cases.mjs`) and served to every page. Each tool is rendered into the same 1000 px wide column of a 1024 × 800 viewport. Libraries, CSS and data are loaded before the clock starts, for every tool alike; turning records into a peer\'s format is on the clock, as validating them is for ours (synthetic data goes through `<steppe-dataset>` and its validation).',
    '- **First render**: from creating the widget to the end of the frame that paints its first rows or events (the tool\'s first item node is in the DOM, seen by a MutationObserver, and the frame it is painted in has been committed; `bench/harness.js`). **Filter change**: from applying the filter to the end of the frame that paints the filtered items. **Sort**: the same for sorting by value, ascending. **JS heap**: `performance.memory.usedJSHeapSize` after two forced GCs with the widget on screen, minus the same for the benchmark page with nothing loaded (median of ' + (baseline?.length ?? 0) + ' loads: ' + (baseline?.length ? mb(stats(baseline).median) : '–') + ' MB); it includes the library\'s code and the data it keeps (ours: all eight embedded collections, which the bundle carries). The static floor\'s DOM lives outside the JS heap, so its figure is near 0.',
    '- **Timeline**: ours on the axis (`layout="axis"`, and `layout="list"` alongside), opening on its default window; vis-timeline with a `DataSet` behind a `DataView` whose filter function reads a variable (`view.refresh()` applies it, as vis-data documents), opened on the same window and at the same height as ours\' axis (384 px); TimelineJS3 `new TL.Timeline(container, {events}, {script_path})` in a 600 px high box, each event with its headline, date and excerpts. Filter: the events of one kind (`kinds="summit"`; vis: the DataView filter; TimelineJS has no filter API, so its figure is building it anew from the filtered events). Synthetic events are titled "Synthetic event number i", spread over 1990–2022, of five kinds in turn.',
    '- **Table**: ours `layout="table"` (50 rows a page, its default); Tabulator with `pagination: true, paginationSize: 50`, the same six columns, value sorted as a number (plain units, as ours) and printed by a formatter; Grid.js with `sort: true`, `search` over the Metric column and `pagination: { limit: 50 }`. Sort: ours `sort-by="value" sort-direction="ascending"` (a click on Value sorts descending first), Tabulator `setSort("value", "asc")`, Grid.js a click on the Value header\'s sort button. Filter (on the sorted table): ours `query="…"` (it also searches names, captions and excerpts, so it can find more rows), Tabulator `setFilter("label", "like", …)`, Grid.js typing into its search field (no debounce client-side). Query: "oil" on the real data, "gas" (a fifth of the rows) on the synthetic.',
    '- **The floor: static HTML** of the same records, written by the project\'s own static-fallback renderer (`build/static-render.mjs`, what `dist/static/` is made of: every record with its citation and verbatim excerpt), parsed into the page with `innerHTML`; its filter or sort swaps in the static HTML of the filtered or sorted records. Two floors: **all** records (the issue\'s floor; the targets use it) and the **first 50** (a screenful, about what ours puts in the DOM).',
    `- A tool that takes more than ${slow / 1000} s to first render a case on its first load is run once there ("1 run"); one that takes more than ${timeout / 1000} s is stopped and reported as timed out. Requests outside the local server are aborted and counted (below).`,
  ].join('\n'));
  md.push('');
  md.push('![First render against the number of events or rows, each tool a line](scaling.svg)\n');

  const sections = { timeline: ['first', 'filter', 'heap'], table: ['first', 'sort', 'filter', 'heap'], matrix: ['first', 'heap'], quote: ['first', 'heap'] };
  for (const w of ['timeline', 'table', 'matrix', 'quote']) {
    if (!results[w]) continue;
    md.push(`## ${WIDGET[w]}\n`);
    md.push(widgetSection(results, w, sections[w], timeout));
  }

  md.push('## Notes\n');
  const notes = [];
  for (const [key, urls] of Object.entries(blocked ?? {})) {
    const [w, t] = key.split('/');
    const list = Object.entries(urls).map(([u, c]) => `${u} (${c}×)`).join(', ');
    notes.push(`- **${TOOLS[w]?.[t] ?? t}** (${w}) asked for resources outside the page's server, aborted by the benchmark: ${list}. ${t === 'timelinejs' ? 'These are the Google Fonts (PT Sans, PT Sans Narrow, PT Serif) of TimelineJS\'s default `font: "default"` stylesheet (`dist/css/fonts/font.default.css`); on a real page they would add four cross-origin font downloads, and the reader\'s IP address would go to Google. Aborted, the text falls back to local fonts at once.' : ''}`);
  }
  if (!Object.keys(blocked ?? {}).length) notes.push('- No tool requested anything outside the local server.');
  for (const w of Object.keys(results)) for (const n of Object.keys(results[w])) for (const [t, c] of Object.entries(results[w][n])) {
    if (c.errors?.length) notes.push(`- ${TOOLS[w][t]} on ${WIDGET[w]} ${caseLabel(w, Number(n))} logged errors: ${c.errors.slice(0, 3).map((e) => `\`${e.slice(0, 160)}\``).join('; ')}`);
    if (c.failed) notes.push(`- ${TOOLS[w][t]} on ${WIDGET[w]} ${caseLabel(w, Number(n))}: ${c.failed}.`);
  }
  notes.push('- **The static floor grows faster than linearly with `<q>` elements in one list.** The static renderer puts each verbatim excerpt in a `<q>`, and Chromium\'s layout of `<q>` (the depth of nested quotation marks) grows with the square of the number of quotes in one container. Measured while building this benchmark: the static table of 10,000 synthetic figures took 46 s to lay out, 41 s of it in its 10,000-item citation list (one `<ol>`), which took 1.0 s with `<span>` instead of `<q>`; the real figures\' static page took ~540 ms with `<q>` and ~310 ms without. The static timeline, whose events are split into one list per year, is far less affected (10,000 events: about 2 s). This inflates the "static, all" table floor at 3,500 and 10,000 rows (and by about 40 % on the real figures); the "first 50" floor is unaffected. It matters for `dist/static/` too: a course page citing a few thousand excerpts in one list would freeze the browser for seconds.');
  notes.push('- Ours puts about the same number of nodes in the DOM at any size (the axis draws the events in its window and gathers the rest into "+N" buttons, the list renders the rows in view, the table one page); vis-timeline draws every event in its window (three nodes each), TimelineJS a slide and a marker per event.');
  md.push(notes.join('\n'));
  md.push('');

  md.push('## Profiles (where a target is missed)\n');
  if (!profiles.length) md.push(targets.some((t) => !t.met) ? 'Not profiled in this run (`--no-profile`).\n' : 'Every target is met; nothing was profiled.\n');
  for (const p of profiles) md.push(profileSection(p));

  const summary = ['Targets:', ...targets.map((t) => `  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.figures}${t.missed ? ` (missed ${t.missed})` : ''}`)].join('\n');
  return { targets, markdown: `${md.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`, svg: chart(results, timeout), summary };
}

/** Writes bench/RESULTS.md and bench/scaling.svg; returns the report. */
export function writeReport(data) {
  const out = report(data);
  writeFileSync(new URL('./RESULTS.md', import.meta.url), out.markdown);
  writeFileSync(new URL('./scaling.svg', import.meta.url), out.svg);
  return out;
}

// `node bench/report.mjs`: the report again from bench/results.json, without measuring
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(writeReport(JSON.parse(readFileSync(new URL('./results.json', import.meta.url)))).summary);
}
