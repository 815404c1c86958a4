// The benchmark page's clock (see render.html). One page load = one tool on one case:
// ?tool=ours|ours-list|vis|timelinejs|tabulator|gridjs|static|static-first|empty&widget=timeline|table|matrix|quote&n=0|1000|…
// (n=0: the real data). render.mjs calls window.bench.setup(), then first(), heap(), sort(), filter(), info().
//
// What a time means: from the start of the action (creating the widget, applying a sort or a
// filter), taken at the start of a frame, to the end of the frame that first paints the result. The result "is there" when the
// tool's predicate holds (checked by a MutationObserver on every change, and in every frame); the
// frame that paints it is the one whose rendering phase it happened in, else the next one; that
// frame's end is when a message posted from its requestAnimationFrame callback is delivered (the
// task after the frame's style, layout, paint and commit). Libraries, CSS and data are loaded
// before the clock starts, for every tool alike; converting records into a peer's row format is
// inside the clock, as validating them is for ours.
import { adapters } from './tools.js';

const params = new URLSearchParams(location.search);
const tool = params.get('tool') ?? 'ours';
const widget = params.get('widget') ?? 'timeline';
const n = Number(params.get('n') ?? 0);

// ---- frames ------------------------------------------------------------------------------------
const frames = { n: 0, rendering: false, waiters: [], checks: new Set(), starts: [] };
const channel = new MessageChannel();
function tick() {
  frames.n++;
  frames.rendering = true;
  requestAnimationFrame(tick); // first in the next frame's callback list
  channel.port2.postMessage(frames.n);
  for (const check of frames.checks) check();
  for (const start of frames.starts.splice(0)) start();
}
channel.port1.onmessage = ({ data: frame }) => {
  frames.rendering = false;
  const t = performance.now();
  frames.waiters = frames.waiters.filter((w) => (w.frame <= frame ? (w.resolve(t), false) : true));
};
requestAnimationFrame(tick);
/** Resolves with the time at which frame `frame` has been painted. */
const paintedAfter = (frame) => new Promise((resolve) => frames.waiters.push({ frame, resolve }));
/** Resolves at the start of the next frame (in its first requestAnimationFrame callback). */
const frameStart = () => new Promise((resolve) => frames.starts.push(resolve));
/** The frame that will paint a change made now. */
const frameOfNow = () => (frames.rendering ? frames.n : frames.n + 1);

/**
 * Times `action` until `done()` holds and the frame showing it is painted.
 * `roots()` names the nodes to watch (the host, and a shadow root once there is one).
 */
async function measure(action, done, roots) {
  // start at the beginning of a frame, with nothing pending: as input is delivered, aligned to the
  // frame; a change made now is painted in this frame, so no tool waits for the display's next tick
  await paintedAfter(frames.n + 1);
  await frameStart();
  return new Promise((resolve, reject) => {
    let finished = false;
    const observed = new Set();
    const observer = new MutationObserver(() => check());
    const watch = () => {
      for (const r of roots()) if (r && !observed.has(r)) { observed.add(r); observer.observe(r, { childList: true, subtree: true, characterData: true }); }
    };
    const check = () => {
      if (finished) return;
      watch();
      let ok = false;
      try { ok = Boolean(done()); } catch (e) { finished = true; reject(e); return; }
      if (!ok) return;
      finished = true;
      const inDom = performance.now() - t0;
      observer.disconnect();
      frames.checks.delete(check);
      paintedAfter(frameOfNow()).then((t) => { performance.mark('bench:end'); resolve({ ms: t - t0, inDom }); });
    };
    frames.checks.add(check);
    performance.mark('bench:start'); // the profiling pass finds the measured span in its trace by these marks
    const t0 = performance.now();
    try {
      const r = action();
      if (r && typeof r.then === 'function') r.then(check, reject);
    } catch (e) { reject(e); return; }
    check();
  });
}

// ---- the page's API for render.mjs --------------------------------------------------------------
const host = document.getElementById('host');
const adapter = adapters[widget]?.[tool];
const ctx = { host, widget, n, tool, params };

window.bench = {
  tool, widget, n,
  async setup() {
    if (tool === 'empty') return;
    if (!adapter) throw new Error(`no adapter for ${tool} on ${widget}`);
    await adapter.load?.(ctx);
    if (widget === 'timeline' || widget === 'table') ctx.data = await (await fetch(`/bench-data/${widget}-${n}.json`)).json();
    await adapter.prepare?.(ctx);
  },
  async first() {
    const r = await measure(() => adapter.create(ctx), () => adapter.ready(ctx), () => adapter.roots(ctx));
    ctx.data = undefined; // what the tool keeps is the tool's; the page drops its copy before the heap is read
    return r;
  },
  /** usedJSHeapSize after two full collections (Chromium with --js-flags=--expose-gc, --enable-precise-memory-info). */
  heap() {
    window.gc(); window.gc();
    return performance.memory.usedJSHeapSize;
  },
  async sort() {
    await adapter.beforeChange?.(ctx, 'sort');
    const before = adapter.signature(ctx);
    return measure(() => adapter.sort(ctx), () => { const s = adapter.signature(ctx); return s && s !== before && adapter.sorted(ctx); }, () => adapter.roots(ctx));
  },
  async filter() {
    await adapter.beforeChange?.(ctx, 'filter');
    const before = adapter.signature(ctx);
    return measure(() => adapter.filter(ctx), () => { const s = adapter.signature(ctx); return s && s !== before && adapter.filtered(ctx); }, () => adapter.roots(ctx));
  },
  /**
   * On a from-navigation page (bench/pages.mjs) the page's own markup made the tool: take its
   * handles (the page's `window.benchTool`, our element, the static HTML's column) so that sort()
   * and filter() work there as here.
   */
  adopt() {
    Object.assign(ctx, window.benchTool ?? {});
    ctx.el ??= host.querySelector('steppe-timeline, steppe-trade-table, steppe-membership-matrix, steppe-quote-card');
    ctx.container ??= host;
  },
  /** What the tool shows: records in its current view and item nodes in the DOM. */
  info: () => adapter.info(ctx),
};
