// bench/RESULTS.md and bench/scaling.svg from render.mjs's measurements (bench/results.json), on
// both clocks: from navigation (bench/navigate.mjs) and from the widget's creation (render.mjs):
// medians with their spread, ratios ours ÷ floor and peer ÷ ours, the targets, and where a target is
// missed what the time is spent on. readmeBlock() is the README's table (bench/readme.mjs writes it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const version = (pkg) => JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, root))).version;
/** Records in the real data: as measured (results.json's counts), else as built now. */
let counts = {};
const count = (collection) => counts[collection] ?? JSON.parse(readFileSync(new URL(`dist/data/${collection}.json`, root))).length;

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return { count: 0 };
  const m = s.length >> 1;
  return { count: s.length, median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, min: s[0], max: s[s.length - 1] };
}

export const TOOLS = {
  timeline: { ours: 'ours, axis', 'ours-list': 'ours, list', vis: 'vis-timeline', timelinejs: 'TimelineJS3', static: 'static HTML, all events', 'static-first': 'static HTML, first 50' },
  table: { ours: 'ours', tabulator: 'Tabulator', gridjs: 'Grid.js', static: 'static HTML, all rows', 'static-first': 'static HTML, first 50 rows', 'ours-default': 'ours, default view', 'static-default': 'static HTML, default view' },
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
const samples = (results, w, n, tool, measure) => results[w]?.[n]?.[tool]?.[measure] ?? [];
const median = (results, w, n, tool, measure) => stats(samples(results, w, n, tool, measure)).median;

/** peer ÷ ours, or "> x×" when the peer timed out (it took at least the timeout). */
function ratio(results, w, n, num, den, measure, timeout) {
  const a = median(results, w, n, num, measure);
  const b = median(results, w, n, den, measure);
  if (b === undefined) return '–';
  if (a === undefined) return results[w]?.[n]?.[num]?.timedOut ? `> ${times(timeout / b)}` : '–';
  return times(a / b);
}

// ---- targets ---------------------------------------------------------------------------------------
/**
 * What the paired loads say of a ratio target. The tools take turns within each repetition, so the
 * i-th load of one and of the other were taken seconds apart, under the same load from other jobs:
 * each pair's ratio is less disturbed by that load than the ratio of two medians. Returns the pairs'
 * median ratio and the interval that holds their true median with at least 90 % confidence (order
 * statistics of the binomial sign test: no assumption on how the times are distributed), and whether
 * the target is met or missed beyond that noise. `a` and `b` are the two tools' samples in load order;
 * the ratio is a ÷ b; `atMost` says whether the target is ratio ≤ limit (else ratio ≥ limit).
 */
export function paired(a = [], b = [], limit, atMost = true) {
  // a tool that failed or was too slow to repeat has fewer loads: its pairs are not known
  if (a.length !== b.length || a.length < 5) return undefined;
  const r = a.map((x, i) => x / b[i]).sort((x, y) => x - y);
  const n = r.length;
  // the largest k with P(X < k) ≤ 5 % for X ~ Binomial(n, ½): [r(k), r(n − k + 1)] covers the median
  const below = (k) => { let p = 0, c = 1; for (let i = 0; i < k; i++) { p += c; c = (c * (n - i)) / (i + 1); } return p / 2 ** n; };
  let k = 1;
  while (below(k + 1) <= 0.05) k++;
  const lo = r[k - 1], hi = r[n - k];
  const m = n >> 1;
  const median = n % 2 ? r[m] : (r[m - 1] + r[m]) / 2;
  const confidence = 1 - 2 * below(k);
  const clear = atMost ? hi <= limit || lo > limit : lo >= limit || hi < limit;
  const met = atMost ? median <= limit : median >= limit;
  return { n, median, lo, hi, confidence, clear, met };
}

/** "1.31–1.74×". */
const spread = (p) => `${times(p.lo).slice(0, -1)}–${times(p.hi)}`;

/** The targets' last column, explained above the table. */
const NOISE = 'Whether a target is met is decided on the medians, as each target is written. The last column says how sure that is. The tools took turns, so the first load of one and the first load of the other were taken seconds apart, and so on: the column gives the ratio of each such pair, as the range that holds their median with at least 90 % confidence (the order statistics of a sign test). "Beyond noise": the whole range is on one side of the target. "Within noise": the range holds the target, so another run on this machine may well land on the other side. The machine is shared, and the load from other jobs moves the times by tens of per cent between runs (its load average is in the header).\n';

/** "1.31–1.74× in 11 pairs (93 %): within noise" and the like, for the targets' table. */
function pairedText(p, limit) {
  if (!p) return 'not known: the two were not loaded as many times each';
  const range = spread(p);
  const verdict = p.clear ? (p.met ? 'met beyond noise' : 'missed beyond noise') : `within noise: the interval holds ${times(limit)}`;
  return `${range} (median ${times(p.median)}; ${p.n} pairs, ${Math.floor(p.confidence * 100)} %): ${verdict}`;
}

export const CLOCKS = {
  navigation: 'from navigation',
  throttled: 'from navigation, throttled',
  creation: "from the widget's creation",
};
/** Sizes of the trade table's comparison with Tabulator (rows; 0 is the real data). */
const TABLE_SIZES = [150, 1000, 3500, 10000];
const sizeLabel = (n) => (n ? `${n.toLocaleString('en')} rows` : `real data (${count('figures')})`);

/**
 * The targets: the two-clocks issue's (each widget ≤ 1.5× the static HTML of the same content from
 * navigation, throttled and not; the trade table faster than Tabulator at every size, for first
 * render, sort and filter, on both clocks; its heap ≤ 2× Tabulator's at 10,000 rows), then issue 10's
 * that still stand. `data` is results.json's content ({ results, navigation }).
 */
export function targetsOf({ results = {}, navigation }) {
  const out = [];
  const push = out.push.bind(out);
  // whether noise could decide a target: its paired loads' range holds the limit (see paired())
  out.push = (...ts) => push(...ts.map((t) => ({ ...t, withinNoise: typeof t.noise === 'string' && t.noise.includes('within noise') })));
  const nav = navigation?.results ?? {};
  // each widget against the static HTML of the same content (the table: as the README embeds it, beside dist/static)
  for (const [clock, key] of [['navigation', 'fast'], ['throttled', 'throttled']]) {
    for (const w of ['timeline', 'table', 'matrix', 'quote']) {
      const [o, f] = w === 'table' ? ['ours-default', 'static-default'] : ['ours', 'static'];
      const ours = median(nav[key] ?? {}, w, 0, o, 'first');
      const floor = median(nav[key] ?? {}, w, 0, f, 'first');
      if (ours === undefined || floor === undefined) continue;
      const r = ours / floor;
      out.push({
        group: 'two clocks', clock,
        name: `${WIDGET[w]} on the real data ≤ 1.5× the static HTML of the same content${w === 'table' ? ' (dist/static/trade-table.html; the widget as the README embeds it)' : ' (dist/static)'}`,
        figures: `${ms(ours)} ms ÷ ${ms(floor)} ms = ${times(r)}`,
        met: r <= 1.5,
        missed: r > 1.5 ? `by ${times(r / 1.5)}: ${ms(ours - 1.5 * floor)} ms more than 1.5 × ${ms(floor)} ms; see [where the time goes](#where-the-time-goes-from-navigation)` : undefined,
        noise: pairedText(paired(samples(nav[key] ?? {}, w, 0, o, 'first'), samples(nav[key] ?? {}, w, 0, f, 'first'), 1.5), 1.5),
        nav: { key, widget: w, tools: [o, f] },
      });
    }
  }
  // a single quotation as the README embeds it: its own entry (dist/quote/<id>.js)
  for (const [clock, key] of [['navigation', 'fast'], ['throttled', 'throttled']]) {
    const ours = median(nav[key] ?? {}, 'quote', 0, 'ours-one', 'first');
    const floor = median(nav[key] ?? {}, 'quote', 0, 'static', 'first');
    if (ours === undefined || floor === undefined) continue;
    const r = ours / floor;
    out.push({
      group: 'two clocks', clock,
      name: `${WIDGET.quote} as one quotation's own file (dist/quote/<id>.js, as the README embeds a single quotation) ≤ 1.5× the static HTML of the same content`,
      figures: `${ms(ours)} ms ÷ ${ms(floor)} ms = ${times(r)}`,
      met: r <= 1.5,
      missed: r > 1.5 ? `by ${times(r / 1.5)}: ${ms(ours - 1.5 * floor)} ms more than 1.5 × ${ms(floor)} ms; see [where the time goes](#where-the-time-goes-from-navigation)` : undefined,
      noise: pairedText(paired(samples(nav[key] ?? {}, 'quote', 0, 'ours-one', 'first'), samples(nav[key] ?? {}, 'quote', 0, 'static', 'first'), 1.5), 1.5),
      nav: { key, widget: 'quote', tools: ['ours-one', 'static'] },
    });
  }
  // the same content server-rendered (declarative shadow DOM, then the hydrating script): what a
  // page that can render on its server gives the reader, beside the script-tag page above
  for (const [clock, key] of [['navigation', 'fast'], ['throttled', 'throttled']]) {
    for (const w of ['timeline', 'table', 'matrix', 'quote']) {
      const f = w === 'table' ? 'static-default' : 'static';
      const ours = median(nav[key] ?? {}, w, 0, 'ours-ssr', 'first');
      const floor = median(nav[key] ?? {}, w, 0, f, 'first');
      if (ours === undefined || floor === undefined) continue;
      const r = ours / floor;
      out.push({
        group: 'two clocks', clock,
        name: `${WIDGET[w]} server-rendered (Lit SSR and the hydrating script) ≤ 1.5× the static HTML of the same content`,
        figures: `${ms(ours)} ms ÷ ${ms(floor)} ms = ${times(r)}`,
        met: r <= 1.5,
        missed: r > 1.5 ? `by ${times(r / 1.5)}: ${ms(ours - 1.5 * floor)} ms more than 1.5 × ${ms(floor)} ms; see [where the time goes](#where-the-time-goes-from-navigation)` : undefined,
        noise: pairedText(paired(samples(nav[key] ?? {}, w, 0, 'ours-ssr', 'first'), samples(nav[key] ?? {}, w, 0, f, 'first'), 1.5), 1.5),
        nav: { key, widget: w, tools: ['ours-ssr', f] },
      });
    }
  }
  // the trade table against Tabulator
  for (const m of ['first', 'sort', 'filter']) {
    for (const [clock, source] of [['navigation', nav.fast ?? {}], ['creation', results]]) {
      const ns = [0, ...TABLE_SIZES].filter((n) => median(source, 'table', n, 'ours', m) !== undefined && median(source, 'table', n, 'tabulator', m) !== undefined);
      if (!ns.length) continue;
      const rows = ns.map((n) => ({ n, ours: median(source, 'table', n, 'ours', m), theirs: median(source, 'table', n, 'tabulator', m) }));
      const slower = rows.filter((r) => r.ours >= r.theirs);
      const pairs = rows.map((r) => ({ ...r, p: paired(samples(source, 'table', r.n, 'ours', m), samples(source, 'table', r.n, 'tabulator', m), 1) }));
      const unclear = pairs.filter((r) => !r.p?.clear);
      const missing = TABLE_SIZES.filter((n) => !ns.includes(n));
      out.push({
        group: 'two clocks', clock,
        name: `\`<steppe-trade-table>\` ${m === 'first' ? 'first render' : m === 'sort' ? 'sort' : 'filter change'} faster than Tabulator at every size, 150 to 10,000 rows${m !== 'first' && clock === 'navigation' ? ' (the loaded page\'s first one)' : ''}`,
        figures: rows.map((r) => `${sizeLabel(r.n)}: ${ms(r.ours)} vs ${ms(r.theirs)} ms`).join('; ') + (missing.length ? `; not measured: ${missing.map(sizeLabel).join(', ')}` : ''),
        met: !slower.length && !missing.length,
        missed: slower.length ? `at ${slower.map((r) => `${sizeLabel(r.n)} (Tabulator ${times(r.theirs / r.ours)} of ours)`).join(', ')}` : missing.length ? 'not every size measured' : undefined,
        // from creation, profile the largest size where ours is slower
        profile: clock === 'creation' && slower.length ? { widget: 'table', n: slower[slower.length - 1].n, measure: m } : undefined,
        noise: `ours ÷ Tabulator: ${pairs.map((r) => `${sizeLabel(r.n)} ${r.p ? spread(r.p) : 'not paired'}`).join('; ')} (${pairs[0].p ? `${pairs[0].p.n} pairs, ${Math.floor(pairs[0].p.confidence * 100)} %` : 'pairs unknown'}): ${unclear.length ? `within noise at ${unclear.map((r) => sizeLabel(r.n)).join(', ')}` : slower.length ? 'missed beyond noise' : 'met beyond noise at every size'}`,
      });
    }
  }
  // memory
  for (const [clock, source, what] of [['navigation', nav.fast ?? {}, 'dist/trade-table.js'], ['creation', results, 'dist/steppe-widgets.js, all eight collections']]) {
    const ours = median(source, 'table', 10000, 'ours', 'heap');
    const theirs = median(source, 'table', 10000, 'tabulator', 'heap');
    if (ours === undefined || theirs === undefined) continue;
    out.push({
      group: 'two clocks', clock,
      name: `\`<steppe-trade-table>\` on screen at 10,000 rows: JS heap ≤ 2× Tabulator's (ours: ${what})`,
      figures: `${mb(ours)} MB ÷ ${mb(theirs)} MB = ${times(ours / theirs)}`,
      met: ours <= 2 * theirs,
      missed: ours > 2 * theirs ? `by ${mb(ours - 2 * theirs)} MB` : undefined,
      noise: pairedText(paired(samples(source, 'table', 10000, 'ours', 'heap'), samples(source, 'table', 10000, 'tabulator', 'heap'), 2), 2),
    });
  }
  // issue 10's, from creation
  for (const w of ['timeline', 'table', 'matrix', 'quote']) {
    const ours = median(results, w, 0, 'ours', 'first');
    const floor = median(results, w, 0, 'static', 'first');
    if (ours === undefined || floor === undefined) continue;
    const r = ours / floor;
    const first = median(results, w, 0, 'static-first', 'first');
    out.push({
      group: 'issue 10', clock: 'creation',
      name: `${WIDGET[w]} first render on the real data ≤ 1.5× the static floor`,
      figures: `${ms(ours)} ms ÷ ${ms(floor)} ms = ${times(r)}${first !== undefined ? ` (against the static first 50: ${times(ours / first)})` : ''}`,
      met: r <= 1.5,
      missed: r > 1.5 ? `by ${times(r / 1.5)}: ${ms(ours - 1.5 * floor)} ms more than 1.5 × ${ms(floor)} ms` : undefined,
      profile: { widget: w, n: 0, measure: 'first' },
      noise: pairedText(paired(samples(results, w, 0, 'ours', 'first'), samples(results, w, 0, 'static', 'first'), 1.5), 1.5),
    });
  }
  if (results.timeline?.[3500]) {
    for (const m of ['first', 'filter']) {
      const ours = median(results, 'timeline', 3500, 'ours', m);
      const theirs = median(results, 'timeline', 3500, 'vis', m);
      if (ours === undefined || theirs === undefined) continue;
      const r = theirs / ours;
      out.push({
        group: 'issue 10', clock: 'creation',
        name: `${WIDGET.timeline} ${m === 'first' ? 'first render' : 'filter change'} at 3,500 events: ≥ 10× faster than vis-timeline`,
        figures: `vis-timeline ${ms(theirs)} ms ÷ ours ${ms(ours)} ms = ${times(r)}`,
        met: r >= 10,
        missed: r < 10 ? `by ${times(10 / r)}: ours would need ${ms(theirs / 10)} ms` : undefined,
        profile: { widget: 'timeline', n: 3500, measure: m },
        noise: pairedText(paired(samples(results, 'timeline', 3500, 'vis', m), samples(results, 'timeline', 3500, 'ours', m), 10, false), 10),
      });
    }
  }
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
    const xMin = ns[0] < 800 ? 120 : 800, xMax = 12500;
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
  const title = { first: "First render, from the widget's creation, ms", sort: 'Sort by value (ascending), from the action, ms', filter: 'Filter change, from the action, ms', heap: 'JS heap above an empty page, MB (after GC, widget on screen; the whole bundle loaded)' };
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
  out.push('#### Ratios of the medians, from the widget\'s creation (ours ÷ floor: lower is better, 1 = as fast as static HTML; peer ÷ ours: how many times faster ours is)\n');
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

// ---- from navigation ----------------------------------------------------------------------------------
const SSR_LABEL = 'ours, server-rendered (Lit SSR, dist/steppe-widgets.hydrate.js)';
const NAV_TOOLS = {
  timeline: { ours: 'ours, `<steppe-timeline>` as embedded (dist/timeline.js)', 'ours-ssr': SSR_LABEL, vis: 'vis-timeline', timelinejs: 'TimelineJS3', static: 'static HTML (dist/static/timeline.html)' },
  table: {
    'ours-default': 'ours, `<steppe-trade-table>` as embedded (dist/trade-table.js), default view', 'ours-ssr': `${SSR_LABEL}, default view`, 'static-default': 'static HTML, default view (dist/static/trade-table.html)',
    ours: 'ours, every row (`layout="table"`, 50 a page)', tabulator: 'Tabulator (50 a page)', gridjs: 'Grid.js (50 a page)', static: 'static HTML, every row',
  },
  matrix: { ours: 'ours, `<steppe-membership-matrix>` as embedded (dist/membership-matrix.js)', 'ours-ssr': SSR_LABEL, static: 'static HTML (dist/static/membership-matrix.html)' },
  quote: { ours: 'ours, `<steppe-quote-card>` with every quotation (dist/quote-card.js)', 'ours-one': 'ours, one quotation\'s own file as the README embeds it (dist/quote/<id>.js)', 'ours-ssr': SSR_LABEL, static: 'static HTML (dist/static/quote-card.html)' },
};
const WIDGET_NAME = { timeline: 'timeline', table: 'trade table', matrix: 'membership matrix', quote: 'quote card' };
/** The static HTML of the same content as `tool` on a from-navigation page. */
const floorOf = (w, tool) => (tool === 'ours-default' || (w === 'table' && tool === 'ours-ssr') ? 'static-default' : 'static');
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const loads = (k) => `${k} ${k === 1 ? 'load' : 'loads'}`;

function navWidgets(nav, timeout) {
  const rows = [];
  for (const w of ['timeline', 'table', 'matrix', 'quote']) {
    const fast = nav.fast?.[w]?.[0];
    if (!fast) continue;
    for (const tool of Object.keys(NAV_TOOLS[w]).filter((t) => fast[t])) {
      const floor = floorOf(w, tool);
      const slow = nav.throttled?.[w]?.[0];
      const ratioOf = (res) => (tool === floor ? '1' : ratio(res, w, 0, tool, floor, 'first', timeout));
      const bytes = stats(fast[tool].bytes).median;
      rows.push([`${WIDGET_NAME[w]}: ${NAV_TOOLS[w][tool]}`, cell(fast[tool], 'first', ms, timeout), ratioOf(nav.fast), slow?.[tool] ? cell(slow[tool], 'first', ms, timeout) : '–', slow?.[tool] ? ratioOf(nav.throttled) : '–', bytes === undefined ? '–' : kB(bytes)]);
    }
  }
  return table(['page (real data)', 'not throttled, ms', '÷ static, same content', 'throttled, ms', '÷ static, same content', 'bytes over the wire before the paint (gzip)'], rows);
}

function navTable(nav, timeout) {
  const res = nav.fast?.table;
  if (!res) return '';
  const ns = Object.keys(res).map(Number).sort((a, b) => a - b);
  const tools = ['ours', 'tabulator', 'gridjs', 'static'].filter((t) => ns.some((n) => res[n][t]));
  const head = ['case', ...tools.map((t) => NAV_TOOLS.table[t])];
  const label = (n) => (n ? `${n.toLocaleString('en')} synthetic rows` : `real data (${count('figures')} figures)`);
  const out = [];
  const titles = {
    first: 'First content painted, from navigation start, ms',
    sort: "Sort by value (ascending) on the page as loaded (its first interaction), from the action, ms",
    filter: 'Filter change on the sorted page as loaded, from the action, ms',
    heap: 'JS heap above the empty page, MB (after GC, the table on screen; ours: dist/trade-table.js)',
  };
  for (const m of ['first', 'sort', 'filter', 'heap']) {
    out.push(`#### ${titles[m]}\n`);
    out.push(table(head, ns.map((n) => [label(n), ...tools.map((t) => cell(res[n][t], m, m === 'heap' ? mb : ms, timeout))])));
    out.push('');
  }
  out.push('#### Ratios of the medians, from navigation (peer ÷ ours: above 1, ours is faster)\n');
  const peers = tools.filter((t) => t === 'tabulator' || t === 'gridjs');
  out.push(table(['case', ...peers.flatMap((p) => ['first', 'sort', 'filter'].map((m) => `${NAV_TOOLS.table[p].replace(/ \(.*/, '')} ÷ ours, ${m === 'first' ? 'first paint' : m}`)), 'ours ÷ static HTML, first paint'],
    ns.map((n) => [label(n), ...peers.flatMap((p) => ['first', 'sort', 'filter'].map((m) => ratio(res, 'table', n, p, 'ours', m, timeout))), ratio(res, 'table', n, 'ours', 'static', 'first', timeout)])));
  out.push('');
  return out.join('\n');
}

const MILESTONES = [
  ['htmlReceived', 'page received'],
  ['filesReceived', 'last file received (before the paint)'],
  ['defined', 'widget defined (its script has run)'],
  ['inDom', 'content in the DOM'],
  ['first', 'content painted'],
  ['fcp', 'first contentful paint (paint timing)'],
];
function waterfall(nav) {
  const rows = [];
  for (const [key, label] of [['fast', 'not throttled'], ['throttled', 'throttled']]) {
    for (const w of ['timeline', 'table', 'matrix', 'quote']) {
      for (const n of Object.keys(nav[key]?.[w] ?? {}).map(Number).sort((a, b) => a - b)) {
        if (n && !(w === 'table' && n === 10000)) continue; // the real data, and the table's largest case
        for (const [tool, c] of Object.entries(nav[key][w][n])) {
          if (!c.first?.length) continue;
          rows.push([`${WIDGET_NAME[w]}${n ? `, ${n.toLocaleString('en')} rows` : ''}: ${NAV_TOOLS[w][tool] ?? tool}`, label, ...MILESTONES.map(([m]) => {
            const v = stats(c[m] ?? []).median;
            return v === undefined ? '–' : ms(v);
          })]);
        }
      }
    }
  }
  return table(['page', 'clock', ...MILESTONES.map(([, l]) => l)], rows);
}

function filesLoaded(nav) {
  const rows = [];
  for (const w of ['timeline', 'table', 'matrix', 'quote']) {
    const res = nav.fast?.[w]?.[0];
    for (const [tool, c] of Object.entries(res ?? {})) {
      if (!c.files) continue;
      rows.push([`${WIDGET_NAME[w]}: ${NAV_TOOLS[w][tool] ?? tool}`, c.files.map((f) => `${f.name === 'the page' ? 'the page' : `\`${f.name.replace(/\?.*/, '')}\``} ${kB(f.encoded)} (${kB(f.decoded)})`).join(', ')]);
    }
  }
  return table(['page (real data)', 'files before the paint: gzip (uncompressed)'], rows, true);
}

function navigationSection(navigation, timeout) {
  const nav = navigation.results;
  const t = navigation.throttle;
  const md = [];
  md.push("## From navigation: what a reader waits for, script loading included\n");
  md.push(`Clock: from navigation start (\`performance.timeOrigin\`) to the end of the frame that first paints the widget's content. ${loads(navigation.runs)} per page (median (min–max)), the pages taking turns; ${int(navigation.seconds)} s of measuring on ${navigation.date.slice(0, 10)}.\n`);
  md.push([
    '- **One page per tool and case** (`bench/pages.mjs`), written as a blogger writes it: the widget in the markup and its library loaded by a tag. Ours: the widget\'s own file (`<script type="module" src="/dist/trade-table.js">`) and the element, its records (synthetic cases) in a `<script type="application/json">` inside `<steppe-dataset>`, validated on the clock. The peers: their ESM build (TimelineJS3: its script) and CSS, their records in their own row format (converted in Node by `bench/tools.js`\'s functions: the blogger would have them so) in a `<script type="application/json">` that a short inline script hands to the library. Static: the static renderer\'s HTML of the same content (real data: `dist/static/<widget>.fragment.html`, the body of `dist/static/<widget>.html`; synthetic: what `bench/cases.mjs` renders). Every page has the same shell: a 1000 px column in a 1024 × 800 viewport, and the probe (`bench/probe.js`) first in `<head>`.',
    '- **The clock** (`bench/probe.js`): the same predicate and frame logic as the from-creation clock (a MutationObserver on the document and on every shadow root, and a check at the start of every frame; the end of the frame that paints the content is when a message posted from its `requestAnimationFrame` callback arrives), with navigation start as zero.',
    `- **Served and loaded**: a local server (\`bench/navigate.mjs\`, node:http) sends every file gzip-compressed (compressed once and kept, as a CDN does; ${Object.entries(navigation.encodings ?? {}).map(([k, v]) => `${k}: ${Object.entries(v).map(([e, c]) => `${e} ×${c}`).join(', ')}`).join('; ')} responses by Content-Encoding); each load in a fresh incognito browser context (cold cache). Requests outside the server fail at once (host resolver rules).`,
    `- **Throttled**: Network.emulateNetworkConditions (latency ${t.latency} ms, ${(t.download * 8 / 1e6).toFixed(1)} Mbit/s down and up) and Emulation.setCPUThrottlingRate ${t.cpu}, set before the page navigates; the real-data pages only.`,
    '- **After the paint**, on the same page: the JS heap (two forced GCs, minus the empty page\'s), then for the tables a sort and a filter, timed from the action as on the other clock: the loaded page\'s first interaction, its code still cold.',
  ].join('\n'));
  md.push('');
  md.push('### Each widget on the real data, beside the static HTML of the same content\n');
  md.push(navWidgets(nav, timeout));
  md.push('');
  if (nav.fast?.table) {
    md.push('### The trade table against Tabulator and Grid.js, not throttled\n');
    md.push(navTable(nav, timeout));
  }
  md.push('### Where the time goes, from navigation\n');
  md.push('Medians of each load\'s milestones, ms from navigation start (the page\'s Navigation and Resource Timing, and the probe). A widget\'s time is the sum of: its page arriving, its script arriving, the script running until the element is defined, the widget\'s first render, and the frame that paints it.\n');
  md.push(waterfall(nav));
  md.push('');
  const missed = targetsOf({ navigation }).filter((x) => x.nav && !x.met);
  if (missed.length) {
    md.push('#### What remains where a target is missed\n');
    md.push('Ours\' medians split into steps (each from the end of the one before), against the static page\'s whole time:\n');
    const step = (c, m) => stats(c?.[m] ?? []).median;
    md.push(missed.map(({ nav: { key, widget, tools: [o, f] }, clock }) => {
      const c = nav[key][widget][0][o];
      const [h, files, d, i, p] = ['htmlReceived', 'filesReceived', 'defined', 'inDom', 'first'].map((m) => step(c, m));
      const floor = step(nav[key][widget][0][f], 'first');
      if (o === 'ours-ssr') {
        // the widget is in the page's markup: what remains is the page's own size and its layout
        const page = c.files?.find((x) => x.name === 'the page');
        return `- **${WIDGET_NAME[widget]} server-rendered, ${CLOCKS[clock]}**: ${ms(p)} ms against ${ms(floor)} ms = the page arriving (${page ? `${kB(page.encoded)} gzip, the widget's markup in it` : 'the widget\'s markup in it'}) ${ms(h)} + parsing, style, layout and paint ${ms(p - h)} ms; 1.5 × the static page is ${ms(1.5 * floor)} ms.`;
      }
      const gzip = `${kB(stats(c.bytes).median)} gzip in all`;
      // a file fetched after the element is defined (a lazy chunk before the paint) folds the two steps into one
      const loading = d >= files
        ? [[`the widget's file arriving (${gzip})`, files - h], ['its script running until the element is defined', d - files]]
        : [[`the widget's file arriving and its script running until the element is defined (${gzip})`, d - h]];
      const parts = [['the page arriving', h], ...loading, ['the first render, until the content is in the DOM', i - d], ['style, layout and paint of that frame', p - i]];
      const big = [...parts].sort((a, b) => b[1] - a[1])[0];
      // on the throttled connection, the soonest the page's scripts could have arrived even if they
      // ran in no time: the page, one round trip, and their bytes at the connection's speed
      let bound = '';
      if (key === 'throttled' && c.files) {
        // what the page asks for before the first render (not what the widget fetches after it: the
        // excerpts and panels in dist/lazy/)
        const scriptBytes = c.files.filter((x) => x.name !== 'the page' && !x.name.includes('/lazy/')).reduce((sum, x) => sum + x.encoded, 0);
        const soonest = h + t.latency + (scriptBytes / t.download) * 1000;
        const served = o === 'ours-ssr' ? undefined : step(nav[key][widget][0]['ours-ssr'], 'first');
        if (soonest > 1.5 * floor) {
          bound = ` Its scripts alone (${kB(scriptBytes)} gzip) could not arrive before ${ms(soonest)} ms (the page at ${ms(h)} ms, a ${t.latency} ms round trip, ${kB(scriptBytes)} at ${(t.download * 8 / 1e6).toFixed(1)} Mbit/s), later than 1.5 × the static page even if they ran in no time: on this connection a page that renders the widget in the browser cannot meet the target; a server-rendered page can${served !== undefined ? ` (${ms(served)} ms here)` : ''}.`;
        } else {
          bound = ` Its scripts (${kB(scriptBytes)} gzip) could have arrived by ${ms(soonest)} ms at best: the rest is the time they take.`;
        }
      }
      return `- **${WIDGET_NAME[widget]}, ${CLOCKS[clock]}**: ${ms(p)} ms against ${ms(floor)} ms = ${parts.map(([l, v]) => `${l} ${ms(v)}`).join(' + ')} ms. The largest part: ${big[0]}; 1.5 × the static page is ${ms(1.5 * floor)} ms.${bound}`;
    }).join('\n'));
    md.push('');
  }
  md.push('### What each page loads\n');
  md.push(filesLoaded(nav));
  md.push('');
  return md.join('\n');
}

// ---- the report ----------------------------------------------------------------------------------------
export function report(data) {
  const { date: when, results, runs, baseline, blocked, benchSeconds, totalSeconds, machine, profiles = [], timeout = 60000, slow = 5000, navigation, conditions } = data;
  counts = data.counts ?? {};
  const targets = targetsOf(data);
  const date = (when ?? new Date().toISOString()).slice(0, 10);
  const md = [];
  md.push('# Benchmarks: steppe-widgets, its peers and the static floor\n');
  md.push(`Generated by \`npm run bench\` (\`bench/render.mjs\`) on ${date}; do not edit by hand. ${loads(runs)} per tool and case (a fresh page each), the tools taking turns; each cell is the **median (min–max)** of those loads.\n`);
  if (conditions?.busy) md.push(`> **Measured on a shared, busy machine, with ${loads(runs)} per case: these figures are noisy.** Other jobs were running on its ${machine?.cpus ?? 2} cores (load average ${conditions.loadAverage.map((x) => x.toFixed(1)).join(' at the start, ')} at the end). Take them as a check that the benchmark works, not as the figures to quote; \`npm run bench\` on a quiet machine gives those.\n`);
  else if (conditions?.loadAverage) md.push(`Load average of the machine: ${conditions.loadAverage.map((x) => x.toFixed(1)).join(' at the start, ')} at the end.\n`);
  if (machine) {
    md.push(`- Machine: ${machine.cpus} × ${machine.model}, ${machine.memory} RAM, ${machine.platform}`);
    md.push(`- Browser: ${machine.browser} (Debian Chromium, headless, \`${machine.switches ?? '--no-sandbox --disable-gpu --js-flags=--expose-gc --enable-precise-memory-info'}\`${machine.switches ? '; the omnibox popup\'s WebUI renderer, which Chromium otherwise starts beside every new browser context, switched off: see `bench/chromium.mjs`' : ''}), driven by puppeteer-core ${version('puppeteer-core')}; Node ${machine.node}`);
  }
  md.push(`- Peers (devDependencies, exact): vis-timeline ${version('vis-timeline')} (standalone ESM build) with vis-data ${version('vis-data')}, @knight-lab/timelinejs ${version('@knight-lab/timelinejs')}, tabulator-tables ${version('tabulator-tables')} (TabulatorFull, ESM), gridjs ${version('gridjs')}; ours: the per-widget files from navigation, \`dist/steppe-widgets.js\` from creation; lit ${version('lit')}`);
  if (benchSeconds !== undefined) md.push(`- Run time: from creation ${int(benchSeconds)} s of measuring${totalSeconds !== undefined ? ` and ${int(totalSeconds - benchSeconds)} s of profiling` : ''}${navigation ? `; from navigation ${int(navigation.seconds)} s` : ''}`);
  md.push('');
  md.push('## Which clock\n');
  md.push([
    '- **From navigation: what a reader waits for, script loading included.** From the start of the navigation to the end of the frame that first paints the widget\'s content, each tool in a page of its own, gzip served, cold cache; once as served locally and once throttled (150 ms latency, 1.6 Mbit/s, CPU ×4). [Section](#from-navigation-what-a-reader-waits-for-script-loading-included).',
    '- **From the widget\'s creation.** Libraries, CSS and data loaded first; from creating the widget (or applying a sort or filter) to the end of the frame that paints the result. What the widget\'s own code costs, without the network. [Section](#from-the-widgets-creation-libraries-css-and-data-loaded-first).',
  ].join('\n'));
  md.push('\nEvery table\'s title says its clock.\n');
  md.push('## Targets\n');
  const targetRows = (group) => targets.filter((t) => t.group === group).map((t) => [t.name, CLOCKS[t.clock], t.figures, t.met ? 'yes' : `**no**, missed ${t.missed}`, t.noise ?? '–']);
  const targetHead = ['target', 'clock', 'figures (medians)', 'met?', 'the same ratio load by load: its range, and whether noise could decide'];
  md.push(NOISE);
  md.push(table(targetHead, targetRows('two clocks'), true));
  md.push('');
  md.push('Issue 10\'s targets that still stand (its "≥ 3× faster than Tabulator" is replaced by "faster than Tabulator" above):\n');
  md.push(table(targetHead, targetRows('issue 10'), true));
  md.push('');
  md.push('Where a from-navigation target is missed, [where the time goes](#where-the-time-goes-from-navigation) breaks each load down; where a from-creation target is missed, the profile of ours on that case is under [Profiles](#profiles-where-a-from-creation-target-is-missed).\n');

  if (navigation) md.push(navigationSection(navigation, timeout));
  else md.push('## From navigation: what a reader waits for, script loading included\n\nNot measured in this run.\n');

  md.push("## From the widget's creation: libraries, CSS and data loaded first\n");
  md.push([
    '- **Same content, same place.** Every tool gets the same records: the real data (`dist/data/events.json`, `figures.json` and the names of the people, places and organizations they cite; ours reads its embedded copy of the same data) or the same synthetic records, generated once in Node (`bench/cases.mjs`) and served to every page. Each tool is rendered into the same 1000 px wide column of a 1024 × 800 viewport. Libraries, CSS and data are loaded before the clock starts, for every tool alike; turning records into a peer\'s format is on the clock, as validating them is for ours (synthetic data goes through `<steppe-dataset>` and its validation).',
    '- **First render**: from creating the widget to the end of the frame that paints its first rows or events (the tool\'s first item node is in the DOM, seen by a MutationObserver, and the frame it is painted in has been committed; `bench/harness.js`). **Filter change**: from applying the filter to the end of the frame that paints the filtered items. **Sort**: the same for sorting by value, ascending. **JS heap**: `performance.memory.usedJSHeapSize` after two forced GCs with the widget on screen, minus the same for the benchmark page with nothing loaded (median of ' + (baseline?.length ?? 0) + ' loads: ' + (baseline?.length ? mb(stats(baseline).median) : '–') + ' MB); it includes the library\'s code and the data it keeps (ours: all eight embedded collections, which the bundle carries). The static floor\'s DOM lives outside the JS heap, so its figure is near 0.',
    '- **Timeline**: ours on the axis (`layout="axis"`, and `layout="list"` alongside), opening on its default window; vis-timeline with a `DataSet` behind a `DataView` whose filter function reads a variable (`view.refresh()` applies it, as vis-data documents), opened on the same window and at the same height as ours\' axis (384 px); TimelineJS3 `new TL.Timeline(container, {events}, {script_path})` in a 600 px high box, each event with its headline, date and excerpts. Filter: the events of one kind (`kinds="summit"`; vis: the DataView filter; TimelineJS has no filter API, so its figure is building it anew from the filtered events). Synthetic events are titled "Synthetic event number i", spread over 1990–2022, of five kinds in turn.',
    '- **Table**: ours `layout="table" default-view="all"` (every row, 50 a page, its default page size; without `default-view="all"` the real data opens on a small comparison table); Tabulator with `pagination: true, paginationSize: 50`, the same six columns, value sorted as a number (plain units, as ours) and printed by a formatter; Grid.js with `sort: true`, `search` over the Metric column and `pagination: { limit: 50 }`. Sort: ours `sort-by="value" sort-direction="ascending"` (a click on Value sorts descending first), Tabulator `setSort("value", "asc")`, Grid.js a click on the Value header\'s sort button. Filter (on the sorted table): ours `query="…"` (it also searches names, captions and excerpts, so it can find more rows), Tabulator `setFilter("label", "like", …)`, Grid.js typing into its search field (no debounce client-side). Query: "oil" on the real data, "gas" (a fifth of the rows) on the synthetic. The same sort and filter run on the from-navigation pages.',
    '- **The floor: static HTML** of the same records, written by the project\'s own static-fallback renderer (`build/static-render.mjs`, what `dist/static/` is made of: every record with its citation and verbatim excerpt), parsed into the page with `innerHTML`; its filter or sort swaps in the static HTML of the filtered or sorted records. Two floors: **all** records (the issue\'s floor; the targets use it) and the **first 50** (a screenful, about what ours puts in the DOM).',
    `- A tool that takes more than ${slow / 1000} s to first render a case on its first load is run once there ("1 run"); one that takes more than ${timeout / 1000} s is stopped and reported as timed out (from navigation: more than 10 s, and the same timeout). Requests outside the local server are aborted and counted (below).`,
  ].join('\n'));
  md.push('');
  md.push('![First render from the widget\'s creation against the number of events or rows, each tool a line](scaling.svg)\n');

  const sections = { timeline: ['first', 'filter', 'heap'], table: ['first', 'sort', 'filter', 'heap'], matrix: ['first', 'heap'], quote: ['first', 'heap'] };
  for (const w of ['timeline', 'table', 'matrix', 'quote']) {
    if (!results[w]) continue;
    md.push(`### ${WIDGET[w]}, from the widget's creation\n`);
    md.push(widgetSection(results, w, sections[w], timeout));
  }

  md.push('## Notes\n');
  const notes = [];
  const blockedAll = { ...(blocked ?? {}) };
  for (const [key, urls] of Object.entries(navigation?.blocked ?? {})) blockedAll[`${key} (from navigation)`] = urls;
  for (const [key, urls] of Object.entries(blockedAll)) {
    const [w, rest] = key.split('/');
    const t = rest.replace(/ \(.*/, '');
    const list = Object.entries(urls).map(([u, c]) => `${u} (${c}×)`).join(', ');
    notes.push(`- **${TOOLS[w]?.[t] ?? t}** (${w}${rest.includes('navigation') ? ', from navigation' : ''}) asked for resources outside the page's server, aborted by the benchmark: ${list}. ${t === 'timelinejs' ? 'These are the Google Fonts (PT Sans, PT Sans Narrow, PT Serif) of TimelineJS\'s default `font: "default"` stylesheet (`dist/css/fonts/font.default.css`); on a real page they would add four cross-origin font downloads, and the reader\'s IP address would go to Google. Aborted, the text falls back to local fonts at once.' : ''}`);
  }
  if (!Object.keys(blockedAll).length) notes.push('- No tool requested anything outside the local server.');
  const errorNotes = (res, clock) => {
    for (const w of Object.keys(res ?? {})) for (const n of Object.keys(res[w])) for (const [t, c] of Object.entries(res[w][n])) {
      const name = `${(clock ? NAV_TOOLS : TOOLS)[w]?.[t] ?? t} on ${WIDGET[w]} ${caseLabel(w, Number(n))}${clock ? `, ${clock}` : ''}`;
      if (c.errors?.length) notes.push(`- ${name} logged errors: ${c.errors.slice(0, 3).map((e) => `\`${e.slice(0, 160)}\``).join('; ')}`);
      if (c.failed) notes.push(`- ${name}: ${c.failed}.`);
    }
  };
  errorNotes(results);
  errorNotes(navigation?.results.fast, 'from navigation');
  errorNotes(navigation?.results.throttled, 'from navigation, throttled');
  notes.push('- **The static floor grows faster than linearly with `<q>` elements in one list.** The static renderer put each verbatim excerpt in a `<q>` when this benchmark was first built, and Chromium\'s layout of `<q>` (the depth of nested quotation marks) grows with the square of the number of quotes in one container: the static table of 10,000 synthetic figures took 46 s to lay out with `<q>`, 1.0 s with `<span>`. Today\'s renderer writes no `<q>`.');
  notes.push('- Ours puts about the same number of nodes in the DOM at any size (the axis draws the events in its window and gathers the rest into "+N" buttons, the list renders the rows in view, the table one page); vis-timeline draws every event in its window (three nodes each), TimelineJS a slide and a marker per event.');
  md.push(notes.join('\n'));
  md.push('');

  md.push('## Profiles (where a from-creation target is missed)\n');
  if (!profiles.length) md.push(targets.some((t) => !t.met && t.profile) ? 'Not profiled in this run (`--no-profile`).\n' : 'Every from-creation target is met; nothing was profiled.\n');
  for (const p of profiles) md.push(profileSection(p));

  const summary = ['Targets:', ...targets.map((t) => `  ${t.met ? 'met   ' : 'MISSED'} ${t.name}, ${CLOCKS[t.clock]}: ${t.figures}${t.missed ? ` (missed ${t.missed})` : ''}`)].join('\n');
  return { targets, markdown: `${md.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`, svg: chart(results, timeout), summary };
}

// ---- the README's table ----------------------------------------------------------------------------
/**
 * The README's benchmark block (between <!-- bench:start --> and <!-- bench:end -->), from
 * results.json's content alone, so that test/node/readme-bench.test.mjs can check the README
 * against the committed results without a build.
 */
export function readmeBlock(data) {
  const { results = {}, navigation, machine, runs, conditions, timeout = 60000 } = data;
  counts = data.counts ?? {};
  const nav = navigation?.results ?? {};
  const out = [];
  const browser = machine?.browser?.replace('Chrome/', 'Chromium ') ?? 'Chromium';
  out.push(`Medians of ${navigation?.runs && navigation.runs !== runs ? `${loads(navigation.runs)} from navigation and ${loads(runs)} from creation` : loads(runs)} (min–max in [\`bench/RESULTS.md\`](bench/RESULTS.md)), headless ${browser}, ${machine?.cpus ?? '?'}-core machine, ${(navigation?.date ?? data.date).slice(0, 10)}${conditions?.busy ? '. **Measured on a shared, busy machine with few loads: noisy figures**, a check that the benchmark runs rather than figures to quote' : ''}. Written by \`node bench/readme.mjs\` from \`bench/results.json\`; not edited by hand.`);
  out.push('');
  if (nav.fast) {
    out.push('**From navigation**: what a reader waits for, script loading included. From navigation start to the frame that first paints the widget\'s content; each widget\'s own file (`dist/<widget>.js`) in a page of its own, gzip served, cold cache; throttled: 150 ms latency, 1.6 Mbit/s, CPU ×4. Beside it the static HTML of the same content (`dist/static/`).');
    out.push('');
    const rows = [];
    for (const w of ['timeline', 'table', 'matrix', 'quote']) {
      const [o, f] = w === 'table' ? ['ours-default', 'static-default'] : ['ours', 'static'];
      if (!nav.fast[w]?.[0]?.[o]) continue;
      const m = (key, tool) => median(nav[key] ?? {}, w, 0, tool, 'first');
      const both = (key) => (m(key, o) === undefined || m(key, f) === undefined ? ['–', '–', '–'] : [`${ms(m(key, o))} ms`, `${ms(m(key, f))} ms`, times(m(key, o) / m(key, f))]);
      const served = (key) => (m(key, 'ours-ssr') === undefined || m(key, f) === undefined ? '–' : `${ms(m(key, 'ours-ssr'))} ms (${times(m(key, 'ours-ssr') / m(key, f))})`);
      rows.push([`${WIDGET[w]}`, ...both('fast'), served('fast'), ...both('throttled'), served('throttled')]);
    }
    out.push(table(['real data, default view', 'ours', 'static HTML', 'ours ÷ static', 'server-rendered (÷ static)', 'throttled: ours', 'static HTML', 'ours ÷ static', 'server-rendered (÷ static)'], rows));
    out.push('');
    out.push('"Ours" is the script-tag page; "server-rendered" is the same widget rendered by Lit\'s SSR into the page (declarative shadow DOM) with the hydrating script, as `examples/blog` builds it.');
    out.push('');
    const res = nav.fast.table;
    if (res) {
      const ns = Object.keys(res).map(Number).sort((a, b) => a - b);
      const label = (n) => (n ? `${n.toLocaleString('en')} rows` : `real data, ${count('figures')} figures`);
      const tools = ['ours', 'tabulator', 'gridjs', 'static'];
      const names = { ours: 'ours', tabulator: 'Tabulator', gridjs: 'Grid.js', static: 'static HTML' };
      const val = (n, t, m) => { const v = median(nav.fast, 'table', n, t, m); return v === undefined ? (res[n]?.[t]?.timedOut ? 'timed out' : '–') : `${ms(v)}`; };
      out.push('The trade table from navigation, every row in pages of 50 (static HTML: every row on the page); first content painted / then the loaded page\'s first sort / filter, ms:');
      out.push('');
      out.push(table(['trade table, from navigation', ...tools.map((t) => names[t])], ns.map((n) => [label(n), ...tools.map((t) => (t === 'static' ? val(n, t, 'first') : `${val(n, t, 'first')} / ${val(n, t, 'sort')} / ${val(n, t, 'filter')}`))])));
      out.push('');
    }
  }
  if (results.timeline || results.table) {
    out.push('**From the widget\'s creation**: libraries, CSS and data loaded first; from creating the widget to the frame that paints it (the whole bundle, `dist/steppe-widgets.js`):');
    out.push('');
    const rows = [];
    const fmt = (w, n, t, m) => { const v = median(results, w, n, t, m); return v === undefined ? (results[w]?.[n]?.[t]?.timedOut ? `> ${timeout / 1000} s` : '') : `${ms(v)} ms`; };
    for (const n of [0, 3500, 10000]) if (results.timeline?.[n]) rows.push([`timeline, ${n ? `${n.toLocaleString('en')} events` : `real data (${count('events')} events)`}, first render`, fmt('timeline', n, 'ours', 'first'), fmt('timeline', n, 'vis', 'first'), fmt('timeline', n, 'timelinejs', 'first'), '', '', fmt('timeline', n, 'static', 'first')]);
    for (const n of [0, 150, 10000]) if (results.table?.[n]) {
      for (const m of n === 10000 ? ['first', 'sort', 'filter'] : ['first']) {
        rows.push([`table, ${n ? `${n.toLocaleString('en')} rows` : `real figures (${count('figures')})`}, ${m === 'first' ? 'first render' : m}`, fmt('table', n, 'ours', m), '', '', fmt('table', n, 'tabulator', m), fmt('table', n, 'gridjs', m), fmt('table', n, 'static', m)]);
      }
    }
    if (rows.length) out.push(table(['case, from creation', 'ours', 'vis-timeline', 'TimelineJS3', 'Tabulator', 'Grid.js', 'static HTML, all'], rows));
    out.push('');
  }
  const targets = targetsOf(data).filter((t) => t.group === 'two clocks');
  if (targets.length) {
    const met = targets.filter((t) => t.met).length;
    out.push(`Targets, ${met} of ${targets.length} met (figures, and where the time goes when missed, in [\`bench/RESULTS.md\`](bench/RESULTS.md#targets)):`);
    out.push('');
    for (const t of targets) out.push(`- ${t.met ? 'met' : '**missed**'}${t.withinNoise ? ' (within the noise of this machine)' : ''}: ${t.name.replace(/ \(.*?\)$/, '')}, ${CLOCKS[t.clock]}`);
  }
  return out.join('\n').trim();
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
