/**
 * What <steppe-timeline> needs only after a reader acts: the panel of the selected event (its date
 * as worded, actors, note, disagreement and sources), drag, pinch and Ctrl/⌘ + wheel on the axis,
 * and the list it prints. Its own module, which the timeline imports after its first render (most
 * readers look at the axis before they open anything), so that the code a page loads up front
 * stays small. Until it arrives (a moment after the first render) the axis has its buttons and
 * keys but no dragging, and a page printed meanwhile shows the axis or list as on screen.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../data/schema.js';
import { nameOf, type DatasetView } from '../../data/view.js';
import { displayDate } from '../../lib/dates.js';
import { disagreementStyles, docShort, renderCaveat, renderCorroboration, renderDisagreement, reportingDocs } from '../../lib/disagreement.js';
import { renderSourceDisclosure, sourceDisclosureStyles } from '../../lib/source-disclosure.js';
import type { TimelineItem } from '../../lib/timeline-model.js';

/**
 * The members of <steppe-timeline> that this module uses. They are private to the class, which
 * passes itself cast to this type (no wrapper functions: they would cost bytes up front).
 */
export interface TimelineHost {
  /** The dataset shown. */
  readonly view: DatasetView;
  /** The events after filtering, in time order. */
  readonly shown: readonly TimelineItem[];
  /** The years in view, [start, end). */
  readonly window?: [number, number];
  /** Zooms by `factor` around `centre`, from the window `from`. */
  zoom(factor: number, centre?: number, from?: [number, number]): void;
  /** Pans by a fraction of the window. */
  pan(fraction: number): void;
  /** Closes the detail panel (its ✕ button, Escape). */
  closeDetail(): void;
  /** Filters the timeline by an actor or place (the detail's actor buttons). */
  addActor(term: string): void;
}

/** The panel of the selected event. */
export function renderDetail(host: TimelineHost, event: TimelineEvent): TemplateResult {
  const view = host.view;
  const actors = [...new Set([...event.actors, ...(event.places ?? [])])];
  const handleKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      host.closeDetail();
    }
  };
  return html`<div part="detail" class="detail" role="group" aria-labelledby="detail-title" @keydown=${handleKeydown}>
    <div class="detail-head">
      <h3 class="detail-title" id="detail-title">${event.title}</h3>
      <button type="button" class="close" @click=${() => host.closeDetail()} aria-label="Close details">✕</button>
    </div>
    <p class="detail-date">
      <time datetime=${event.date.start}>${displayDate(event.date)}</time>
      ${event.date.approximate ? html`<span class="note">(approximate: the text says “${event.date.text}”)</span>` : nothing}
      ${event.date.fromPassage ? html`<span class="note">(the text says “${event.date.text}”; the date comes from its passage)</span>` : nothing}
      ${event.date.fromCitation ? html`<span class="note">(the text gives no date of its own; “${event.date.text}” is the cited report’s)</span>` : nothing}
      · <span class="kind">${event.kind}</span>
    </p>
    ${actors.length
      ? html`<p class="detail-actors">Involves:
          ${actors.map((id) => html`<button type="button" class="actor" @click=${() => host.addActor(id)} aria-label=${`Show only events involving ${nameOf(view, id)}`}>${nameOf(view, id)}</button>`)}
        </p>`
      : nothing}
    ${event.note ? html`<p class="note">Note: ${event.note}</p>` : nothing}
    ${renderCaveat(view, event)}
    ${renderDisagreement(view, event)}
    ${renderCorroboration(view, event)}
    ${renderSourceDisclosure(view, event.sources)}
  </div>`;
}

/**
 * One listener for the axis's wheel and pointer events: drag pans; two fingers pinch-zoom (touch);
 * the mouse wheel scrolls the page, only Ctrl/⌘ + wheel zooms.
 */
export function axisGestures(host: TimelineHost): EventListenerObject {
  const pointers = new Map<number, number>();
  let pinchStart: { distance: number; window: [number, number] } | undefined;
  /** How far apart two fingers are. */
  const spread = (): number => {
    const [x1, x2] = [...pointers.values()];
    return Math.abs(x2 - x1) || 1;
  };
  return {
    handleEvent(event: Event): void {
      const e = event as PointerEvent & WheelEvent;
      const axis = e.currentTarget as HTMLElement;
      const window = host.window;
      const last = pointers.get(e.pointerId);
      if (e.type === 'wheel') {
        if (!(e.ctrlKey || e.metaKey) || !window) return;
        e.preventDefault();
        const rect = axis.getBoundingClientRect();
        const [a, b] = window;
        host.zoom(e.deltaY > 0 ? 1.25 : 0.8, a + ((e.clientX - rect.left) / rect.width) * (b - a));
      } else if (e.type === 'pointerdown') {
        if ((e.target as HTMLElement).closest('button')) return;
        axis.setPointerCapture(e.pointerId);
        pointers.set(e.pointerId, e.clientX);
        if (pointers.size === 2 && window) pinchStart = { distance: spread(), window };
      } else if (e.type === 'pointermove') {
        if (last === undefined || !window) return;
        pointers.set(e.pointerId, e.clientX);
        if (pointers.size === 2 && pinchStart) {
          const [a, b] = pinchStart.window;
          host.zoom(pinchStart.distance / spread(), (a + b) / 2, pinchStart.window);
        } else if (pointers.size === 1) {
          host.pan(-(e.clientX - last) / (axis.clientWidth || 1));
        }
      } else {
        // pointerup, pointercancel
        pointers.delete(e.pointerId);
        if (pointers.size < 2) pinchStart = undefined;
      }
    },
  };
}

/** The plain list that replaces the axis (or the scrolling list) on paper. */
export function renderPrintList(host: TimelineHost): TemplateResult {
  return html`<ol class="print-list">
    ${host.shown.map((i) => html`<li><strong>${displayDate(i.event.date)}</strong>: ${i.event.title}
      <em>(${reportingDocs(i.event).map((d) => docShort(host.view, d)).join('; ')})</em></li>`)}
  </ol>`;
}

/** The panel's and the printed list's styles, adopted into a timeline's shadow root when this module arrives. */
export const detailStyles = [sourceDisclosureStyles, disagreementStyles, css`
  .detail {
    margin-top: 0.75rem;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_tl-accent);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .detail-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 1rem;
  }
  .detail-title {
    margin: 0;
    font-size: 1.05em;
  }
  .detail-date,
  .detail-actors {
    margin: 0.375em 0;
  }
  .detail-actors .actor {
    margin: 0.125em 0.25em 0.125em 0;
  }
  .note,
  .kind {
    color: var(--_muted);
  }
  .print-list {
    padding-left: 1.25em;
  }
`];
