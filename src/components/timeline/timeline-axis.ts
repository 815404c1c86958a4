/**
 * The axis layout of <steppe-timeline>: ticks, the band of vague and long spans, the labelled
 * points, the "+N" clusters and their list. Labels show their whole titles; where they are placed
 * is src/lib/axis-layout.ts's job (most-reported events first, no two boxes overlapping), and this
 * module measures the text for it with a canvas in the widget's own font.
 *
 * Keyboard: one tab stop for the axis, on a placed event (or a "+N"); arrows move among the placed
 * events and clusters in time order, Home/End to the first and last, Enter opens, Shift+arrows pan.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { salience } from '../../data/salience.js';
import { layoutAxis, labelBox, type AxisLayout, type Box, type Cluster, type Placed } from '../../lib/axis-layout.js';
import { approximateMark, displayDate } from '../../lib/dates.js';
import { isDisputed } from '../../lib/claims.js';
import { styleProps } from '../../lib/style-props.js';
import { extent, ticks, type TimelineItem } from '../../lib/timeline-model.js';

/** The members of <steppe-timeline> the axis uses (private there; the element passes itself). */
export interface AxisHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shown: readonly TimelineItem[];
  readonly window?: [number, number];
  readonly focusIndex: number;
  /** The id of the event whose detail is open: always placed. */
  readonly selected: string;
  /** The "+N" cluster holding the tab stop, by its x; undefined when an event holds it. */
  focusCluster?: number;
  expanded?: number;
  /** The layout last drawn (the keyboard moves along it). */
  readonly axisLayout?: AxisLayout;
  readonly handleKeydown: (e: KeyboardEvent) => void;
  px(size: number): number;
  pan(fraction: number): void;
  zoom(factor: number): void;
  /** `tabbable`: a tab stop of its own (the events of an opened "+N" list). */
  renderEventButton(item: TimelineItem, index: number, style?: Record<string, string>, tabbable?: boolean): TemplateResult;
}

/** What the axis's controls call back, passed in by the element. */
export interface AxisActions {
  /** Drag, pinch and Ctrl/⌘ + wheel (from the lazily loaded detail module; none until it arrives). */
  readonly gestures?: EventListenerObject;
  showAll(): void;
  closeExpanded(): Promise<void>;
}

/** Height of the ticks' row above the lanes. */
const TICKS = 28;

let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on the canvas: setting it parses it again, which costs more than measuring. */
let contextFont = '';
/** A text's width in px in `font`; a rough estimate where no canvas is available. */
export function measurer(font: string): (text: string) => number {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (t) => t.length * 8;
  // a label's words are measured twice (its longest word, its lines) and many recur across titles
  let widths = measured.get(font);
  if (!widths) measured.set(font, (widths = new Map()));
  const known = widths;
  return (t) => {
    let width = known.get(t);
    if (width === undefined) {
      if (contextFont !== font) {
        ctx.font = font;
        contextFont = font;
      }
      width = ctx.measureText(t).width;
      known.set(t, width);
    }
    return width;
  };
}
/** Widths already measured, by font and text. */
const measured = new Map<string, Map<string, number>>();

/** The font size (px) and family of the axis's labels and "+N" buttons: 0.85em of the widget's. */
function labelFont(host: AxisHost): { size: number; family: string } {
  const style = getComputedStyle(host.renderRoot instanceof ShadowRoot ? host.renderRoot.host : (host.renderRoot as HTMLElement));
  return { size: parseFloat(style.fontSize) * 0.85, family: style.fontFamily };
}

/** A "+N" button's size: its text in the widget's font, padding and border. */
function clusterBox(host: AxisHost): (count: number) => Box {
  const { size, family } = labelFont(host);
  const measure = measurer(`400 ${size}px ${family}`);
  return (n) => ({ width: Math.ceil(measure(`+${n}`) + size + 4), height: host.px(26) });
}

const metricsWidth = (host: AxisHost, axisWidth: number): number => Math.max(Math.min(host.px(300), axisWidth), 40);

/** Label boxes by item, for one font (a filter or a zoom does not measure again). */
const boxCache = new WeakMap<TimelineItem, { font: string; box: Box }>();

function boxes(host: AxisHost, axisWidth: number): (item: TimelineItem) => Box {
  const { size, family } = labelFont(host);
  // measured as the selected label is drawn (semibold), so a selection never needs another line
  const font = `600 ${size}px ${family}`;
  const measure = measurer(font);
  const em = size;
  const key = `${font}|${metricsWidth(host, axisWidth)}`;
  const metrics = {
    measureDate: (t: string) => measure(t) + em * 1.1, // the marker before it
    measureTitle: measure,
    lineHeight: Math.ceil(em * 1.25),
    padX: Math.ceil(em * 0.75) + 2,
    padY: Math.ceil(em * 0.25) + 2,
    minWidth: host.px(120),
    // never wider than the axis (a label measured for a width it cannot have would be cut)
    maxWidth: metricsWidth(host, axisWidth),
  };
  return (item) => {
    const cached = boxCache.get(item);
    if (cached?.font === key) return cached.box;
    const e = item.event;
    const box = labelBox(`${approximateMark(e.date, item.approximate)}${displayDate(e.date)}`, `${e.title}${isDisputed(e) ? ' ⚠' : ''}`, metrics);
    boxCache.set(item, { font: key, box });
    return box;
  };
}

/** The axis's stops in time order: placed events and clusters, as the arrow keys walk them. */
export function stops(layout: AxisLayout | undefined): ({ kind: 'event'; index: number; x: number } | { kind: 'cluster'; x: number })[] {
  if (!layout) return [];
  return [
    ...layout.placed.map((p) => ({ kind: 'event' as const, index: p.index, x: p.x })),
    ...layout.clusters.map((c) => ({ kind: 'cluster' as const, x: c.x })),
  ].sort((a, b) => a.x - b.x || Number(a.kind === 'cluster') - Number(b.kind === 'cluster') || (a.kind === 'event' && b.kind === 'event' ? a.index - b.index : 0));
}

/**
 * Lays the shown events out for the window and width (in the element's willUpdate, so that the tab
 * stop can follow what is drawn before anything renders). The height is about 30rem at a 16 px
 * font (more with a larger font): a quarter for the spans' band, the rest for the points and a
 * row of clusters.
 */
export function computeAxis(host: AxisHost, width: number, placedBefore: ReadonlyMap<TimelineItem, boolean>, keepPlaced = false): AxisLayout {
  const [a, b] = host.window ?? extent(host.shown);
  const selected = host.selected ? host.shown.find((i) => i.event.id === host.selected) : undefined;
  const budget = host.px(480 - TICKS - 34);
  // a label's dot (0.6em) sits 0.375em inside its box (timeline.styles.ts)
  const em = labelFont(host).size;
  return layoutAxis(host.shown, a, b, width, {
    box: boxes(host, width),
    priority: (item) => salience(item.event),
    first: new Set([...(selected ? [selected] : []), ...placedBefore.keys()]),
    keepFirst: keepPlaced,
    previous: placedBefore,
    maxHeight: Math.round(budget * 0.76),
    bandHeight: Math.round(budget * 0.24),
    // the events four or five texts report are always drawn; the axis grows for them if it must
    always: (item) => salience(item.event) >= 40,
    clusterBox: clusterBox(host),
    anchor: em * (0.375 + 0.3),
  });
}

/** The tab stop after a layout: the focused event or cluster if it is drawn, else the earliest placed event. */
export function tabStopOf(layout: AxisLayout, focusIndex: number, focusCluster: number | undefined): { index: number; cluster?: number } {
  if (focusCluster !== undefined && layout.clusters.some((c) => c.x === focusCluster)) return { index: focusIndex, cluster: focusCluster };
  if (focusCluster === undefined && layout.placed.some((p) => p.index === focusIndex)) return { index: focusIndex };
  // Tab into the axis lands on an event: the earliest placed one (a "+N" only when none is)
  const first = layout.placed[0];
  if (first) return { index: first.index };
  return layout.clusters[0] ? { index: focusIndex, cluster: layout.clusters[0].x } : { index: focusIndex };
}

export function renderAxis(host: AxisHost, width: number, actions: AxisActions): TemplateResult {
  const [a, b] = host.window ?? extent(host.shown);
  const layout = host.axisLayout ?? computeAxis(host, width, new Map());
  const tabCluster = host.focusCluster;
  const expanded = layout.clusters.find((c) => c.x === host.expanded);
  return html`<div @keydown=${host.handleKeydown}>
    <div part="zoom" class="zoom" role="group" aria-label="Zoom and pan">
      <button type="button" @click=${() => host.pan(-0.25)} aria-label="Earlier">◀</button>
      <button type="button" @click=${() => host.zoom(0.5)} aria-label="Zoom in">+</button>
      <button type="button" @click=${() => host.zoom(2)} aria-label="Zoom out">−</button>
      <button type="button" @click=${() => actions.showAll()} aria-label="Show all">All</button>
      <button type="button" @click=${() => host.pan(0.25)} aria-label="Later">▶</button>
      <span class="range">${Math.floor(a)}–${Math.floor(b)}</span>
    </div>
    <div part="axis" class="axis" ${styleProps({ height: `${layout.height + host.px(TICKS) + 4}px` })}
      @wheel=${actions.gestures} @pointerdown=${actions.gestures} @pointermove=${actions.gestures}
      @pointerup=${actions.gestures} @pointercancel=${actions.gestures}>
      <div class="ticks" aria-hidden="true">
        ${ticks(a, b, width).map((y) => {
          const x = ((y - a) / (b - a)) * width;
          // a year too near the right edge for its label after the line has it before the line
          return html`<span part="tick" class=${x > width - host.px(40) ? 'tick end' : 'tick'} ${styleProps({ left: `${x}px` })}>${y}</span>`;
        })}
      </div>
      ${layout.bandHeight ? html`<div class="band" aria-hidden="true" ${styleProps({ top: `${host.px(TICKS)}px`, height: `${layout.bandHeight}px` })}></div>` : nothing}
      <ul class="lanes" role="list" aria-label=${`${host.shown.length} events, ${Math.floor(a)} to ${Math.floor(b)}; ${layout.placed.length} labelled`}>
        ${repeat(layout.placed, (p) => p.item.event.id, (p) => renderPlaced(host, p))}
        ${layout.clusters.map((c) => renderCluster(host, c, c.x === tabCluster))}
      </ul>
    </div>
    ${expanded ? renderExpanded(host, expanded, actions) : nothing}
  </div>`;
}

function renderPlaced(host: AxisHost, p: Placed): TemplateResult {
  const top = host.px(TICKS) + p.y;
  const style: Record<string, string> = {
    left: `${p.labelX}px`, top: `${top}px`, '--_w': `${p.box.width}px`, '--_h': `${p.box.height}px`,
  };
  // the dot on the event's date, wherever the label's box is (timeline.styles.ts keeps it inside)
  if (!p.band) style['--_dot'] = `${p.x - p.labelX}px`;
  const button = host.renderEventButton(p.item, p.index, style);
  // near the right edge a label ends at its event instead of starting there
  return html`<li class="placed ${p.flipped ? 'flipped' : ''} ${p.band ? 'in-band' : ''}" data-x=${Math.round(p.x)}>${p.bar
    ? html`<span class="bar ${p.item.approximate ? 'vague' : ''}" aria-hidden="true" ${styleProps({ left: `${p.x}px`, top: `${top - 2}px`, width: `${p.bar}px` })}></span>`
    : nothing}${button}</li>`;
}

/** The year a "+N" is around: its middle event's (its earliest would be a vague span's first year). */
function aroundYear(c: Cluster): number {
  const starts = c.items.map((i) => i.start).sort((x, y) => x - y);
  return Math.floor(starts[(starts.length - 1) >> 1]);
}

function renderCluster(host: AxisHost, c: Cluster, tabStop: boolean): TemplateResult {
  return html`<li class="placed"><button type="button" part="cluster" class="cluster" tabindex=${tabStop ? 0 : -1}
    data-cluster=${c.x}
    ${styleProps({ left: `${c.x}px`, top: `${host.px(TICKS) + c.y}px` })}
    aria-label=${`${c.items.length} more events around ${aroundYear(c)}; show them`}
    aria-expanded=${host.expanded === c.x ? 'true' : 'false'}
    @focus=${() => (host.focusCluster = c.x)}
    @click=${() => (host.expanded = host.expanded === c.x ? undefined : c.x)}
  >+${c.items.length}</button></li>`;
}

/** The events of an activated cluster, listed under the axis. */
function renderExpanded(host: AxisHost, c: Cluster, actions: AxisActions): TemplateResult {
  // the cluster's items are some of the shown events; their index there is their data-index
  const index = new Map(host.shown.map((item, i) => [item, i]));
  const label = `${c.items.length} events around ${aroundYear(c)}`;
  return html`<div class="expanded" role="group" aria-label=${label}>
    <div class="expanded-head">
      <p>${label}</p>
      <button type="button" class="close" aria-label="Close this list" @click=${() => actions.closeExpanded()}>✕</button>
    </div>
    <ul class="expanded-list">${c.items.map((item) => html`<li>${host.renderEventButton(item, index.get(item)!, undefined, true)}</li>`)}</ul>
  </div>`;
}

/** The axis's state on its timeline, which `layOut` keeps (the element passes itself). */
export interface AxisState extends AxisHost {
  readonly effectiveLayout: 'axis' | 'list' | 'story';
  readonly axisWidthNow: number;
  focusIndex: number;
  focusCluster?: number;
  axisLayout?: AxisLayout;
  /** Events placed by the last layout, and whether their labels ended at them. */
  placedBefore: Map<TimelineItem, boolean>;
  /** The window and width of the last layout. */
  laidOut?: [number, number, number];
}

/**
 * Lays out the axis for an update (or forgets it in another layout) and keeps the tab stop on
 * something it draws. What is drawn stays drawn across a zoom, a pan, a selection or a resize
 * (placed first again); after a zoom-in (or the same window, as wide or wider) it is drawn whatever
 * room it takes; a new filter or new data (`reset`) starts afresh, most-reported first.
 */
export function layOut(host: AxisState, reset: boolean): void {
  // not before the axis has a width (a widget not yet measured, or hidden)
  if (host.effectiveLayout !== 'axis' || !host.shown.length || host.axisWidthNow < 40) {
    host.axisLayout = undefined;
    host.focusCluster = undefined;
    return;
  }
  if (reset) host.placedBefore = new Map();
  else if (host.axisLayout) host.placedBefore = new Map(host.axisLayout.placed.map((p) => [p.item, p.flipped]));
  const width = host.axisWidthNow;
  const [a, b] = host.window ?? [0, 0];
  const [pa, pb, pw] = host.laidOut ?? [a, b, 0];
  const keep = !reset && a >= pa - 1e-9 && b <= pb + 1e-9 && width >= pw - 1;
  host.laidOut = [a, b, width];
  host.axisLayout = computeAxis(host, width, host.placedBefore, keep);
  const stop = tabStopOf(host.axisLayout, host.focusIndex, host.focusCluster);
  host.focusIndex = stop.index;
  host.focusCluster = stop.cluster;
}
