import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';

import { events } from '../../data/collections/events.js';
import { organizationNames } from '../../data/collections/organization-names.js';
import { peopleNames } from '../../data/collections/people-names.js';
import { placeNames } from '../../data/collections/place-names.js';
import { sources } from '../../data/collections/sources.js';
import type { TimelineEvent } from '../../data/schema.js';
import { createView, withExcerpts, type DatasetView } from '../../data/view.js';
import { defineElement } from '../../lib/define.js';
import { SteppeSelectEvent } from '../../lib/events.js';
import { hostStyles, panelStyles } from '../../lib/host-styles.js';
import { SteppeElement } from '../../lib/steppe-element.js';
import { formatCount } from '../../lib/locale.js';
import { WidthController } from '../../lib/width-controller.js';
import { InnerSizeController } from '../../lib/inner-size-controller.js';
import { docsOf, renderSourceLine, sourceLineStyles } from '../../lib/source-line.js';
import {
  byTime, extent, filterItems, initialWindow, itemOf, panWindow, parseList, resolveActor, timelineFilterOf, zoomWindow,
  type TimelineFilter, type TimelineItem,
} from '../../lib/timeline-model.js';
import { lineCount, type AxisLayout } from '../../lib/axis-layout.js';
import { layOut, measurer, renderAxis, type AxisHost, type AxisState } from './timeline-axis.js';
import { STACK_BELOW, YEAR_ROW, renderFlowList, renderList, rowOf, type ListHost, type TitleMetrics } from './timeline-list.js';
import { renderFilters, type FiltersHost } from './timeline-filters.js';
import { anchorFocus, centreOn, focusEvent, keydown, type KeysHost } from './timeline-keys.js';
import { readHash, writeHash, writeStep, type HashHost } from './timeline-hash.js';
import { renderEventButton, type EventHost } from './timeline-event.js';
import { loadDetail, loadStory, type DetailModule, type PartsHost, type StoryModule } from './timeline-parts.js';
import { styles } from './timeline.styles.js';

type StoryHost = import('./timeline-story.js').StoryHost;
type TimelineHost = import('./timeline-detail.js').TimelineHost;

// actors by name only: the timeline shows and finds people, organizations and places by their names
let embeddedView: DatasetView | undefined;
const embedded = (): DatasetView =>
  (embeddedView = withExcerpts(embeddedView ?? createView({ events: events(), people: peopleNames(), organizations: organizationNames(), places: placeNames(), sources: sources() }, 'embedded')));

/** Below this container width the axis becomes a list grouped by year. */
const LIST_BELOW = 640;


/**
 * @summary Every dated event of the texts on a zoomable time axis (a list by year in narrow places), filterable, keyboard-navigable, each event with its sources.
 * @tag steppe-timeline
 *
 * @fires {SteppeSelectEvent} steppe-select - A reader selected an event (`recordType` "event") or an actor to follow ("actor"); `recordId` names it, '' when cleared.
 *
 * @csspart base - The section around the whole widget.
 * @csspart heading - The widget's heading.
 * @csspart count - The "Showing N of M events" line.
 * @csspart filters - The filter bar.
 * @csspart chip - An active filter (a button that removes it).
 * @csspart axis - The time axis (wide layout).
 * @csspart tick - A year label on the axis.
 * @csspart list - The list of events by year (narrow layout).
 * @csspart year - A year heading in the list.
 * @csspart event - An event button; with modifiers event--span, event--approximate, event--selected, event--disputed.
 * @csspart event--span - An event with a range of dates (drawn as a bar).
 * @csspart event--approximate - An event with a vague date.
 * @csspart event--selected - The selected event.
 * @csspart event--disputed - An event whose sources disagree.
 * @csspart event--focused - The event that has (or gets) keyboard focus.
 * @csspart cluster - A "+N" button for events that do not fit; it lists them under the axis.
 * @csspart story - The story layout (layout="story").
 * @csspart story-previous - The story's Previous button.
 * @csspart story-next - The story's Next button.
 * @csspart story-progress - The story's "3 of 12".
 * @csspart story-navigator - The strip of the story's events along time, the current one marked.
 * @csspart step - The event the story shows.
 * @csspart corroboration - "Reported by N texts".
 * @csspart caveat - A text's own slip, flagged.
 * @csspart zoom - The zoom and pan buttons.
 * @csspart source-line - The line naming the documents the view draws on.
 * @csspart detail - The panel with the selected event, its actors and sources.
 * @csspart disagreement - The "Sources disagree" box in the detail.
 * @csspart source - A source disclosure; also source-summary, source-list, source-item, source-title, source-excerpt.
 * @csspart source-summary - The "Source" toggle of a disclosure.
 * @csspart source-list - The list of citations in a disclosure.
 * @csspart source-item - One citation.
 * @csspart source-title - A cited document's title.
 * @csspart source-excerpt - The verbatim excerpt.
 *
 * @cssprop --steppe-timeline-accent - Colour of events and ranges; falls back to --steppe-accent.
 * @cssprop --steppe-timeline-height - Maximum height of the scrolling list (narrow; a shorter list takes only its rows' height); default 24rem. The axis takes the height its labels need, about 30rem.
 */
export class SteppeTimeline extends SteppeElement {
  // declared without decorators (smaller: the code every page loads before its first render)
  static override properties: PropertyDeclarations = {
    actors: { reflect: true },
    actorsMatch: { attribute: 'actors-match', reflect: true },
    kinds: { reflect: true },
    themes: { reflect: true },
    sources: { reflect: true },
    query: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    selected: { reflect: true },
    hashLink: { type: Boolean, attribute: 'hash-link' },
    layout: {},
    events: { reflect: true },
    heading: {},
    noFilters: { type: Boolean, attribute: 'no-filters' },
    focusIndex: { state: true },
    window: { state: true },
    announcement: { state: true },
    actorMessage: { state: true },
    actorNamesWanted: { state: true },
    printing: { state: true },
    linkedActor: { state: true },
    expanded: { state: true },
    step: { state: true },
    story: { state: true },
    storyFailed: { state: true },
    focusCluster: { state: true },
    detail: { state: true },
    detailFailed: { state: true },
    listScrollTop: { state: true },
    viewportHeight: { state: true },
    axisWidth: { state: true },
  };

  /** @internal */
  protected override embedPage = 'timeline';

  static override styles = [hostStyles, panelStyles, sourceLineStyles, styles];

  /** Only events involving these actors: ids or names (any alias), comma-separated. */
  actors = '';
  /** How several actors combine: `all` (the default: events involving every one of them) or `any` (at least one). */
  actorsMatch?: 'all' | 'any';
  /** Only these kinds of event (founding, treaty, summit, …), comma-separated. */
  kinds = '';
  /** Only events with one of these themes (eaeu, bri, sco, energy, …), comma-separated. */
  themes = '';
  /** Only events cited from these documents: file names or their number ("004"), comma-separated. */
  sources = '';
  /** Free text: every word must occur in the title, date, actors' names or excerpts. */
  query = '';
  /** First year (or YYYY-MM[-DD]) shown. */
  from = '';
  /** Last year (or YYYY-MM[-DD]) shown. */
  to = '';
  /** Id of the selected event; its detail is open. */
  selected = '';
  /** Reads and writes the selected event in the page's URL hash (#steppe-event=<id>). */
  hashLink = false;
  /** `auto` (axis when the container is at least 640 px wide, else list), `axis`, `list`, or `story` (one event at a time). */
  layout: 'auto' | 'axis' | 'list' | 'story' = 'auto';
  /** The story's events (layout="story"): ids, comma-separated, in the order told. Without it: the filtered events, else the most-reported. */
  events = '';
  /** The heading text. */
  heading = 'Timeline';
  /** Hides the filter bar (attributes still filter). */
  noFilters = false;

  /** @internal */
  private readonly size = new WidthController(this, () => !this.fromServer);

  /** @internal */ private focusIndex = 0;
  /** @internal */ private window?: [number, number];
  /** @internal */ private announcement = '';
  /** @internal What the filter bar says of an actor it cannot find. */ actorMessage = '';
  /** @internal The actor field has had the focus: its suggestions are filled. */ actorNamesWanted = false;
  /** @internal */ private printing = false;
  /** @internal */ private linkedActor = '';
  /** @internal */ private expanded?: number;
  /** @internal The story's step shown, 0-based. */
  step = 0;
  /** @internal The story layout's module, once it has arrived (timeline-parts.ts). */
  story?: StoryModule;
  /** @internal The story layout's module could not be loaded. */
  storyFailed = false;
  /** @internal The "+N" cluster (by its x) that holds the axis's tab stop; undefined when an event does. */
  focusCluster?: number;
  /** @internal The axis as last laid out (see timeline-axis.ts). */
  axisLayout?: AxisLayout;
  /** @internal Events the axis placed before the last zoom or pan (and on which side of them their labels were): placed first again. */
  placedBefore = new Map<TimelineItem, boolean>();
  /** @internal The window and width of the last axis layout. */
  laidOut?: [number, number, number];
  /** @internal The detail panel's module (timeline-detail.ts), once it has arrived. */
  detail?: DetailModule;
  /** @internal The detail panel's module could not be loaded. */
  detailFailed = false;
  /** @internal */ detailLoad?: Promise<void>;
  /** @internal Drag, pinch and Ctrl/⌘ + wheel on the axis (from the lazily loaded module). */
  gestures?: EventListenerObject;

  /** @internal */ private allItems: readonly TimelineItem[] = [];
  /** @internal */ private itemsOf?: DatasetView;
  /** @internal */ private shown: readonly TimelineItem[] = [];
  /** @internal */ private lastSelection?: DatasetView['selection'];

  /** @internal */ private get scroller(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? undefined;
  }
  /** @internal */ private listScrollTop = 0;
  /** @internal */ private viewportHeight = 600;
  /** @internal */ private scrollFrame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
    window.addEventListener('hashchange', this.handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  /** The events shown after filtering, in time order. */
  get visibleEvents(): readonly TimelineEvent[] {
    return this.shown.map((i) => i.event);
  }

  /** @internal */
  protected override dataView(): DatasetView {
    return this.view;
  }

  /** @internal */
  private get view(): DatasetView {
    return this.providedView() ?? embedded();
  }

  /** @internal */
  private get effectiveLayout(): 'axis' | 'list' | 'story' {
    if (this.layout === 'story' || this.layout === 'axis' || this.layout === 'list') return this.layout;
    return this.size.value >= LIST_BELOW ? 'axis' : 'list';
  }

  private get filter(): TimelineFilter {
    const { actors, actorsMatch, kinds, themes, sources, query, from, to } = this;
    return timelineFilterOf({ actors, 'actors-match': actorsMatch, kinds, themes, sources, query, from, to }, this.linkedActor);
  }

  /** @internal */ private focusedFor = '';

  /** @internal */ private shownKey = '';
  /** @internal */ private reveal = false;

  /** @internal Inherited font size ÷ 16, at least 1: a page with large text gets taller rows. */
  private scale = 1;

  /** @internal Whether list rows put the date above the title (a narrow container). */
  private get stacked(): boolean {
    return this.size.value > 0 && this.size.value < STACK_BELOW;
  }

  /** @internal A size designed for a 16 px font, scaled to the font in use. */
  private px(size: number): number {
    return Math.round(size * this.scale);
  }

  /** @internal Whether any filter is set (a story then tells the filtered events). */
  get filtered(): boolean {
    return Boolean(this.actors || this.kinds || this.themes || this.sources || this.query || this.from || this.to || this.linkedActor);
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('hashLink') && this.hashLink && !isServer) this.handleHashChange();
    if (this.layout === 'story') loadStory(this as unknown as PartsHost);
    // an event merged into another (the same fact, once per text before) opens under its new id
    const merged = this.selected ? this.view.byId.get(this.selected) : undefined;
    if (merged && merged.id !== this.selected && 'title' in merged && 'kind' in merged) this.selected = merged.id;
    // an event opened before the preload (see firstUpdated) finished, or after it failed
    if (changed.has('selected') && this.selected && !this.detail) loadDetail(this as unknown as PartsHost);
    // measured on the client with the width (never here: a server renders with the 16 px design)
    const fontSize = this.size.fontSize;
    this.scale = fontSize > 16 ? fontSize / 16 : 1;
    const view = this.view;
    let datasetChanged = false;
    if (this.itemsOf !== view) {
      if (this.itemsOf?.dataset !== view.dataset) {
        this.allItems = view.dataset.events.map(itemOf).sort(byTime);
        datasetChanged = true;
      }
      this.itemsOf = view;
      this.followSelection(view);
    }
    // filter only when the filter or the data changed (scrolling re-renders often)
    const filter = this.filter;
    // a search looks into the excerpts too: search again when they arrive (after the first render)
    const key = `${JSON.stringify(filter)}|${filter.query ? view.excerpts ?? 'ready' : ''}`;
    if (datasetChanged || key !== this.shownKey) {
      const focusedId = this.shown[this.focusIndex]?.event.id;
      this.shown = filterItems(view, this.allItems, filter);
      this.shownKey = key;
      const again = focusedId ? this.shown.findIndex((it) => it.event.id === focusedId) : -1;
      this.focusIndex = again >= 0 ? again : 0; // the tab stop stays on its event when it is still shown
    }
    if (this.selected !== this.focusedFor) {
      // a new selection (attribute, hash, sibling widget): move the roving focus to it and show it
      this.focusedFor = this.selected;
      const i = this.shown.findIndex((it) => it.event.id === this.selected);
      if (i >= 0) {
        this.focusIndex = i;
        this.reveal = true;
      }
    }
    this.focusIndex = Math.min(this.focusIndex, Math.max(this.shown.length - 1, 0));
    const filterChanged = ['actors', 'actorsMatch', 'kinds', 'themes', 'sources', 'query', 'from', 'to', 'linkedActor'].some((k) => changed.has(k));
    if (!this.window || filterChanged || datasetChanged) {
      this.window = this.withinFilter(initialWindow(this.shown));
      this.bounds = extent(this.allItems);
    }
    if (this.reveal && this.effectiveLayout === 'axis') centreOn(this.keysHost, this.shown[this.focusIndex]);
    if (filterChanged || datasetChanged || changed.has('window')) this.expanded = undefined;
    if ((filterChanged || changed.has('events')) && !changed.has('step') && this.hasUpdated) this.step = 0; // a new story starts at its beginning
    if (changed.has('window') && !this.keyboardMove && this.effectiveLayout === 'axis') anchorFocus(this.keysHost);
    this.keyboardMove = false;
    layOut(this as unknown as AxisState, filterChanged || datasetChanged);
  }

  /** @internal The axis's own width (the widget's padding and border are not part of it). */
  private get axisWidthNow(): number {
    return Math.max(this.axisWidth || this.size.value - 34, 1);
  }

  /** @internal */ private bounds: [number, number] = [2000, 2025];
  /** @internal */ private axisWidth = 0;

  override firstUpdated(): void {
    // preload the detail panel, so that it is there when a reader opens an event
    loadDetail(this as unknown as PartsHost);
  }

  /** @internal The axis's width, the list's height and scroll position, measured after rendering. */
  protected readonly measures = new InnerSizeController(this, '.axis, .scroller', (el, { width, height, scrollTop }) => {
    if (el.classList.contains('axis')) {
      if (width && Math.abs(width - this.axisWidth) > 1) this.axisWidth = width;
      return;
    }
    if (height && height !== this.viewportHeight) this.viewportHeight = height;
    // a list created anew (a layout switch, shown again) starts at the top: follow it
    if (Math.abs(scrollTop - this.listScrollTop) > 1) this.listScrollTop = scrollTop;
  });

  /** @internal How list rows count their titles' lines: measured on a drawn row (see measureTitles). */
  private titleMetrics: TitleMetrics | undefined;

  /**
   * @internal Reads a drawn list row's title width and font; when they differ from what the rows
   * were laid out with, lays them out again (the first time, and after a resize or a font change).
   */
  private measureTitles(scroller: HTMLElement): void {
    // once per width, row shape and font size: every update after that lays the rows out alike
    const key = `${this.size.value}|${this.stacked}|${this.scale}`;
    if (key === this.titlesMeasuredFor) return;
    const title = scroller.querySelector<HTMLElement>('.row .event:not([part~="event--disputed"]) .title')
      ?? scroller.querySelector<HTMLElement>('.row .event .title');
    if (!title || !title.clientWidth) return;
    this.titlesMeasuredFor = key;
    const style = getComputedStyle(title);
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const disputed = title.closest('[part~="event--disputed"]');
    const measure = measurer(font);
    const flag = measure('⚠') + 2;
    const width = title.clientWidth + (disputed ? flag : 0);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.25;
    const m = this.titleMetrics;
    if (m && Math.abs(m.width - width) < 0.5 && m.lineHeight === lineHeight && this.titleFont === font) return;
    this.titleFont = font;
    // a few px to spare: the browser's wrapping may differ by a pixel from the canvas's measure
    this.titleMetrics = { width, flag, lineHeight, lines: (text, w) => lineCount(text, w - 4, measure) };
    this.requestUpdate();
  }

  /** @internal */ private titleFont = '';
  /** @internal */ private titlesMeasuredFor = '';

  override updated(): void {
    this.syncControls();
    const scroller = this.scroller;
    if (scroller && this.effectiveLayout === 'list' && !scroller.classList.contains('flow')) this.measureTitles(scroller);
    if (scroller && this.reveal) {
      // bring the selected row into view (the scroll handler then renders the rows there)
      const row = rowOf(this as unknown as ListHost, this.focusIndex);
      if (row && (row.top < scroller.scrollTop || row.top + row.height > scroller.scrollTop + scroller.clientHeight)) {
        scroller.scrollTop = Math.max(0, row.top - this.px(YEAR_ROW));
      }
    }
    this.reveal = false;
  }

  /** @internal */ private keyboardMove = false;

  /** Linked views: follow an actor or event that a sibling widget selected. */
  private followSelection(view: DatasetView): void {
    const selection = view.selection;
    if (selection === this.lastSelection) return;
    this.lastSelection = selection;
    if (!selection || selection.origin === this) return;
    if (selection.recordType === 'actor') this.linkedActor = selection.recordId;
    else if (view.dataset.events.some((e) => e.id === selection.recordId)) this.selected = selection.recordId;
  }

  // ---- user actions --------------------------------------------------------------------------

  /** @internal Opens event `index` as a reader's choice: its detail, the hash, steppe-select. */
  selectIndex(index: number): void {
    const item = this.shown[index];
    if (!item) return;
    this.focusIndex = index;
    this.selected = item.event.id;
    this.writeHash();
    this.dispatchEvent(new SteppeSelectEvent(item.event.id, 'event'));
  }

  /** @internal Closes the detail (its ✕, Escape), giving focus back to the event. */
  closeDetail(): void {
    if (!this.selected) return;
    this.selected = '';
    this.writeHash();
    this.dispatchEvent(new SteppeSelectEvent('', 'event'));
    void focusEvent(this.keysHost, this.focusIndex);
  }

  /** @internal Zooms by `factor` around `centre` (by default the focused event), from the window as it is or `from`. */
  zoom(factor: number, centre?: number, from = this.window): void {
    if (from) this.window = zoomWindow(from, factor, centre ?? this.shown[this.focusIndex]?.start, this.bounds);
  }

  /** @internal Pans by a fraction of the window. */
  pan(fraction: number): void {
    if (this.window) this.window = panWindow(this.window, fraction, this.bounds);
  }

  /** @internal */
  readonly handleKeydown = (e: KeyboardEvent): void => keydown(this.keysHost, e);

  /** @internal The element as the keyboard module sees it. */
  private get keysHost(): KeysHost {
    return this as unknown as KeysHost;
  }

  private readonly handlePrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
  };

  private readonly handleHashChange = (): void => readHash(this as unknown as HashHost);

  private writeHash(): void {
    writeHash(this as unknown as HashHost);
  }

  /** @internal Writes the story's step to the URL hash (with hash-link). */
  writeStep(): void {
    writeStep(this as unknown as HashHost);
  }

  /** @internal Adds an actor filter (the filter bar's field, an actor button in the detail or story). */
  addActor(term: string): void {
    const t = term.trim();
    if (!t) return;
    if (!resolveActor(this.view, t).length) {
      this.actorMessage = `No person, organization or place named “${t}”.`;
      return;
    }
    this.actorMessage = '';
    this.actors = [...parseList(this.actors), t].join(', ');
    this.dispatchEvent(new SteppeSelectEvent(resolveActor(this.view, t)[0], 'actor'));
  }

  // ---- rendering -------------------------------------------------------------------------------

  /** @internal The button every layout uses for an event (timeline-event.ts). */
  renderEventButton(item: TimelineItem, index: number, style?: Record<string, string>, tabbable = false): TemplateResult {
    return renderEventButton(this as unknown as EventHost, item, index, style, tabbable);
  }

  /** @internal */
  readonly handleScroll = (e: Event): void => {
    const scroller = e.currentTarget as HTMLElement;
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => {
      this.listScrollTop = scroller.scrollTop;
      this.viewportHeight = scroller.clientHeight || this.viewportHeight;
    });
  };

  /** @internal Closes the "+N" list, giving focus back to its button. */
  async closeExpanded(): Promise<void> {
    const x = this.expanded;
    this.expanded = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-cluster="${x}"]`)?.focus();
  }

  private showAll(): void {
    this.window = this.withinFilter(extent(this.shown));
  }

  /**
   * @internal A window no wider than the years the `from` and `to` filters ask for (and half a year
   * beside them): a long span that reaches into those years does not stretch the axis far past them.
   */
  private withinFilter([a, b]: [number, number]): [number, number] {
    const { from, to } = this.filter;
    const lo = from === undefined ? a : Math.max(a, from - 0.5);
    const hi = to === undefined ? b : Math.min(b, to + 0.5);
    return hi > lo ? [lo, hi] : [a, b];
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const event = this.view.dataset.events.find((e) => e.id === this.selected);
    if (!event) return nothing;
    if (this.detail) return this.detail.renderDetail(this as unknown as TimelineHost, event);
    // until the module arrives (it is preloaded after the first render) the panel is not there
    return this.detailFailed
      ? html`<p class="empty" role="alert">The details of “${event.title}” could not be loaded. Please reload the page.</p>`
      : nothing;
  }

  /** The source line and "Cite this" for the events on screen. */
  private renderFooter(docs: readonly string[]): TemplateResult {
    return html`${renderSourceLine(this.view, docs)}${this.renderCite({
      title: this.heading, kind: this.layout === 'story' ? 'a story of events' : 'a timeline', docs, view: this.view,
      filters: this.filtersInWords(['actors', 'kinds', 'themes', 'sources', 'query', 'from', 'to', 'events']),
    })}`;
  }

  override render(): TemplateResult {
    const total = this.allItems.length;
    const layout = this.effectiveLayout;
    // the axis is laid out for its width: nothing until the widget has one (created hidden, or not yet measured)
    const hidden = !this.size.value && (this.layout === 'auto' || this.layout === 'axis');
    return html`<section part="base" class="timeline ${this.stacked ? 'stacked' : ''}" aria-labelledby="heading">
      <header class="header">
        <h2 part="heading" id="heading" class="heading">${this.heading}</h2>
        <p part="count" class="count" aria-live="polite">${layout === 'story' && this.story
          ? `A story of ${formatCount(this.story.storyItems(this as unknown as StoryHost).items.length)} of ${formatCount(total)} events`
          : `Showing ${formatCount(this.shown.length)} of ${formatCount(total)} events`}</p>
      </header>
      ${this.noFilters ? nothing : renderFilters(this as unknown as FiltersHost)}
      ${this.printing && this.detail && layout !== 'story' // printed before the module arrived: the view as on screen (a story prints all its steps itself)
        ? this.detail.renderPrintList(this as unknown as TimelineHost)
        : !this.shown.length
          ? html`<p class="empty" role="status">No events match these filters.</p>`
          : this.fromServer && !this.size.value && layout !== 'story'
            // what a server can lay out: the list in the normal flow, until the widget has measured itself
            ? renderFlowList(this as unknown as ListHost)
          : hidden
            ? nothing
            : layout === 'story'
              ? this.story
                ? this.story.renderStory(this as unknown as StoryHost)
                : this.storyFailed
                  ? html`<p class="empty" role="alert">The story could not be loaded. Please reload the page.</p>`
                  : html`<p class="loading" role="status">Loading the story…</p>`
              : layout === 'axis'
              ? renderAxis(this as unknown as AxisHost, this.axisWidthNow, {
                gestures: this.gestures, showAll: () => this.showAll(), closeExpanded: () => this.closeExpanded(),
              })
              : renderList(this as unknown as ListHost)}
      ${this.renderDetail()}
      ${this.renderFooter(docsOf(this.view, layout === 'story' && this.story
        ? this.story.storyItems(this as unknown as StoryHost).items
        : this.shown, (i) => [i.event]))}
      ${this.renderEmbedCode()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

}

defineElement('steppe-timeline', SteppeTimeline);

// the event it fires, beside the class (the manifest's readers import both from one module)
export { SteppeSelectEvent };

declare global {
  interface HTMLElementTagNameMap {
    'steppe-timeline': SteppeTimeline;
  }
}
