/**
 * The keyboard of <steppe-timeline>. One tab stop for the events (roving). On the axis, arrows and
 * Home/End walk what is drawn (placed events and "+N" clusters) in time order, +/− zoom and
 * Shift+arrows pan; in the list, arrows, Home/End and PageUp/PageDown move through every event.
 * Escape closes the detail. A polite live region announces where focus went.
 */
import type { TimelineItem } from '../../lib/timeline-model.js';
import type { AxisLayout } from '../../lib/axis-layout.js';
import { displayDate } from '../../lib/dates.js';
import { rowOf, YEAR_ROW, type ListHost } from './timeline-list.js';
import { stops } from './timeline-axis.js';

/** The members of <steppe-timeline> the keyboard uses (private there; the element passes itself). */
export interface KeysHost extends ListHost {
  readonly effectiveLayout: 'axis' | 'list' | 'story';
  readonly selected: string;
  readonly axisLayout?: AxisLayout;
  readonly scroller?: HTMLElement;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  focusIndex: number;
  focusCluster?: number;
  window?: [number, number];
  announcement: string;
  keyboardMove: boolean;
  listScrollTop: number;
  viewportHeight: number;
  pan(fraction: number): void;
  zoom(factor: number): void;
  closeDetail(): void;
  closeExpanded(): Promise<void>;
}

/** Pans the axis to centre `item` if it is out of view (an event drawn in the window stays put). */
export function centreOn(host: KeysHost, item: TimelineItem | undefined): void {
  if (!item || !host.window) return;
  const [a, b] = host.window;
  if (item.end <= a || item.start >= b) {
    const half = (b - a) / 2;
    host.window = [item.start - half, item.start + half];
    host.keyboardMove = true;
  }
}

/** After a zoom or pan on the axis, the tab stop moves to the first event in view if it left it. */
export function anchorFocus(host: KeysHost): void {
  if (!host.window) return;
  const [a, b] = host.window;
  const inView = (it?: TimelineItem) => it !== undefined && it.end > a && it.start < b;
  if (inView(host.shown[host.focusIndex])) return;
  const first = host.shown.findIndex(inView);
  if (first >= 0) host.focusIndex = first;
}

/** Focuses event `index` (or, with `current`, whatever the tab stop is after the update). */
export async function focusEvent(host: KeysHost, index: number, current = false): Promise<void> {
  await host.updateComplete;
  if (current) index = host.focusIndex;
  const scroller = host.scroller;
  if (host.effectiveLayout === 'list' && scroller) {
    // bring the row into the rendered window first, then focus it
    const row = rowOf(host, index);
    if (row) {
      const viewTop = scroller.scrollTop;
      const viewBottom = viewTop + scroller.clientHeight;
      const height = row.height;
      if (row.top < viewTop + host.px(YEAR_ROW)) scroller.scrollTop = Math.max(0, row.top - host.px(YEAR_ROW));
      else if (row.top + height > viewBottom) scroller.scrollTop = row.top + height - scroller.clientHeight;
      host.listScrollTop = scroller.scrollTop;
      host.viewportHeight = scroller.clientHeight || host.viewportHeight;
      await host.updateComplete;
    }
  }
  host.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus({ preventScroll: true });
}

const announce = (host: KeysHost, i: number): void => {
  const item = host.shown[i];
  host.announcement = `${displayDate(item.event.date)}: ${item.event.title} (${i + 1} of ${host.shown.length})`;
};

/** In the list: moves the tab stop to event `index` (clamped). */
async function moveFocus(host: KeysHost, index: number): Promise<void> {
  if (!host.shown.length) return;
  const i = Math.max(0, Math.min(host.shown.length - 1, index));
  host.focusIndex = i;
  if (host.effectiveLayout === 'axis') centreOn(host, host.shown[i]);
  announce(host, i);
  await focusEvent(host, i);
}

/** On the axis: moves the tab stop among the placed events and "+N" clusters, in time order. */
async function moveStop(host: KeysHost, by: number): Promise<void> {
  const list = stops(host.axisLayout);
  if (!list.length) return;
  const at = list.findIndex((s) => (s.kind === 'cluster' ? s.x === host.focusCluster : host.focusCluster === undefined && s.index === host.focusIndex));
  const next = list[Math.max(0, Math.min(list.length - 1, by === Infinity ? list.length - 1 : by === -Infinity ? 0 : at + by))];
  host.keyboardMove = true;
  if (next.kind === 'cluster') {
    host.focusCluster = next.x;
    const c = host.axisLayout!.clusters.find((k) => k.x === next.x)!;
    host.announcement = `${c.items.length} more events around ${Math.floor(c.start)}`;
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>(`[data-cluster="${next.x}"]`)?.focus({ preventScroll: true });
    return;
  }
  host.focusCluster = undefined;
  announce(host, next.index);
  await focusEvent(host, next.index);
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };

export function keydown(host: KeysHost, e: KeyboardEvent): void {
  // leave the browser's own shortcuts alone (Ctrl/⌘ +/− page zoom, Alt+← back)
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  // an opened "+N" list is walked with Tab; Escape closes it (its ✕ does too)
  if ((e.target as Element | null)?.closest?.('.expanded')) {
    if (e.key === 'Escape') {
      e.preventDefault();
      host.closeExpanded();
    }
    return;
  }
  const axis = host.effectiveLayout === 'axis';
  if (axis && !e.shiftKey && e.key in STEPS) void moveStop(host, STEPS[e.key]);
  else if (axis && e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    host.pan(e.key === 'ArrowLeft' ? -0.25 : 0.25);
    void focusEvent(host, host.focusIndex, true);
  } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') void moveFocus(host, host.focusIndex + 1);
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') void moveFocus(host, host.focusIndex - 1);
  else if (e.key === 'Home') void moveFocus(host, 0);
  else if (e.key === 'End') void moveFocus(host, host.shown.length - 1);
  else if (e.key === 'PageDown') void moveFocus(host, host.focusIndex + 10);
  else if (e.key === 'PageUp') void moveFocus(host, host.focusIndex - 10);
  else if (axis && (e.key === '+' || e.key === '=')) {
    host.zoom(0.5);
    void focusEvent(host, host.focusIndex, true);
  } else if (axis && (e.key === '-' || e.key === '_')) {
    host.zoom(2);
    void focusEvent(host, host.focusIndex, true);
  } else if (e.key === 'Escape' && host.selected) host.closeDetail();
  else return;
  e.preventDefault();
}
