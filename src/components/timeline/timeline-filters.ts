/**
 * The filter bar of <steppe-timeline>: search, kind, document and actor fields; the active filters
 * as chips a reader removes; and a line that says how they combine ("every filter applies"), with
 * the choice of "all of" or "any of" for several actors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { EVENT_KINDS } from '../../data/vocab.js';
import { nameOf, type DatasetView } from '../../data/view.js';
import { docShort } from '../../lib/claims.js';
import { compareText } from '../../lib/locale.js';
import { shortReference } from '../../lib/reference.js';
import { parseList, resolveActor, type TimelineItem } from '../../lib/timeline-model.js';

/** The timeline's filter properties and what the bar needs besides (the element passes itself). */
export interface FiltersHost {
  actors: string;
  actorsMatch?: 'all' | 'any';
  kinds: string;
  themes: string;
  sources: string;
  query: string;
  from: string;
  to: string;
  /** An actor a sibling widget selected (linked views). */
  linkedActor: string;
  readonly actorMessage: string;
  /** The actor field has had the focus: its list of names is filled (sorting them loads the browser's collation data). */
  actorNamesWanted: boolean;
  readonly view: DatasetView;
  readonly allItems: readonly TimelineItem[];
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  addActor(term: string): void;
}

/** A removed chip takes its focus with it: give it to the search field. */
async function focusSearch(host: FiltersHost): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}

function clearFilters(host: FiltersHost): void {
  host.actors = host.kinds = host.themes = host.sources = host.query = host.from = host.to = '';
  host.linkedActor = '';
  void focusSearch(host);
}

/** Says how the filters combine, and lets a reader choose "all of" or "any of" for several actors. */
function renderCombine(host: FiltersHost, count: number): TemplateResult {
  const actors = parseList(host.actors).length + (host.linkedActor ? 1 : 0);
  return html`${count > 1 ? 'Every filter applies' : 'Filtered'}${actors > 1
    ? html`; actors: <select aria-label="How the actors combine" @change=${(e: Event) => (host.actorsMatch = (e.target as HTMLSelectElement).value as 'all' | 'any')}>
        <option value="all" ?selected=${host.actorsMatch !== 'any'}>events involving all of them</option>
        <option value="any" ?selected=${host.actorsMatch === 'any'}>events involving any of them</option>
      </select>`
    : nothing}.`;
}

/**
 * The kinds the events have, and their actors' names sorted (only once asked for: the actor
 * field's suggestions): the same until the events change (a new dataset makes a new list of
 * items), so worked out once for them, not at every render (a filter change at 3,500 events spent
 * a millisecond here).
 */
const choicesOf = new WeakMap<readonly TimelineItem[], { kinds: readonly string[]; actorNames?: readonly string[] }>();

function choices(view: DatasetView, items: readonly TimelineItem[], withNames: boolean): { kinds: readonly string[]; actorNames?: readonly string[] } {
  let found = choicesOf.get(items);
  if (!found) {
    const present = new Set(items.map(({ event }) => event.kind));
    found = { kinds: EVENT_KINDS.filter((k) => present.has(k)) };
    choicesOf.set(items, found);
  }
  if (withNames && !found.actorNames) {
    const actorIds = new Set(items.flatMap(({ event }) => event.actors));
    found.actorNames = [...actorIds].map((id) => nameOf(view, id)).sort(compareText);
  }
  return found;
}

export function renderFilters(host: FiltersHost): TemplateResult {
  const view = host.view;
  const { kinds: kindsPresent, actorNames = [] } = choices(view, host.allItems, host.actorNamesWanted);
  const kinds = parseList(host.kinds);
  const docs = parseList(host.sources);
  const chips: { label: string; remove: () => void }[] = [
    ...parseList(host.actors).map((a) => ({
      label: `Actor: ${resolveActor(view, a).map((id) => nameOf(view, id))[0] ?? a}`,
      remove: () => (host.actors = parseList(host.actors).filter((x) => x !== a).join(', ')),
    })),
    ...(host.linkedActor ? [{ label: `Linked: ${nameOf(view, host.linkedActor)}`, remove: () => (host.linkedActor = '') }] : []),
    ...parseList(host.themes).map((t) => ({ label: `Theme: ${t}`, remove: () => (host.themes = parseList(host.themes).filter((x) => x !== t).join(', ')) })),
    ...(kinds.length > 1 ? kinds.map((k) => ({ label: `Kind: ${k}`, remove: () => (host.kinds = kinds.filter((x) => x !== k).join(', ')) })) : []),
    ...(docs.length > 1 || (docs.length === 1 && !view.dataset.sources.some((x) => x.id === docs[0]))
      ? docs.map((d) => ({ label: `Document: ${docShort(view, d)}`, remove: () => (host.sources = docs.filter((x) => x !== d).join(', ')) }))
      : []),
    ...(host.from ? [{ label: `From ${host.from}`, remove: () => (host.from = '') }] : []),
    ...(host.to ? [{ label: `To ${host.to}`, remove: () => (host.to = '') }] : []),
  ];
  return html`<div part="filters" class="filters">
    <label class="field">Search
      <input type="search" .value=${host.query} @input=${(e: Event) => (host.query = (e.target as HTMLInputElement).value)} />
    </label>
    <label class="field">Kind
      <select @change=${(e: Event) => (host.kinds = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!kinds.length}>All kinds</option>
        ${kindsPresent.map((k) => html`<option value=${k} ?selected=${kinds.length === 1 && kinds[0] === k}>${k}</option>`)}
      </select>
    </label>
    <label class="field">Document
      <select @change=${(e: Event) => (host.sources = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!docs.length}>All documents</option>
        ${view.dataset.sources.map((s) => html`<option value=${s.id} ?selected=${docs.length === 1 && docs[0] === s.id}>${shortReference(s)}</option>`)}
      </select>
    </label>
    <label class="field">Actor
      <input list="actor-names" placeholder="e.g. China, EEU, Tokayev" @focus=${() => (host.actorNamesWanted = true)}
        @change=${(e: Event) => { const input = e.target as HTMLInputElement; host.addActor(input.value); input.value = ''; }} />
      <datalist id="actor-names">${actorNames.map((n) => html`<option value=${n}></option>`)}</datalist>
    </label>
    ${chips.length || kinds.length || docs.length || host.query
      ? html`<button type="button" class="clear" @click=${() => clearFilters(host)}>Clear filters</button>`
      : nothing}
    ${host.actorMessage ? html`<p class="actor-message" role="alert">${host.actorMessage}</p>` : nothing}
    ${chips.length
      ? html`<p class="combine" id="combine">${renderCombine(host, chips.length)}</p>
        <ul class="chips" aria-label="Active filters" aria-describedby="combine">
          ${chips.map((c) => html`<li><button type="button" part="chip" class="chip" aria-label=${`Remove filter ${c.label}`} @click=${() => { c.remove(); void focusSearch(host); }}>${c.label} <span aria-hidden="true">✕</span></button></li>`)}
        </ul>`
      : nothing}
  </div>`;
}
