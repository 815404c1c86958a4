#!/usr/bin/env node
// Side-by-side benchmark (issues 10 and the two clocks): our widgets against vis-timeline,
// TimelineJS3, Tabulator and Grid.js, and against the static HTML of the same records (the floor),
// in headless Chromium on this machine, on two clocks:
// - from navigation (bench/navigate.mjs, bench/pages.mjs, bench/probe.js): what a reader waits for,
//   script loading included; each tool in a page of its own, gzip served, cold cache, and once
//   throttled (150 ms latency, 1.6 Mbit/s, CPU ×4);
// - from the widget's creation (this file, bench/harness.js, bench/tools.js): libraries, CSS and data
//   loaded first, the clock starting when the widget is created.
// Writes bench/results.json (the raw figures), bench/RESULTS.md and bench/scaling.svg; `node
// bench/report.mjs` writes the last two again from results.json; the README's table is written last
// (bench/readme.mjs, which `node bench/readme.mjs` runs alone).
//
//   node bench/render.mjs [--runs=5] [--nav-runs=11] [--clock=both|navigation|creation] [--only=timeline,table,matrix,quote]
//                         [--sizes=0,150,10000] [--no-throttle] [--no-profile] [--busy]
//   node bench/render.mjs --profile-only   (profiles the missed targets of bench/results.json again)
//
// runs: page loads per (tool, case), default 5; nav-runs: the same on the from-navigation clock,
// default 11 (its pages take 60-200 ms, and five loads of them moved a ratio by up to 40 % between
// runs); the tools take turns within each repetition. A
// clock not run keeps its figures from the previous bench/results.json. --busy labels the run as
// taken on a shared, busy machine. Needs `npm run build` first (dist/, build/static-render.mjs).
// Never part of `npm test`. What each figure means: bench/harness.js, bench/probe.js; the tools: bench/tools.js.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { buildCase } from './cases.mjs';
import { CHROMIUM_ARGS, CHROMIUM_SWITCHES } from './chromium.mjs';
import { runNavigation } from './navigate.mjs';
import { writeReadme } from './readme.mjs';
import { profileCase } from './profile.mjs';
import { stats, targetsOf, writeReport } from './report.mjs';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? args.find((a) => /^\d+$/.test(a)) ?? 5);
const navRuns = Number(args.find((a) => a.startsWith('--nav-runs='))?.slice(11) ?? 11);
const clock = args.find((a) => a.startsWith('--clock='))?.slice(8) ?? 'both';
if (!['both', 'navigation', 'creation'].includes(clock)) throw new Error(`--clock=${clock}: both, navigation or creation`);
const throttle = !args.includes('--no-throttle');
const busy = args.includes('--busy');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const onlySizes = args.find((a) => a.startsWith('--sizes='))?.slice(8).split(',').map(Number);
const profile = !args.includes('--no-profile');
const profileOnly = args.includes('--profile-only');
const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 60000);
/** A tool slower than this on its first load of a case is not loaded again for that case. */
const SLOW = 5000;

export const PLAN = [
  { widget: 'timeline', sizes: [0, 1000, 3500, 10000], tools: ['ours', 'ours-list', 'vis', 'timelinejs', 'static', 'static-first'], measures: ['first', 'heap', 'filter'] },
  { widget: 'table', sizes: [0, 150, 1000, 3500, 10000], tools: ['ours', 'tabulator', 'gridjs', 'static', 'static-first'], measures: ['first', 'heap', 'sort', 'filter'] },
  { widget: 'matrix', sizes: [0], tools: ['ours', 'static'], measures: ['first', 'heap'] },
  { widget: 'quote', sizes: [0], tools: ['ours', 'static'], measures: ['first', 'heap'] },
].filter((p) => !only || only.includes(p.widget))
  .map((p) => ({ ...p, sizes: p.sizes.filter((n) => !onlySizes || onlySizes.includes(n)) }));

const started = Date.now();
const loadAtStart = os.loadavg()[0];
const resultsFile = new URL('./results.json', import.meta.url);
const before = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile)) : undefined;
const files = new Map();
const server = await startDevServer({
  config: {
    rootDir: '.', port: Number(process.env.BENCH_PORT ?? 8765), hostname: '127.0.0.1',
    // only the profiling pass imports dist/esm/, which has bare imports (lit): resolve them to lit's production build
    nodeResolve: { exportConditions: ['production'] },
    middleware: [async (ctx, next) => {
      const name = ctx.path.startsWith('/bench-data/') ? ctx.path.slice(12) : undefined;
      if (name && files.has(name)) {
        ctx.type = name.endsWith('.json') ? 'application/json' : 'text/html';
        ctx.body = files.get(name);
        return;
      }
      await next();
    }],
  },
  readCliArgs: false, readFileConfig: false, logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const launch = () => puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: CHROMIUM_ARGS,
  defaultViewport: { width: 1024, height: 800 },
});
let browser = await launch();
const browserVersion = await browser.version();

class Timeout extends Error {}
const within = (promise, ms, what) => {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Timeout(`${what}: over ${ms / 1000} s`)), ms); })]).finally(() => clearTimeout(timer));
};

/** Every request outside the local server is aborted and counted, per tool. */
const blocked = new Map();
async function openPage(widget, n, tool, extra = '') {
  const page = await browser.newPage();
  const errors = [];
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return void req.continue();
    const key = `${widget}/${tool}`;
    if (!blocked.has(key)) blocked.set(key, new Map());
    blocked.get(key).set(url, (blocked.get(key).get(url) ?? 0) + 1);
    void req.abort('blockedbyclient');
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(m.text())) errors.push(m.text()); });
  await page.goto(`${origin}/bench/render.html?tool=${tool}&widget=${widget}&n=${n}${extra}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench, { timeout: 10000 });
  return { page, errors };
}
async function closePage(page) {
  try {
    await within(page.close(), 10000, 'closing the page');
  } catch {
    // a renderer still busy with a timed-out tool: start a fresh browser
    await within(browser.close(), 10000, 'closing the browser').catch(() => browser.process()?.kill('SIGKILL'));
    browser = await launch();
  }
}

/** One page load: first render, heap, then sort and filter where the case has them. */
async function runOnce(widget, n, tool, measures) {
  const { page, errors } = await openPage(widget, n, tool);
  const out = {};
  let step = 'setup';
  const run = async (name, fn) => { step = name; return within(page.evaluate(fn), TIMEOUT, name === 'first' ? 'first render' : name); };
  try {
    await run('setup', () => window.bench.setup());
    out.first = await run('first', () => window.bench.first());
    if (measures.includes('heap')) out.heap = await run('heap', () => window.bench.heap());
    if (measures.includes('sort')) out.sort = await run('sort', () => window.bench.sort());
    if (measures.includes('filter')) out.filter = await run('filter', () => window.bench.filter());
    out.info = await run('info', () => window.bench.info());
  } catch (e) {
    out.error = e instanceof Timeout ? `timed out (${e.message})` : e.message.split('\n')[0];
    out.timedOut = e instanceof Timeout;
    out.failedAt = step;
  }
  out.errors = errors;
  await closePage(page);
  return out;
}

async function emptyHeap() {
  const { page } = await openPage('timeline', 0, 'empty');
  const heap = await page.evaluate(() => window.bench.heap());
  await closePage(page);
  return heap;
}

// ---- run -----------------------------------------------------------------------------------------
// --profile-only, or the navigation clock alone: the from-creation figures are the previous run's
const previous = profileOnly || clock === 'navigation' ? before : undefined;
if ((profileOnly || clock === 'navigation') && !previous) throw new Error('bench/results.json is missing: run both clocks first');
// results[widget][n][tool] = { first: [ms], inDom: [ms], heap: [bytes], sort: [ms], filter: [ms], info, errors, failed }
const results = previous?.results ?? {};
const baseline = previous?.baseline ?? [];
if (!previous) for (let r = 0; r < runs; r++) baseline.push(await emptyHeap());
for (const { widget, sizes, tools, measures } of previous ? [] : PLAN) {
  results[widget] = {};
  for (const n of sizes) {
    for (const [k, v] of buildCase(widget, n)) files.set(k, v);
    const cell = (results[widget][n] = Object.fromEntries(tools.map((t) => [t, { first: [], inDom: [], heap: [], sort: [], filter: [], errors: new Set() }])));
    for (let r = 0; r < runs; r++) {
      // the tools take turns, starting one further each repetition
      for (let k = 0; k < tools.length; k++) {
        const tool = tools[(k + r) % tools.length];
        const c = cell[tool];
        if (c.failed || c.once) continue; // timed out, failed, or too slow to repeat: not run again on this case
        const out = await runOnce(widget, n, tool, measures);
        if (out.first) { c.first.push(out.first.ms); c.inDom.push(out.first.inDom); }
        if (out.heap !== undefined) c.heap.push(out.heap - stats(baseline).median);
        if (out.sort) c.sort.push(out.sort.ms);
        if (out.filter) c.filter.push(out.filter.ms);
        if (out.info) c.info = out.info;
        for (const e of out.errors) c.errors.add(e);
        if (out.error) Object.assign(c, { failed: out.error, timedOut: out.timedOut, failedAt: out.failedAt });
        if (out.first?.ms > SLOW) c.once = true; // slow enough that more loads would only cost time
        process.stderr.write(`${widget} n=${n} ${tool} #${r + 1}: ${out.first ? `${out.first.ms.toFixed(0)} ms` : out.error}${out.sort ? `, sort ${out.sort.ms.toFixed(0)}` : ''}${out.filter ? `, filter ${out.filter.ms.toFixed(0)}` : ''}\n`);
      }
    }
    for (const k of [...files.keys()]) if (k.startsWith(`${widget}-${n}.`) || k.startsWith(`${widget}-${n}-`)) files.delete(k);
  }
}
const benchSeconds = previous?.benchSeconds ?? (Date.now() - started) / 1000;

// ---- where a from-creation target is missed, profile ours ------------------------------------------
const profiles = profileOnly || !previous ? [] : previous.profiles ?? [];
if (profile && (profileOnly || !previous)) {
  for (const t of targetsOf({ results }).filter((x) => !x.met && x.profile)) {
    const { widget, n, measure } = t.profile;
    if (profiles.some((p) => p.widget === widget && p.n === n && p.measure === measure)) continue;
    for (const [k, v] of buildCase(widget, n)) files.set(k, v);
    profiles.push({ widget, n, measure, ...(await profileCase({ openPage, closePage, widget, n, measure, runs: 3 })) });
  }
}
await browser.close();
await server.stop();
const creationSeconds = (Date.now() - started) / 1000;

// ---- from navigation -------------------------------------------------------------------------------
let navigation = before?.navigation;
if (clock !== 'creation' && !profileOnly) {
  navigation = { date: new Date().toISOString(), ...(await runNavigation({ runs: navRuns, only, sizes: onlySizes, throttled: throttle, timeout: TIMEOUT })) };
}

const machine = {
  cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  platform: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version, browser: browserVersion, switches: CHROMIUM_SWITCHES,
};
const totalSeconds = (Date.now() - started) / 1000;
const count = (collection) => JSON.parse(readFileSync(new URL(`../dist/data/${collection}.json`, import.meta.url))).length;
// the raw figures, so that `node bench/report.mjs` can write the report again without measuring
const data = {
  date: previous?.date ?? new Date().toISOString(), runs: previous?.runs ?? runs, baseline,
  benchSeconds, totalSeconds: previous ? previous.totalSeconds : creationSeconds, machine, profiles, timeout: TIMEOUT, slow: SLOW,
  counts: { events: count('events'), figures: count('figures') },
  conditions: {
    busy: previous && clock === 'navigation' ? busy || Boolean(previous.conditions?.busy) : busy,
    loadAverage: [loadAtStart, os.loadavg()[0]],
  },
  blocked: previous?.blocked ?? Object.fromEntries([...blocked].map(([k, urls]) => [k, Object.fromEntries(urls)])),
  results: JSON.parse(JSON.stringify(results, (k, v) => (v instanceof Set ? [...v] : v))),
  navigation,
};
writeFileSync(resultsFile, `${JSON.stringify(data, null, 1)}\n`);
console.log(writeReport(data).summary);
writeReadme();
console.log(`\nbench/results.json, bench/RESULTS.md, bench/scaling.svg and the README's benchmark block written; ${totalSeconds.toFixed(0)} s in all.`);
