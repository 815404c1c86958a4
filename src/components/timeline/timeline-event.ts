/**
 * The button every layout of <steppe-timeline> draws for an event: marker, date as readers read
 * it, whole title, ⚠ where the texts disagree; one tab stop for the whole set (roving tabindex),
 * except in an opened "+N" list, where each event is a tab stop of its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isDisputed } from '../../lib/claims.js';
import { approximateMark, displayDate } from '../../lib/dates.js';
import { styleProps } from '../../lib/style-props.js';
import type { TimelineItem } from '../../lib/timeline-model.js';

/** What the button reads of its timeline (the element passes itself). */
export interface EventHost {
  readonly selected: string;
  focusIndex: number;
  /** The axis's "+N" that holds the tab stop instead of an event. */
  focusCluster?: number;
  selectIndex(index: number): void;
}

export function renderEventButton(host: EventHost, item: TimelineItem, index: number, style?: Record<string, string>, tabbable = false): TemplateResult {
  const e = item.event;
  const disputed = isDisputed(e);
  return html`<button
    type="button"
    part=${`event${item.span ? ' event--span' : ''}${item.approximate ? ' event--approximate' : ''}${e.id === host.selected ? ' event--selected' : ''}${disputed ? ' event--disputed' : ''}${index === host.focusIndex ? ' event--focused' : ''}`}
    class="event"
    ${styleProps(style ?? {})}
    data-index=${index}
    tabindex=${tabbable || (index === host.focusIndex && host.focusCluster === undefined) ? 0 : -1}
    aria-current=${e.id === host.selected ? 'true' : nothing}
    aria-label=${`${displayDate(e.date)}${item.approximate ? ' (approximate)' : ''}: ${e.title}${disputed ? '; sources disagree' : ''}`}
    @click=${() => host.selectIndex(index)}
    @focus=${() => {
      host.focusIndex = index;
      host.focusCluster = undefined;
    }}
  >
    <span class="marker" aria-hidden="true"></span>
    <span class="date">${approximateMark(e.date, item.approximate)}${displayDate(e.date)}</span>
    <span class="title">${e.title}</span>${disputed ? html`<span class="disputed" aria-hidden="true"> ⚠</span>` : nothing}
  </button>`;
}
