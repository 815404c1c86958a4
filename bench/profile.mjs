// Where ours spends a measured action's time, for the report's notes on a missed target.
// The page loads dist/esm/ (one module per source file, unminified) instead of the bundle, so
// JavaScript time can be attributed to validation, lit, our models and components. Two
// recordings of the same action, both on Chromium's monotonic clock (µs):
// - a trace (devtools.timeline): the measured span between the harness's `bench:start` and
//   `bench:end` marks, and the renderer main thread's style recalculation, layout, paint and
//   commit, and its busy time, within that span;
// - a sampling CPU profile (Profiler, 100 µs): JavaScript self time per module within the span.
// BENCH_TRACE=/tmp/x keeps each run's trace as /tmp/x-<run>.json (open it in DevTools' Performance panel).
const SAMPLING_US = 100;
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-devtools.timeline'];

function category({ url, functionName }) {
  if (!url) {
    if (functionName === '(program)') return 'browser work outside JS: style, layout, paint, HTML parsing (program)';
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle';
    return `native: ${functionName}`;
  }
  const path = url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '');
  if (/valibot/.test(path) || /dist\/esm\/data\/(validate|schema|issues)\.js/.test(path)) return 'data validation (valibot schemas, src/data/validate)';
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'lit (template rendering, DOM updates, reactive properties)';
  if (path.startsWith('dist/esm/')) return `ours: ${path.slice(9)}`;
  if (path.startsWith('bench/')) return 'benchmark harness';
  return path;
}

/** Self time (ms) per category and per function, of the samples between from and to (µs). */
function attribute(profile, from, to) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byCategory = new Map();
  const byFunction = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = t + (profile.timeDeltas[i + 1] ?? SAMPLING_US);
    const span = Math.min(next, to) - Math.max(t, from);
    if (span <= 0) continue;
    const f = byId.get(profile.samples[i]).callFrame;
    const ms = span / 1000;
    const cat = category(f);
    byCategory.set(cat, (byCategory.get(cat) ?? 0) + ms);
    const where = f.url ? ` (${f.url.replace(/^https?:\/\/[^/]+\//, '').replace(/^node_modules\//, '').replace(/\?.*$/, '')}:${f.lineNumber + 1})` : '';
    const key = `${f.functionName || '(anonymous)'}${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 25);
  return { byCategory: sorted(byCategory), byFunction: sorted(byFunction) };
}

/** The span of the marks, and main-thread time by kind of work inside it (ms). */
function fromTrace(events) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark('bench:start');
  const end = mark('bench:end');
  if (!start || !end) return undefined;
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X');
  const clip = (e) => Math.max(0, Math.min(e.ts + (e.dur ?? 0), end.ts) - Math.max(e.ts, start.ts)) / 1000;
  const sum = (names) => main.filter((e) => names.includes(e.name)).reduce((s, e) => s + clip(e), 0);
  // busy: the union of the main thread's tasks (they nest), clipped to the span
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .map((e) => [Math.max(e.ts, start.ts), Math.min(e.ts + (e.dur ?? 0), end.ts)]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let busy = 0, reach = start.ts;
  for (const [a, b] of tasks) { if (b > reach) { busy += b - Math.max(a, reach); reach = b; } }
  return {
    from: start.ts, to: end.ts, span: (end.ts - start.ts) / 1000,
    busy: busy / 1000,
    style: sum(['UpdateLayoutTree', 'RecalculateStyles']),
    layout: sum(['Layout']),
    paint: sum(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']),
    parse: sum(['ParseHTML']),
    gc: sum(['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR']),
  };
}

/**
 * Profiles `measure` ('first', 'sort' or 'filter') of ours on one case, `runs` times; returns the
 * median run. openPage/closePage come from render.mjs (local server, request blocking).
 */
export async function profileCase({ openPage, closePage, widget, n, measure, runs = 3 }) {
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const { page } = await openPage(widget, n, 'ours', '&build=esm');
    await page.evaluate(() => window.bench.setup());
    if (measure !== 'first') await page.evaluate(() => window.bench.first());
    if (measure === 'filter' && widget === 'table') await page.evaluate(() => window.bench.sort()); // as in the benchmark
    await page.evaluate(() => performance.clearMarks());
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await page.tracing.start({ categories: CATEGORIES });
    await cdp.send('Profiler.start');
    const result = await page.evaluate((m) => window.bench[m](), measure);
    const { profile } = await cdp.send('Profiler.stop');
    const raw = new TextDecoder().decode(await page.tracing.stop());
    if (process.env.BENCH_TRACE) (await import('node:fs')).writeFileSync(`${process.env.BENCH_TRACE}-${r}.json`, raw);
    const trace = fromTrace(JSON.parse(raw).traceEvents);
    await cdp.detach();
    await closePage(page);
    if (!trace) continue;
    samples.push({ ms: result.ms, trace, ...attribute(profile, trace.from, trace.to) });
  }
  samples.sort((a, b) => a.ms - b.ms);
  const pick = samples[Math.floor(samples.length / 2)];
  return pick ? { ...pick, runs: samples.length, all: samples.map((s) => s.ms) } : { runs: 0, all: [] };
}
