/**
 * The list layout of <steppe-timeline> (narrow containers): events grouped by year, each row as
 * tall as its whole title (counted from the title's width and font, read off a drawn row), with
 * every row's place worked out beforehand so that only the rows in view exist (10,000 events stay
 * quick). Sizes in px are for a 16 px font and grow with a larger inherited font (the host's `px`).
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isDisputed } from '../../lib/claims.js';
import { styleProps } from '../../lib/style-props.js';
import { groupByYear, type TimelineItem } from '../../lib/timeline-model.js';

export const YEAR_ROW = 36;
const EVENT_ROW = 52;
/** Below this width a list row stacks its date above its title, and is taller for it. */
export const STACK_BELOW = 480;
const STACKED_EVENT_ROW = 66;
/** Rows rendered beyond the visible ones, above and below, in px. */
const OVERSCAN = 400;

/** A title's lines in a list row: its width and font, as measured on a drawn row. */
export interface TitleMetrics {
  /** The width a title has in a row without the ⚠ of a disputed event, px. */
  readonly width: number;
  /** What the ⚠ takes from it, px. */
  readonly flag: number;
  readonly lineHeight: number;
  /** How many lines `text` takes in `width` px. */
  readonly lines: (text: string, width: number) => number;
}

/** What the list reads of its timeline (the element passes itself). */
export interface ListHost {
  /** Undefined until a row has been drawn and measured: every title then counts two lines. */
  readonly titleMetrics?: TitleMetrics;
  readonly shown: readonly TimelineItem[];
  readonly focusIndex: number;
  /** Whether rows put the date above the title (a narrow container). */
  readonly stacked: boolean;
  readonly listScrollTop: number;
  readonly viewportHeight: number;
  readonly handleKeydown: (e: KeyboardEvent) => void;
  readonly handleScroll: (e: Event) => void;
  px(size: number): number;
  renderEventButton(item: TimelineItem, index: number): TemplateResult;
}

type Row = { kind: 'year'; label: string; count: number; top: number; height: number } | { kind: 'event'; index: number; top: number; height: number };

/** The height of an event row whose title takes two lines (or one): the shortest row. */
export const eventRow = (host: ListHost): number => host.px(host.stacked ? STACKED_EVENT_ROW : EVENT_ROW);

/** An event's row: the shortest row, and a line more for each line of its title beyond two. */
function rowHeight(host: ListHost, item: TimelineItem, base: number): number {
  const m = host.titleMetrics;
  if (!m) return base;
  const lines = m.lines(item.event.title, m.width - (isDisputed(item.event) ? m.flag : 0));
  return base + Math.max(0, lines - 2) * m.lineHeight;
}

/** Year headings and events with their offsets, computed once per filtered list, row height and title width. */
const cache = new WeakMap<ListHost, { for: readonly TimelineItem[]; eventRow: number; yearRow: number; metrics?: TitleMetrics; rows: Row[]; height: number }>();
function rows(host: ListHost): { rows: Row[]; height: number } {
  const row = eventRow(host);
  const yearRow = host.px(YEAR_ROW);
  const metrics = host.titleMetrics;
  const cached = cache.get(host);
  if (cached?.for === host.shown && cached.eventRow === row && cached.yearRow === yearRow && cached.metrics === metrics) return cached;
  const out: Row[] = [];
  let index = 0;
  let top = 0;
  for (const group of groupByYear(host.shown)) {
    out.push({ kind: 'year', label: group.label, count: group.items.length, top, height: yearRow });
    top += yearRow;
    for (const item of group.items) {
      const height = rowHeight(host, item, row);
      out.push({ kind: 'event', index: index++, top, height });
      top += height;
    }
  }
  const result = { for: host.shown, eventRow: row, yearRow, metrics, rows: out, height: top };
  cache.set(host, result);
  return result;
}

/** The row of event `index`. */
export const rowOf = (host: ListHost, index: number): Row | undefined =>
  rows(host).rows.find((r) => r.kind === 'event' && r.index === index);

export function renderList(host: ListHost): TemplateResult {
  const { rows: all, height } = rows(host);
  const lo = host.listScrollTop - OVERSCAN;
  const hi = host.listScrollTop + host.viewportHeight + OVERSCAN;
  // always render the roving tab stop, so Tab can enter the list wherever it is scrolled
  const visible = all.filter((r) => (r.top + r.height >= lo && r.top <= hi) || (r.kind === 'event' && r.index === host.focusIndex));
  return html`<div part="list" class="scroller" @scroll=${host.handleScroll} @keydown=${host.handleKeydown}>
    <div class="rows" role="list" aria-label=${`${host.shown.length} events by year`} ${styleProps({ height: `${height}px` })}>
      ${repeat(visible, (r) => (r.kind === 'year' ? `y${r.label}` : host.shown[r.index].event.id), (r) =>
        r.kind === 'year'
          ? html`<div role="listitem" class="row" ${styleProps({ top: `${r.top}px`, height: `${host.px(YEAR_ROW)}px` })}>
              <h3 part="year" class="year">${r.label} <span class="year-count">(${r.count})</span></h3>
            </div>`
          : html`<div role="listitem" class="row" aria-setsize=${host.shown.length} aria-posinset=${r.index + 1}
              ${styleProps({ top: `${r.top}px`, height: `${r.height}px` })}>${host.renderEventButton(host.shown[r.index], r.index)}</div>`,
      )}
    </div>
  </div>`;
}

/**
 * The list as a server can give it, with no width or scroll position to go by: every shown event
 * by year, in the normal flow of the list's scroll box. The widget shows it until it has measured
 * itself (then its axis or its windowed list), so that a server-rendered page reads without script.
 */
export function renderFlowList(host: ListHost): TemplateResult {
  let index = 0;
  return html`<div part="list" class="scroller flow">
    <div class="rows" role="list" aria-label=${`${host.shown.length} events by year`}>
      ${groupByYear(host.shown).map((group) => html`<div role="listitem" class="flow-row">
          <h3 part="year" class="year">${group.label} <span class="year-count">(${group.items.length})</span></h3>
        </div>
        ${group.items.map((item) => html`<div role="listitem" class="flow-row">${host.renderEventButton(item, index++)}</div>`)}`)}
    </div>
  </div>`;
}
