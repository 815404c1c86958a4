/**
 * `layout="story"` of <steppe-timeline>: one event at a time, as TimelineJS readers know it. Its
 * date, whole title, "reported by N texts" or "sources disagree", each text's excerpt with the
 * document's reader's reference (every citation in full in a "Sources" disclosure), and the actors
 * as buttons that filter; Previous/Next, "3 of 12",
 * arrow keys, a swipe on touch screens; below, the story's events as a strip along time showing
 * where the story is (each a button). On paper every step is printed in order. Loaded only by a
 * timeline that asks for this layout.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../data/schema.js';
import { nameOf, type DatasetView } from '../../data/view.js';
import { excerptOf } from '../../data/excerpts.js';
import { displayDate } from '../../lib/dates.js';
import { disagreementStyles, docShort, renderCaveat, renderCorroboration, renderDisagreement, reportingDocs } from '../../lib/disagreement.js';
import { readableExcerpt } from '../../lib/reference.js';
import { renderExcerpt, renderSourceDisclosure, sourceDisclosureStyles } from '../../lib/source-disclosure.js';
import { styleProps } from '../../lib/style-props.js';
import type { TimelineItem } from '../../lib/timeline-model.js';
import { storyItems, type StorySource } from '../../lib/story-model.js';

export { storyItems };

/** The members of <steppe-timeline> the story uses (private there; the element passes itself). */
export interface StoryHost extends StorySource {
  readonly view: DatasetView;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  /** The step shown, 0-based. */
  step: number;
  readonly printing: boolean;
  addActor(term: string): void;
  /** Writes the step to the URL hash (with hash-link). */
  writeStep(): void;
}

/** Shows step `to` (clamped), written to the URL hash with hash-link; focus stays on a control. */
export async function goTo(host: StoryHost, to: number): Promise<void> {
  host.step = Math.max(0, Math.min(to, storyItems(host).items.length - 1));
  host.writeStep();
  await host.updateComplete;
  const active = (host.renderRoot as ShadowRoot).activeElement as HTMLButtonElement | null;
  // the control pressed may now be disabled (first or last step) or gone (an actor button of the
  // step before): give focus to a Previous/Next that works, so the keys keep working
  if (!active || active.disabled) host.renderRoot.querySelector<HTMLButtonElement>('.story-button:not([disabled])')?.focus();
}

function renderStep(host: StoryHost, event: TimelineEvent, headingId: string): TemplateResult {
  const view = host.view;
  const actors = [...new Set([...event.actors, ...(event.places ?? [])])];
  return html`<article part="step" class="step" aria-labelledby=${headingId}>
    <p class="step-date"><time datetime=${event.date.start}>${displayDate(event.date)}</time></p>
    <h3 class="step-title" id=${headingId}>${event.title}</h3>
    ${renderCaveat(view, event)}
    ${renderDisagreement(view, event)}
    ${renderCorroboration(view, event)}
    ${reportingDocs(event).map((doc) => {
      // each text's first passage (an endnote only when the text cites nothing else)
      const cited = event.sources.filter((c) => c.doc === doc);
      // (until the excerpts arrive, after the first render, the first citation and a status)
      const s = cited.find((c) => !/^endnote|^\d+\.\s/i.test(c.note ?? c.excerpt ?? '')) ?? cited[0];
      const excerpt = excerptOf(s);
      return html`<figure class="passage">
        ${excerpt.state === 'ready' ? html`<blockquote part="source-excerpt">${readableExcerpt(excerpt.text)}</blockquote>` : renderExcerpt(s)}
        <figcaption>— <cite part="source-title">${docShort(view, doc)}</cite>${s.says?.date ? html` <span class="muted">(this text’s date: “${s.says.date.text}”)</span>` : nothing}</figcaption>
      </figure>`;
    })}
    ${renderSourceDisclosure(view, event.sources)}
    ${actors.length
      ? html`<p class="step-actors">Involves:
          ${actors.map((id) => html`<button type="button" class="actor" @click=${() => host.addActor(id)} aria-label=${`Show only events involving ${nameOf(view, id)}`}>${nameOf(view, id)}</button>`)}
        </p>`
      : nothing}
  </article>`;
}

/** Swipes on touch screens: a horizontal move of 50 px or more turns the page. */
function swipe(host: StoryHost): EventListenerObject {
  let from: { x: number; y: number } | undefined;
  return {
    handleEvent(e: Event) {
      const p = e as PointerEvent;
      if (p.pointerType !== 'touch') return;
      if (e.type === 'pointerdown') from = { x: p.clientX, y: p.clientY };
      else if (e.type === 'pointerup' && from) {
        const dx = p.clientX - from.x;
        // from the step shown (a step from the URL may lie beyond the story's end)
        const shown = Math.min(host.step, storyItems(host).items.length - 1);
        if (Math.abs(dx) >= 50 && Math.abs(dx) > Math.abs(p.clientY - from.y)) void goTo(host, shown + (dx < 0 ? 1 : -1));
        from = undefined;
      } else from = undefined;
    },
  };
}
const swipes = new WeakMap<StoryHost, EventListenerObject>();
/** The unknown ids each story last warned about (once per change, not once per render). */
const warned = new WeakMap<StoryHost, string>();

export function renderStory(host: StoryHost): TemplateResult {
  const story = storyItems(host);
  const { items } = story;
  // an id not found while a large dataset is still being checked may be in its second pass
  const unknown = host.view.checking ? [] : story.unknown;
  const problem = unknown.join(', ');
  if (problem && warned.get(host) !== problem) console.warn(`[steppe-timeline] events: no event with the id ${unknown.map((id) => `"${id}"`).join(', ')}; the story leaves ${unknown.length === 1 ? 'it' : 'them'} out`);
  warned.set(host, problem);
  const warning = unknown.length
    ? html`<p class="story-warning" role="alert">No event with the id ${unknown.map((id, i) => html`${i ? ', ' : ''}“${id}”`)} in the data.</p>`
    : nothing;
  if (!items.length) return html`${warning}<p class="empty" role="status">No events to tell.</p>`;
  if (host.printing) {
    // on paper: every step, in order
    return html`${warning}<ol class="story-print">${items.map((item, i) => html`<li>${renderStep(host, item.event, `step-${i}`)}</li>`)}</ol>`;
  }
  const step = Math.min(Math.max(host.step, 0), items.length - 1);
  const item = items[step];
  const first = items[0].start;
  const last = Math.max(...items.map((i) => i.start));
  const position = (i: TimelineItem) => (last > first ? ((i.start - first) / (last - first)) * 100 : 50);
  let handler = swipes.get(host);
  if (!handler) swipes.set(host, (handler = swipe(host)));
  const keydown = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).matches('input, select, textarea')) return;
    const to = e.key === 'ArrowRight' ? step + 1 : e.key === 'ArrowLeft' ? step - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : undefined;
    if (to === undefined) return;
    e.preventDefault();
    goTo(host, to);
  };
  return html`${warning}<div part="story" class="story" role="group" aria-roledescription="story" aria-label=${`Story of ${items.length} events`}
      @keydown=${keydown} @pointerdown=${handler} @pointerup=${handler} @pointercancel=${handler}>
    <div class="story-nav">
      <button type="button" part="story-previous" class="story-button" ?disabled=${step === 0} @click=${() => goTo(host, step - 1)}>
        <span aria-hidden="true">◀ </span>Previous</button>
      <p part="story-progress" class="story-progress" aria-live="polite">${step + 1} of ${items.length}</p>
      <button type="button" part="story-next" class="story-button" ?disabled=${step === items.length - 1} @click=${() => goTo(host, step + 1)}>
        Next<span aria-hidden="true"> ▶</span></button>
    </div>
    ${renderStep(host, item.event, 'step-title')}
    <ol part="story-navigator" class="navigator" aria-label="Where the story is">
      ${items.map((it, i) => html`<li class=${i % 2 && position(it) - position(items[i - 1]) < 3 ? 'raised' : ''} ${styleProps({ left: `${position(it)}%` })}>
        <button type="button" class="stop ${i === step ? 'current' : ''}" aria-current=${i === step ? 'step' : nothing}
          aria-label=${`${i + 1}: ${displayDate(it.event.date)}, ${it.event.title}`} @click=${() => goTo(host, i)}></button>
      </li>`)}
    </ol>
    <p class="navigator-range" aria-hidden="true"><span>${displayDate(items[0].event.date)}</span><span>${displayDate(items.at(-1)!.event.date)}</span></p>
  </div>`;
}

export const storyStyles = [sourceDisclosureStyles, disagreementStyles, css`
  .story {
    touch-action: pan-y;
  }
  .story-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .story-progress {
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .step {
    margin: 0.75rem 0;
    padding: 0.75rem var(--_space);
    border-left: 4px solid var(--_tl-accent);
  }
  .step-date {
    margin: 0;
    color: var(--_muted);
  }
  .step-title {
    margin: 0.25em 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .passage {
    margin: 0.75em 0;
  }
  .passage blockquote {
    margin: 0;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-left: 3px solid var(--_border);
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .passage figcaption {
    margin-top: 0.25em;
    font-size: 0.9em;
  }
  .muted {
    color: var(--_muted);
  }
  .step-actors .actor {
    margin: 0.125em 0.25em 0.125em 0;
  }
  .navigator {
    position: relative;
    list-style: none;
    height: 1.5rem;
    margin: 2.25rem 0.75rem 0;
    padding: 0;
    border-top: 2px solid var(--_border);
  }
  .navigator li {
    position: absolute;
    top: -0.6rem;
    transform: translateX(-50%);
  }
  .navigator li.raised {
    top: -1.9rem;
  }
  .navigator .stop {
    width: 1.1rem;
    height: 1.1rem;
    min-width: 0;
    min-height: 0;
    padding: 0;
    border-radius: 50%;
    border: 2px solid var(--_tl-accent);
    background: var(--_bg);
  }
  .navigator .stop.current {
    background: var(--_tl-accent);
    outline: 2px solid var(--_tl-accent);
    outline-offset: 2px;
  }
  .navigator-range {
    display: flex;
    justify-content: space-between;
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .story-warning {
    color: var(--_danger);
  }
  .story-print {
    padding-left: 1.25em;
  }
`];
