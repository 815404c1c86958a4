/**
 * The panel of the selected event: its date as worded, actors, note, disagreement and sources.
 * Its own module, which <steppe-timeline> imports after its first render (most readers look at
 * the axis before they open an event), so that the code a page loads up front stays small.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../data/schema.js';
import { nameOf, type DatasetView } from '../../data/view.js';
import { displayDate } from '../../lib/dates.js';
import { disagreementStyles, renderDisagreement } from '../../lib/disagreement.js';
import { renderSourceDisclosure, sourceDisclosureStyles } from '../../lib/source-disclosure.js';

/** What the panel asks of its timeline. */
export interface DetailActions {
  /** Closes the panel (the ✕ button, Escape). */
  close(): void;
  /** Filters the timeline by an actor or place (the actor buttons). */
  addActor(id: string): void;
}

export function renderDetail(view: DatasetView, event: TimelineEvent, actions: DetailActions): TemplateResult {
  const actors = [...new Set([...event.actors, ...(event.places ?? [])])];
  const handleKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      actions.close();
    }
  };
  return html`<div part="detail" class="detail" role="group" aria-labelledby="detail-title" @keydown=${handleKeydown}>
    <div class="detail-head">
      <h3 class="detail-title" id="detail-title">${event.title}</h3>
      <button type="button" class="close" @click=${() => actions.close()} aria-label="Close details">✕</button>
    </div>
    <p class="detail-date">
      <time datetime=${event.date.start}>${displayDate(event.date)}</time>
      ${event.date.approximate ? html`<span class="note">(approximate: the text says “${event.date.text}”)</span>` : nothing}
      ${event.date.fromPassage ? html`<span class="note">(the text says “${event.date.text}”; the date comes from its passage)</span>` : nothing}
      · <span class="kind">${event.kind}</span>
    </p>
    ${actors.length
      ? html`<p class="detail-actors">Involves:
          ${actors.map((id) => html`<button type="button" class="actor" @click=${() => actions.addActor(id)} aria-label=${`Show only events involving ${nameOf(view, id)}`}>${nameOf(view, id)}</button>`)}
        </p>`
      : nothing}
    ${event.note ? html`<p class="note">Note: ${event.note}</p>` : nothing}
    ${renderDisagreement(view, event)}
    ${renderSourceDisclosure(view, event.sources)}
  </div>`;
}

/** The panel's styles, adopted into a timeline's shadow root when this module arrives. */
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
`];
