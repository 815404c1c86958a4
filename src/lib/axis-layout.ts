/**
 * Where each event's label goes on the time axis: pure geometry, no DOM, so that "no two labels
 * overlap, none is cut" is a property of this module and testable on its own.
 *
 * Every label is a box: its date on one line and its whole title wrapped below it (two lines where
 * a width up to `maxWidth` allows, more for the longest titles, never an ellipsis). Boxes are placed
 * in priority order (the events most texts report first; see salience), each at the lowest height
 * where it intersects no box already placed; what finds no room within the height budget is counted
 * in a "+N" cluster at its place on the axis. Vague and long spans have a band of their own above the
 * points, so they never take the room of precisely dated events.
 */
import type { TimelineItem } from './timeline-model.js';

/** The size of a label's box, in px. */
export interface Box {
  readonly width: number;
  readonly height: number;
}

export interface Placed {
  readonly kind: 'event';
  readonly item: TimelineItem;
  /** The item's index in the list given to layoutAxis. */
  readonly index: number;
  /** Where the event is on the axis (its start). */
  readonly x: number;
  /**
   * The box's left edge: x − anchor, its dot on the event; or x + anchor − width, the label ending at
   * its event (`flipped`) near the right edge or where that finds room higher up; pushed in from
   * an edge of the axis where neither fits (its dot still drawn at x, inside the box).
   */
  readonly labelX: number;
  readonly flipped: boolean;
  /** The box's top, from the top of the lanes. */
  readonly y: number;
  readonly box: Box;
  /** A span's bar width from x (0 for a point). */
  readonly bar: number;
  /** In the band of vague and long spans. */
  readonly band: boolean;
}

export interface Cluster {
  readonly kind: 'cluster';
  readonly x: number;
  readonly y: number;
  readonly items: readonly TimelineItem[];
  readonly start: number;
  readonly end: number;
}

export interface AxisLayout {
  readonly placed: readonly Placed[];
  readonly clusters: readonly Cluster[];
  /** Height of the spans' band (0 when no span is placed). */
  readonly bandHeight: number;
  /** Height of everything: band, points and the row of clusters. */
  readonly height: number;
}

export interface AxisOptions {
  /** The size of an item's label box. */
  readonly box: (item: TimelineItem) => Box;
  /** Higher first (salience); ties in time order. */
  readonly priority?: (item: TimelineItem) => number;
  /** Items placed before the others whatever their priority (the selected event; what was placed before a zoom, a pan or a selection). */
  readonly first?: ReadonlySet<TimelineItem>;
  /** Place every `first` item even beyond the height budget (after a zoom-in: it never shows fewer). */
  readonly keepFirst?: boolean;
  /** How items were placed last time (the label's side of its event): tried first, so a zoom keeps them. */
  readonly previous?: ReadonlyMap<TimelineItem, boolean>;
  /** Items placed even beyond the height budget (the events most texts report): the axis grows for them. */
  readonly always?: (item: TimelineItem) => boolean;
  /** Height budget of the points' area and of the spans' band. */
  readonly maxHeight?: number;
  readonly bandHeight?: number;
  /** Space kept between boxes. */
  readonly gap?: number;
  /** Width of the axis slices whose unplaced items one cluster counts, and a cluster's size. */
  readonly bucket?: number;
  /** The size of a "+N" button for a count. */
  readonly clusterBox?: (count: number) => Box;
  /**
   * From a point's label box's edge to the centre of the dot drawn in it (px): the box starts that
   * far before its event (or ends that far after it), so that the dot is on the event's date.
   */
  readonly anchor?: number;
}

/** Vague and long spans go to the band: a vague date's span, or any range of a year or more. */
export const inBand = (item: TimelineItem): boolean => item.span && (item.approximate || item.end - item.start >= 1);

interface Rect {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** The lowest top in [0, limit − height] where [x1, x2) × [top, top + height) meets no rect; or undefined. */
function lowestFree(rects: readonly Rect[], x1: number, x2: number, height: number, limit: number, gap: number): number | undefined {
  const across = rects.filter((r) => r.x1 < x2 + gap && x1 < r.x2 + gap);
  const tops = [0, ...across.map((r) => r.y2 + gap)].sort((a, b) => a - b);
  for (const top of tops) {
    if (top + height > limit) return undefined;
    if (!across.some((r) => r.y1 < top + height + gap && top < r.y2 + gap)) return top;
  }
  return undefined;
}

/**
 * Lays out the items overlapping [start, end) on an axis `width` px wide (see the module comment).
 * Boxes never intersect one another or the clusters, and stay within [0, width].
 */
export function layoutAxis(
  items: readonly TimelineItem[],
  start: number,
  end: number,
  width: number,
  options: AxisOptions,
): AxisLayout {
  const { box, priority = () => 0, first = new Set(), keepFirst = false, previous = new Map(), always = () => false, maxHeight = 320, bandHeight = 120, gap = 4, bucket = 48, anchor = 0 } = options;
  const clusterBox = options.clusterBox ?? ((n: number) => ({ width: 24 + String(n).length * 9, height: 26 }));
  const scale = width / Math.max(end - start, 1e-6);
  // each item's rank worked out once, not in every comparison of the sort (a priority such as
  // salience counts an event's documents: it was most of a filter change's layout at 3,500 events)
  const order = items
    .flatMap((item, index) => (item.end > start && item.start < end ? [{ item, index, first: first.has(item), rank: priority(item) }] : []))
    .sort((a, b) => Number(b.first) - Number(a.first) || b.rank - a.rank || a.item.start - b.item.start || a.index - b.index,
  );
  const rects: { band: Rect[]; points: Rect[] } = { band: [], points: [] };
  const placed: Placed[] = [];
  const overflow: { item: TimelineItem; x: number }[] = [];
  for (const { item, index } of order) {
    const band = inBand(item);
    const x = Math.max(0, (item.start - start) * scale);
    const bar = item.span ? Math.max(Math.min(width, (item.end - start) * scale) - x, 4) : 0;
    const size = box(item);
    const w = Math.min(size.width, width);
    // a point's label starts at its event (its dot on the date), or ends there (near the right
    // edge, or where that finds room higher up); a span's label starts on its bar (or as far right
    // as it fits)
    const list = band ? rects.band : rects.points;
    // what must be drawn (the most-reported; the selected; after a zoom-in, what was drawn before)
    // may grow the axis
    const limit = always(item) || (keepFirst && first.has(item)) ? Infinity : band ? bandHeight : maxHeight;
    const options: { labelX: number; flipped: boolean }[] = band
      ? [{ labelX: Math.max(0, Math.min(x, width - w)), flipped: false }]
      : [
          ...(x - anchor >= 0 && x - anchor + w <= width ? [{ labelX: x - anchor, flipped: false }] : []),
          ...(x + anchor - w >= 0 && x + anchor <= width ? [{ labelX: x + anchor - w, flipped: true }] : []),
        ];
    if (!options.length) options.push({ labelX: Math.max(0, Math.min(x - anchor, width - w)), flipped: false });
    // a label keeps the side it had before a zoom or a selection if it still fits there
    const side = previous.get(item);
    if (side !== undefined) options.sort((p, q) => Number(q.flipped === side) - Number(p.flipped === side));
    let best: { labelX: number; flipped: boolean; top: number; x1: number; x2: number } | undefined;
    for (const o of options) {
      const x1 = Math.min(o.labelX, x);
      const x2 = Math.max(o.labelX + w, x + bar);
      const top = lowestFree(list, x1, x2, size.height, limit, gap);
      if (top !== undefined && (!best || top < best.top)) best = { ...o, top, x1, x2 };
      if (best && side !== undefined) break;
    }
    if (!best) {
      overflow.push({ item, x });
      continue;
    }
    list.push({ x1: best.x1, x2: best.x2, y1: best.top, y2: best.top + size.height });
    placed.push({ kind: 'event', item, index, x, labelX: best.labelX, flipped: best.flipped, y: best.top, box: { width: w, height: size.height }, bar, band });
  }
  const usedBand = Math.max(0, ...rects.band.map((r) => r.y2));
  const band = usedBand ? usedBand + gap * 2 : 0;
  const pointsHeight = Math.max(0, ...rects.points.map((r) => r.y2));
  const shifted = placed.map((p) => (p.band ? p : { ...p, y: p.y + band }));

  // one "+N" per slice of the axis, in a row under the points; never on top of each other
  const buckets = new Map<number, TimelineItem[]>();
  for (const { item, x } of overflow) {
    const b = Math.floor(Math.min(x, width - 1) / bucket);
    const list = buckets.get(b);
    if (list) list.push(item);
    else buckets.set(b, [item]);
  }
  const clusterY = band + pointsHeight + (pointsHeight ? gap * 2 : 0);
  const clusters: Cluster[] = [];
  for (const [b, list] of [...buckets.entries()].sort((p, q) => p[0] - q[0])) {
    const previous = clusters.at(-1);
    const x = Math.max(b * bucket, previous ? previous.x + clusterBox(previous.items.length).width + gap : 0);
    if (x + clusterBox(list.length).width > width) {
      if (previous) {
        // no room left at the right edge: the last cluster counts these too
        clusters[clusters.length - 1] = clusterOf([...previous.items, ...list], previous.x, clusterY);
        continue;
      }
      clusters.push(clusterOf(list, Math.max(0, width - clusterBox(list.length).width), clusterY));
      continue;
    }
    clusters.push(clusterOf(list, x, clusterY));
  }
  const height = clusterY + (clusters.length ? Math.max(...clusters.map((c) => clusterBox(c.items.length).height)) : 0);
  return { placed: shifted.sort((p, q) => p.x - q.x || p.index - q.index), clusters, bandHeight: band, height: Math.max(height, band + pointsHeight) };
}

const clusterOf = (items: readonly TimelineItem[], x: number, y: number): Cluster => ({
  kind: 'cluster',
  x,
  y,
  items: [...items].sort((a, b) => a.start - b.start),
  start: Math.min(...items.map((i) => i.start)),
  end: Math.max(...items.map((i) => i.end)),
});

/** Measures a string's width in px (a canvas's measureText, in tests anything). */
export type Measure = (text: string) => number;

/** How many lines `text` takes when wrapped at spaces within `width` px. */
export function lineCount(text: string, width: number, measure: Measure): number {
  const words = text.split(/\s+/).filter(Boolean);
  const space = measure(' ');
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = measure(word);
    if (used && used + space + w > width) {
      lines++;
      used = w;
    } else used += (used ? space : 0) + w;
  }
  return lines;
}

export interface LabelMetrics {
  /** The text widths of the date line (date and marker) and of the title. */
  readonly measureDate: Measure;
  readonly measureTitle: Measure;
  readonly lineHeight: number;
  /** Horizontal and vertical padding and border inside the box, in all. */
  readonly padX: number;
  readonly padY: number;
  readonly minWidth: number;
  readonly maxWidth: number;
}

/**
 * A label's box: wide enough for its date line, and for its title on two lines where `maxWidth`
 * allows (more lines for longer titles); a little spare width so that the browser's own wrapping,
 * which may differ by a pixel from the measurement, never needs another line.
 */
export function labelBox(date: string, title: string, m: LabelMetrics): Box {
  const spare = 6;
  // the title's width as its lines are counted: its words and the spaces between them (each word
  // measured once, and shared by every title that has it)
  const words = title.split(/\s+/).filter(Boolean).map((w) => m.measureTitle(w));
  const titleWidth = words.reduce((sum, w) => sum + w, 0) + Math.max(words.length - 1, 0) * m.measureTitle(' ');
  const dateWidth = m.measureDate(date);
  const longest = Math.max(...words, 0);
  let inner = Math.max(dateWidth, longest, Math.min(titleWidth, Math.max(titleWidth / 2 + longest / 2, m.minWidth - m.padX)));
  inner = Math.min(Math.max(inner, m.minWidth - m.padX), m.maxWidth - m.padX);
  const lines = lineCount(title, inner, m.measureTitle);
  return { width: Math.ceil(inner + spare + m.padX), height: Math.ceil((lines + 1) * m.lineHeight + m.padY) };
}
