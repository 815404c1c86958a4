// The from-navigation clock: what a reader waits for, script loading included. render.mjs runs it
// after the from-creation pass (`--clock=navigation` runs it alone).
//
// Each load opens one page of bench/pages.mjs (one tool, one case) in a fresh incognito browser
// context (cold cache), from a local server that sends every file gzip-compressed (compressed once,
// kept in memory, as a CDN serves it). The time is bench/probe.js's: from navigation start to the end
// of the frame that first paints the tool's content. Then, on the same page: the JS heap (two GCs),
// and for the tables sort and filter with bench/harness.js's clock, the page's first interaction.
// Throttled: Network.emulateNetworkConditions (150 ms latency, 1.6 Mbit/s = 200,000 B/s each way)
// and Emulation.setCPUThrottlingRate 4, set on the page before it navigates. Requests outside the
// server fail at once (--host-resolver-rules) and are counted. Pages take turns within each run.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { emptyPage, navCase } from './pages.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const root = new URL('../', import.meta.url);

/** The cases of the from-navigation pass; `throttled` lists the tools loaded throttled too (real data). */
export const NAV_PLAN = [
  // the real data also server-rendered (`ours-ssr`: declarative shadow DOM and the hydrating script)
  { widget: 'timeline', sizes: [0], tools: ['ours', 'vis', 'timelinejs', 'static'], real: ['ours-ssr'], throttled: ['ours', 'ours-ssr', 'vis', 'timelinejs', 'static'] },
  {
    widget: 'table', sizes: [0, 150, 1000, 3500, 10000], tools: ['ours', 'tabulator', 'gridjs', 'static'], actions: ['sort', 'filter'],
    // the real data also as the README embeds it (the default view) beside dist/static/trade-table.html
    real: ['ours-default', 'ours-ssr', 'static-default'], throttled: ['ours-default', 'ours-ssr', 'static-default', 'ours', 'tabulator', 'gridjs', 'static'],
  },
  { widget: 'matrix', sizes: [0], tools: ['ours', 'static'], real: ['ours-ssr'], throttled: ['ours', 'ours-ssr', 'static'] },
  // and the quote card as one quotation's own entry (`ours-one`: dist/quote/<id>.js)
  { widget: 'quote', sizes: [0], tools: ['ours', 'static'], real: ['ours-one', 'ours-ssr'], throttled: ['ours', 'ours-one', 'ours-ssr', 'static'] },
];
export const THROTTLE = { latency: 150, download: 200000, upload: 200000, cpu: 4 };

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/** A static server over the repository plus `pages` (path → text), every response gzip. */
async function serve(pages) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let entry = cache.get(path);
    if (!entry) {
      let body = pages.get(path);
      if (body === undefined && !path.includes('..')) {
        try { body = readFileSync(new URL(`.${path}`, root)); } catch { /* 404 below */ }
      }
      if (body === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      entry = { gzip: gzipSync(body), type: TYPES[extname(path)] ?? 'application/octet-stream' };
      cache.set(path, entry);
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': entry.type, 'cache-control': 'no-cache', vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip', 'content-length': entry.gzip.length } : {}),
    });
    res.end(gzip ? entry.gzip : gunzipSync(entry.gzip));
  });
  await new Promise((resolve) => server.listen(Number(process.env.BENCH_NAV_PORT ?? 0), '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    forget: (match) => { for (const k of [...cache.keys()]) if (match(k)) cache.delete(k); },
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

class Timeout extends Error {}
const within = (promise, ms, what) => {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Timeout(`${what}: over ${ms / 1000} s`)), ms); })]).finally(() => clearTimeout(timer));
};

/** What the page says about its load: the probe's milestones, navigation and resource timing. */
async function collect() {
  // the paint timing entry arrives with the frame's presentation feedback, a little after the frame
  await new Promise((resolve) => {
    if (performance.getEntriesByName('first-contentful-paint').length) return resolve();
    new PerformanceObserver(resolve).observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 1000);
  });
  const nav = performance.getEntriesByType('navigation')[0];
  const strip = (u) => u.replace(location.origin, '');
  const resources = performance.getEntriesByType('resource').map((r) => ({
    name: strip(r.name), type: r.initiatorType, start: r.startTime, end: r.responseEnd, transfer: r.transferSize, encoded: r.encodedBodySize, decoded: r.decodedBodySize,
  }));
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  const defined = Object.values(window.benchNav.defined);
  return {
    ms: window.benchNav.ms, inDom: window.benchNav.inDom, fcp,
    defined: defined.length ? Math.min(...defined) : undefined,
    html: { received: nav.responseEnd, transfer: nav.transferSize, encoded: nav.encodedBodySize, decoded: nav.decodedBodySize, firstByte: nav.responseStart },
    domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
    resources,
  };
}

/**
 * Runs the from-navigation pass. Returns { results, baseline, blocked, encodings, throttle, seconds }:
 * results[clock][widget][n][tool] = { first: [ms], inDom, fcp, defined, htmlReceived, filesReceived: [ms],
 * bytes: [gzip bytes over the wire], heap: [bytes above the empty page], sort, filter, info, errors, failed }.
 */
export async function runNavigation({ runs, only, sizes: onlySizes, throttled = true, timeout = 60000, slow = 10000, log = (s) => process.stderr.write(`${s}\n`) }) {
  const started = Date.now();
  const plan = NAV_PLAN.filter((p) => !only || only.includes(p.widget))
    .map((p) => ({ ...p, sizes: p.sizes.filter((n) => !onlySizes || onlySizes.includes(n)) }));
  const pages = new Map([['/nav/empty.html', emptyPage()]]);
  const server = await serve(pages);
  const launch = () => puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
    args: [...CHROMIUM_ARGS,
      // anything not on the local server fails at once, as a blocked request would
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    defaultViewport: { width: 1024, height: 800 },
  });
  let browser = await launch();
  const blocked = {};
  const encodings = {};

  async function load(path, { throttle, widget, tool, actions = [], heap = false, baseline }) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors = [];
    const out = {};
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource|ERR_NAME_NOT_RESOLVED/.test(m.text())) errors.push(m.text()); });
    page.on('requestfailed', (r) => {
      if (r.url().startsWith(server.origin)) return;
      const key = `${widget}/${tool}`;
      (blocked[key] ??= {})[r.url()] = (blocked[key][r.url()] ?? 0) + 1;
    });
    page.on('response', (r) => {
      if (!r.url().startsWith(server.origin)) return;
      const kind = extname(new URL(r.url()).pathname) || '.html';
      const enc = r.headers()['content-encoding'] ?? 'none';
      (encodings[kind] ??= {})[enc] = (encodings[kind][enc] ?? 0) + 1;
    });
    const painted = new Promise((resolve) => page.on('console', (m) => { if (m.text() === 'bench:painted') resolve(); }));
    let step = 'first';
    try {
      if (throttle) {
        await page.emulateNetworkConditions({ download: THROTTLE.download, upload: THROTTLE.upload, latency: THROTTLE.latency });
        await page.emulateCPUThrottling(THROTTLE.cpu);
      }
      await within(Promise.all([page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 0 }), painted]), timeout, 'first paint');
      Object.assign(out, await page.evaluate(collect));
      if (heap) {
        step = 'heap';
        const used = await page.evaluate(() => { window.gc(); window.gc(); return performance.memory.usedJSHeapSize; });
        out.heap = baseline === undefined ? used : used - baseline;
      }
      if (actions.length) {
        step = 'setup';
        const url = new URL(path, server.origin);
        await page.evaluate(() => window.benchNav.ms); // painted already
        await page.addScriptTag({ type: 'module', url: `/bench/harness.js${url.search}` });
        await page.waitForFunction(() => window.bench, { timeout: 10000 });
        await page.evaluate(() => window.bench.adopt());
        for (const a of actions) {
          step = a;
          out[a] = (await within(page.evaluate((x) => window.bench[x](), a), timeout, a)).ms;
        }
        step = 'info';
        out.info = await page.evaluate(() => window.bench.info());
      }
    } catch (e) {
      out.error = e instanceof Timeout ? `timed out (${e.message})` : e.message.split('\n')[0];
      out.timedOut = e instanceof Timeout;
      out.failedAt = step;
    }
    out.errors = errors;
    try {
      await within(context.close(), 10000, 'closing the context');
    } catch {
      await within(browser.close(), 10000, 'closing the browser').catch(() => browser.process()?.kill('SIGKILL'));
      browser = await launch();
    }
    return out;
  }

  // the empty page's heap, subtracted from every heap figure
  const baselineRuns = [];
  for (let r = 0; r < Math.max(runs, 1); r++) baselineRuns.push((await load('/nav/empty.html', { widget: 'empty', tool: 'empty', heap: true })).heap);
  const sorted = [...baselineRuns].sort((a, b) => a - b);
  const baseline = sorted[sorted.length >> 1];

  const results = { fast: {}, throttled: {} };
  for (const { widget, sizes, tools, real = [], actions = [], throttled: slowTools = [] } of plan) {
    for (const n of sizes) {
      const all = [...tools, ...(n ? [] : real)];
      for (const [k, v] of navCase(widget, n, all)) pages.set(k, v);
      for (const clock of throttled && !n ? ['fast', 'throttled'] : ['fast']) {
        const toolsHere = clock === 'fast' ? all : slowTools;
        const cell = ((results[clock][widget] ??= {})[n] = Object.fromEntries(toolsHere.map((t) => [t, { first: [], inDom: [], fcp: [], defined: [], htmlReceived: [], filesReceived: [], bytes: [], heap: [], sort: [], filter: [], errors: [] }])));
        for (let r = 0; r < runs; r++) {
          for (let k = 0; k < toolsHere.length; k++) {
            const tool = toolsHere[(k + r) % toolsHere.length];
            const c = cell[tool];
            if (c.failed || c.once) continue;
            const fast = clock === 'fast';
            const out = await load(`/nav/${widget}-${n}-${tool}.html?tool=${tool}&widget=${widget}&n=${n}`, {
              throttle: !fast, widget, tool, heap: fast, baseline,
              actions: fast && ['ours', 'tabulator', 'gridjs', 'static'].includes(tool) ? actions : [],
            });
            if (out.ms !== undefined) {
              c.first.push(out.ms);
              c.inDom.push(out.inDom);
              if (out.fcp !== undefined) c.fcp.push(out.fcp);
              if (out.defined !== undefined) c.defined.push(out.defined);
              // what the reader's browser fetched before the content was painted
              const needed = out.resources.filter((x) => x.end <= out.ms);
              c.htmlReceived.push(out.html.received);
              c.filesReceived.push(Math.max(out.html.received, ...needed.map((x) => x.end)));
              c.bytes.push(out.html.transfer + needed.reduce((s, x) => s + x.transfer, 0));
              c.files = [{ name: 'the page', encoded: out.html.encoded, decoded: out.html.decoded }, ...needed.map(({ name, encoded, decoded }) => ({ name, encoded, decoded }))];
            }
            if (out.heap !== undefined) c.heap.push(out.heap);
            for (const a of ['sort', 'filter']) if (out[a] !== undefined) c[a].push(out[a]);
            if (out.info) c.info = out.info;
            for (const e of out.errors) if (!c.errors.includes(e)) c.errors.push(e);
            if (out.error) Object.assign(c, { failed: out.error, timedOut: out.timedOut, failedAt: out.failedAt });
            if (out.ms > slow) c.once = true;
            log(`navigation${fast ? '' : ' (throttled)'} ${widget} n=${n} ${tool} #${r + 1}: ${out.ms !== undefined ? `${out.ms.toFixed(0)} ms` : out.error}${out.sort !== undefined ? `, sort ${out.sort.toFixed(0)}` : ''}${out.filter !== undefined ? `, filter ${out.filter.toFixed(0)}` : ''}`);
          }
        }
      }
      const mine = (k) => [`/nav/${widget}-${n}-`, `/bench-data/${widget}-${n}-`, `/bench-data/${widget}-${n}.`].some((p) => k.startsWith(p));
      for (const k of [...pages.keys()]) if (mine(k)) pages.delete(k);
      server.forget(mine);
    }
  }
  await browser.close();
  await server.stop();
  return { results, baseline: baselineRuns, blocked, encodings, throttle: THROTTLE, runs, timeout, slow, seconds: (Date.now() - started) / 1000 };
}
