import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';

import { ContextConsumer } from '@lit/context';
import { datasetContext } from '../../data/context.js';
import { events } from '../../data/collections/events.js';
import { organizations } from '../../data/collections/organizations.js';
import { people } from '../../data/collections/people.js';
import { places } from '../../data/collections/places.js';
import { sources } from '../../data/collections/sources.js';
import type { TimelineEvent } from '../../data/schema.js';
import { EVENT_KINDS } from '../../data/vocab.js';
import { createView, nameOf, type DatasetView } from '../../data/view.js';
import { ensureContextRoot } from '../../lib/context-root.js';
import { approximateMark, displayDate } from '../../lib/dates.js';
import { docShort, isDisputed } from '../../lib/claims.js';
import { shortReference } from '../../lib/reference.js';
import { defineElement } from '../../lib/define.js';
import { SteppeSelectEvent } from '../../lib/events.js';
import { hostStyles, panelStyles } from '../../lib/host-styles.js';
import { SteppeElement } from '../../lib/steppe-element.js';
import { styleProps } from '../../lib/style-props.js';
import { formatCount } from '../../lib/locale.js';
import { WidthController } from '../../lib/width-controller.js';
import {
  byTime, extent, filterItems, groupByYear, initialWindow, itemOf, parseBound, parseList, resolveActor,
  type TimelineFilter, type TimelineItem,
} from '../../lib/timeline-model.js';
import type { AxisLayout } from '../../lib/axis-layout.js';
import { computeAxis, renderAxis, stops, tabStopOf, type AxisHost } from './timeline-axis.js';
import { styles } from './timeline.styles.js';

type DetailModule = typeof import('./timeline-detail.js');
type StoryModule = typeof import('./timeline-story.js');
type StoryHost = import('./timeline-story.js').StoryHost;
type TimelineHost = import('./timeline-detail.js').TimelineHost;

let embeddedView: DatasetView | undefined;
/** The module with the event detail panel, the axis gestures and the print list, loaded after the first render (see `loadDetail`). */
let detailModule: Promise<DetailModule> | undefined;
/** The story layout's module, loaded only by a timeline with layout="story". */
let storyModule: Promise<StoryModule> | undefined;
const embedded = (): DatasetView =>
  (embeddedView ??= createView({ events, people, organizations, places, sources }, 'embedded'));

/** Below this container width the axis becomes a list grouped by year. */
const LIST_BELOW = 640;
/**
 * List rows have fixed heights so that only the rows in view need to exist (10,000 events).
 * Sizes in px are for a 16 px font and grow with a larger inherited font (see `px`).
 */
const YEAR_ROW = 36;
const EVENT_ROW = 52;
/** Below this width a list row stacks its date above its title, and is taller for it. */
const STACK_BELOW = 480;
const STACKED_EVENT_ROW = 66;
const OVERSCAN = 400;
const HASH_KEY = 'steppe-event=';
const STEP_KEY = 'steppe-step=';

type Row = { kind: 'year'; year: number; count: number; top: number } | { kind: 'event'; index: number; top: number };

/**
 * @summary Every dated event of the texts on a zoomable time axis (a list by year in narrow places), filterable, keyboard-navigable, each event with its sources.
 * @tag steppe-timeline
 *
 * @fires steppe-select - A reader selected an event (`recordType` "event") or an actor to follow ("actor"); `recordId` names it, '' when cleared.
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
 * @csspart zoom - The zoom and pan buttons.
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
 * @cssprop --steppe-timeline-height - Height of the axis area (wide) or the scrolling list (narrow); default 24rem.
 */
export class SteppeTimeline extends SteppeElement {
  /** @internal */
  protected override embedPage = 'timeline';

  static override styles = [hostStyles, panelStyles, styles];

  /** Only events involving these actors: ids or names (any alias), comma-separated. */
  @property({ reflect: true }) actors = '';
  /** How several actors combine: `all` (the default: events involving every one of them) or `any` (at least one). */
  @property({ attribute: 'actors-match', reflect: true }) actorsMatch?: 'all' | 'any';
  /** Only these kinds of event (founding, treaty, summit, …), comma-separated. */
  @property({ reflect: true }) kinds = '';
  /** Only events with one of these themes (eaeu, bri, sco, energy, …), comma-separated. */
  @property({ reflect: true }) themes = '';
  /** Only events cited from these documents: file names or their number ("004"), comma-separated. */
  @property({ reflect: true }) sources = '';
  /** Free text: every word must occur in the title, date, actors' names or excerpts. */
  @property({ reflect: true }) query = '';
  /** First year (or YYYY-MM[-DD]) shown. */
  @property({ reflect: true }) from = '';
  /** Last year (or YYYY-MM[-DD]) shown. */
  @property({ reflect: true }) to = '';
  /** Id of the selected event; its detail is open. */
  @property({ reflect: true }) selected = '';
  /** Reads and writes the selected event in the page's URL hash (#steppe-event=<id>). */
  @property({ type: Boolean, attribute: 'hash-link' }) hashLink = false;
  /** `auto` (axis when the container is at least 640 px wide, else list), `axis`, `list`, or `story` (one event at a time). */
  @property() layout: 'auto' | 'axis' | 'list' | 'story' = 'auto';
  /** The story's events (layout="story"): ids, comma-separated, in the order told. Without it: the filtered events, else the most-reported. */
  @property({ reflect: true }) events = '';
  /** The heading text. */
  @property() heading = 'Timeline';
  /** Hides the filter bar (attributes still filter). */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  /** @internal */
  private readonly data = new ContextConsumer(this, { context: datasetContext, subscribe: true });
  /** @internal */
  private readonly size = new WidthController(this);

  /** @internal */ @state() private focusIndex = 0;
  /** @internal */ @state() private window?: [number, number];
  /** @internal */ @state() private announcement = '';
  /** @internal */ @state() private actorMessage = '';
  /** @internal */ @state() private printing = false;
  /** @internal */ @state() private linkedActor = '';
  /** @internal */ @state() private expanded?: number;
  /** @internal The story's step shown, 0-based. */
  @state() private step = 0;
  /** @internal The story layout's module, once it has arrived. */
  @state() private story?: StoryModule;
  /** @internal The "+N" cluster (by its x) that holds the axis's tab stop; undefined when an event does. */
  @state() private focusCluster?: number;
  /** @internal The axis as last laid out (see timeline-axis.ts). */
  private axisLayout?: AxisLayout;
  /** @internal Events the axis placed before the last zoom or pan (and on which side of them their labels were): placed first again. */
  private placedBefore = new Map<TimelineItem, boolean>();
  /** @internal The window and width of the last axis layout. */
  private laidOut?: [number, number, number];
  /** @internal The detail panel's module (timeline-detail.ts), once it has arrived. */
  @state() private detail?: DetailModule;
  /** @internal The detail panel's module could not be loaded. */
  @state() private detailFailed = false;
  /** @internal */ private detailLoad?: Promise<void>;
  /** @internal Drag, pinch and Ctrl/⌘ + wheel on the axis (from the lazily loaded module). */
  private gestures?: EventListenerObject;

  /** @internal */ private allItems: readonly TimelineItem[] = [];
  /** @internal */ private itemsOf?: DatasetView;
  /** @internal */ private shown: readonly TimelineItem[] = [];
  /** @internal */ private lastSelection?: DatasetView['selection'];

  /** @internal */ @query('.scroller') private scroller?: HTMLElement;
  /** @internal */ @state() private listScrollTop = 0;
  /** @internal */ @state() private viewportHeight = 600;
  /** @internal */ private rowCache?: { for: readonly TimelineItem[]; eventRow: number; rows: Row[]; height: number };
  /** @internal */ private scrollFrame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
    window.addEventListener('hashchange', this.handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.measured = [];
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  /** The events shown after filtering, in time order. */
  get visibleEvents(): readonly TimelineEvent[] {
    return this.shown.map((i) => i.event);
  }

  /** @internal */
  private get view(): DatasetView {
    return this.data.value ?? embedded();
  }

  /** @internal */
  private get effectiveLayout(): 'axis' | 'list' | 'story' {
    if (this.layout === 'story' || this.layout === 'axis' || this.layout === 'list') return this.layout;
    return this.size.value >= LIST_BELOW ? 'axis' : 'list';
  }

  private get filter(): TimelineFilter {
    return {
      actors: [...parseList(this.actors), ...(this.linkedActor ? [this.linkedActor] : [])],
      actorsMatch: this.actorsMatch === 'any' ? 'any' : 'all',
      kinds: parseList(this.kinds),
      themes: parseList(this.themes),
      sources: parseList(this.sources),
      query: this.query,
      from: parseBound(this.from, 'start'),
      to: parseBound(this.to, 'end'),
    };
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

  /** @internal The height of an event row in the list. */
  private get eventRow(): number {
    return this.px(this.stacked ? STACKED_EVENT_ROW : EVENT_ROW);
  }

  /** @internal A size designed for a 16 px font, scaled to the font in use. */
  private px(size: number): number {
    return Math.round(size * this.scale);
  }

  /** @internal What the story layout reads of this timeline (one object, so its swipe state lasts). */
  private readonly storyHost: StoryHost = ((el: SteppeTimeline): StoryHost => ({
    get view() { return el.view; },
    get shown() { return el.shown; },
    get allItems() { return el.allItems; },
    get events() { return el.events; },
    get filtered() { return el.filtered; },
    get step() { return el.step; },
    get printing() { return el.printing; },
    goTo: (to) => void el.goTo(to),
    addActor: (term) => el.addActor(term),
  }))(this);

  /** @internal Whether any filter is set (a story then tells the filtered events). */
  private get filtered(): boolean {
    return Boolean(this.actors || this.kinds || this.themes || this.sources || this.query || this.from || this.to || this.linkedActor);
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('hashLink') && this.hashLink) this.handleHashChange();
    if (this.layout === 'story' && !this.story) this.loadStory();
    // an event merged into another (the same fact, once per text before) opens under its new id
    const merged = this.selected ? this.view.byId.get(this.selected) : undefined;
    if (merged && merged.id !== this.selected && 'title' in merged && 'kind' in merged) this.selected = merged.id;
    // an event opened before the preload (see firstUpdated) finished, or after it failed
    if (changed.has('selected') && this.selected && !this.detail) this.loadDetail();
    const fontSize = parseFloat(getComputedStyle(this).fontSize);
    const scale = fontSize > 16 ? fontSize / 16 : 1;
    if (scale !== this.scale) {
      this.scale = scale;
      this.rowCache = undefined;
    }
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
    const key = JSON.stringify(filter);
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
      this.window = initialWindow(this.shown);
      this.bounds = extent(this.allItems);
    }
    if (this.reveal && this.effectiveLayout === 'axis') this.centreOn(this.shown[this.focusIndex]);
    if (filterChanged || datasetChanged || changed.has('window')) this.expanded = undefined;
    if ((filterChanged || changed.has('events')) && !changed.has('step') && this.hasUpdated) this.step = 0; // a new story starts at its beginning
    if (changed.has('window') && !this.keyboardMove && this.effectiveLayout === 'axis') this.anchorFocus();
    this.keyboardMove = false;
    this.layoutAxis(filterChanged || datasetChanged);
  }

  /** Lays out the axis for this update, and keeps the tab stop on something it draws. */
  private layoutAxis(reset: boolean): void {
    if (this.effectiveLayout !== 'axis' || !this.shown.length) {
      this.axisLayout = undefined;
      this.focusCluster = undefined;
      return;
    }
    // what is drawn stays drawn across a zoom, a pan, a selection or a resize (placed first again);
    // a new filter or new data starts afresh, most-reported first
    if (reset) this.placedBefore = new Map();
    else if (this.axisLayout) this.placedBefore = new Map(this.axisLayout.placed.map((p) => [p.item, p.flipped]));
    // zoomed in (or the same window, wider or as wide): everything drawn before stays drawn
    const [a, b] = this.window ?? [0, 0];
    const [pa, pb, pw] = this.laidOut ?? [a, b, 0];
    const keep = !reset && a >= pa - 1e-9 && b <= pb + 1e-9 && this.axisWidthNow >= pw - 1;
    this.laidOut = [a, b, this.axisWidthNow];
    const host = this as unknown as AxisHost;
    this.axisLayout = computeAxis(host, this.axisWidthNow, this.placedBefore, keep);
    const stop = tabStopOf(this.axisLayout, this.focusIndex, this.focusCluster);
    this.focusIndex = stop.index;
    this.focusCluster = stop.cluster;
  }

  /** @internal The axis's own width (the widget's padding and border are not part of it). */
  private get axisWidthNow(): number {
    return Math.max(this.axisWidth || this.size.value - 34, 1);
  }

  /** @internal */ private bounds: [number, number] = [2000, 2025];
  /** @internal */ @state() private axisWidth = 0;

  override firstUpdated(): void {
    // preload the detail panel, so that it is there when a reader opens an event
    this.loadDetail();
  }

  /**
   * Sizes only the rendered DOM can give, measured by a ResizeObserver (never in `updated()`, which
   * would schedule another update from inside one): the axis's width, the list's height, and the
   * scroll position of a list created anew.
   */
  private readonly resizeObserver = typeof ResizeObserver === 'undefined'
    ? undefined
    : new ResizeObserver((entries) => {
        // read now, write in the next frame: a re-render that resizes what is observed within the
        // same frame would make the browser report a ResizeObserver loop
        const sizes = entries.map(({ target }) => {
          const el = target as HTMLElement;
          return { axis: el.classList.contains('axis'), width: el.clientWidth, height: el.clientHeight, top: el.scrollTop };
        });
        requestAnimationFrame(() => {
          for (const { axis, width, height, top } of sizes) {
            if (axis) {
              if (width && Math.abs(width - this.axisWidth) > 1) this.axisWidth = width;
            } else {
              if (height && height !== this.viewportHeight) this.viewportHeight = height;
              if (Math.abs(top - this.listScrollTop) > 1) this.listScrollTop = top;
            }
          }
        });
      });
  /** @internal The axis and list elements being measured. */
  private measured: Element[] = [];

  override updated(): void {
    const now = [...this.renderRoot.querySelectorAll('.axis, .scroller')];
    if (now.length !== this.measured.length || now.some((el, i) => el !== this.measured[i])) {
      for (const el of this.measured) if (!now.includes(el)) this.resizeObserver?.unobserve(el);
      for (const el of now) if (!this.measured.includes(el)) this.resizeObserver?.observe(el);
      this.measured = now;
    }
    const scroller = this.scroller;
    if (scroller && this.reveal) {
      // bring the selected row into view (the scroll handler then renders the rows there)
      const row = this.rowOf(this.focusIndex);
      if (row && (row.top < scroller.scrollTop || row.top + this.eventRow > scroller.scrollTop + scroller.clientHeight)) {
        scroller.scrollTop = Math.max(0, row.top - this.px(YEAR_ROW));
      }
    }
    this.reveal = false;
  }

  /** @internal */ private keyboardMove = false;

  /** Pans the axis to centre `item` if it is out of view; the tab stop stays on it (see anchorFocus). */
  private centreOn(item: TimelineItem | undefined): void {
    if (!item || !this.window) return;
    const [a, b] = this.window;
    // an event drawn in the window (it overlaps it, even if it starts a little before) stays put
    if (item.end <= a || item.start >= b) {
      const half = (b - a) / 2;
      this.window = [item.start - half, item.start + half];
      this.keyboardMove = true;
    }
  }

  /** After a zoom or pan on the axis, the tab stop moves to the first event in view if it left it. */
  private anchorFocus(): void {
    if (!this.window) return;
    const [a, b] = this.window;
    const inView = (it?: TimelineItem) => it !== undefined && it.end > a && it.start < b;
    if (inView(this.shown[this.focusIndex])) return;
    const first = this.shown.findIndex(inView);
    if (first >= 0) this.focusIndex = first;
  }

  /** Linked views: follow an actor or event that a sibling widget selected. */
  private followSelection(view: DatasetView): void {
    const selection = view.selection;
    if (selection === this.lastSelection) return;
    this.lastSelection = selection;
    if (!selection || selection.origin === this) return;
    if (selection.recordType === 'actor') this.linkedActor = selection.recordId;
    else if (view.dataset.events.some((e) => e.id === selection.recordId)) this.selected = selection.recordId;
  }

  /** Imports the story layout's module and adopts its styles; a failure is shown and logged. */
  private loadStory(): void {
    (storyModule ??= import('./timeline-story.js')).then(
      (module) => {
        const root = this.renderRoot as ShadowRoot;
        if (!this.story) adoptStyles(root, [...(supportsAdoptingStyleSheets ? root.adoptedStyleSheets : []), ...module.storyStyles]);
        this.story = module;
      },
      (error: unknown) => {
        storyModule = undefined;
        console.error('[steppe-widgets] <steppe-timeline> could not load its story layout.', error);
      },
    );
  }

  /** The story's step `to` (clamped), written to the URL hash with hash-link; focus stays on a control. */
  private async goTo(to: number): Promise<void> {
    const count = this.story?.storyItems(this.storyHost).items.length ?? 0;
    this.step = Math.max(0, Math.min(to, count - 1));
    if (this.hashLink) {
      const url = new URL(location.href);
      url.hash = `${STEP_KEY}${this.step + 1}`;
      history.replaceState(history.state, '', url);
    }
    await this.updateComplete;
    const active = (this.renderRoot as ShadowRoot).activeElement as HTMLButtonElement | null;
    // the button pressed may now be disabled (first or last step): give focus to the other one
    if (active?.disabled) this.renderRoot.querySelector<HTMLButtonElement>('.story-button:not([disabled])')?.focus();
  }

  /**
   * Imports the detail panel's module (once per page), adopts its styles into this shadow root and
   * takes the axis gestures from it. After a failure the next opened event tries again.
   */
  private loadDetail(): void {
    this.detailFailed = false;
    this.detailLoad ??= (detailModule ??= import('./timeline-detail.js')).then(
      (module) => {
        const root = this.renderRoot as ShadowRoot;
        adoptStyles(root, [...(supportsAdoptingStyleSheets ? root.adoptedStyleSheets : []), ...module.detailStyles]);
        this.gestures = module.axisGestures(this as unknown as TimelineHost);
        this.detail = module;
      },
      (error: unknown) => {
        detailModule = this.detailLoad = undefined;
        this.detailFailed = true;
        if (this.selected) console.error(`[steppe-widgets] <steppe-timeline> could not load the detail of event "${this.selected}".`, error);
      },
    );
  }

  // ---- user actions --------------------------------------------------------------------------

  private selectIndex(index: number): void {
    const item = this.shown[index];
    if (!item) return;
    this.focusIndex = index;
    this.selected = item.event.id;
    this.writeHash();
    this.dispatchEvent(new SteppeSelectEvent(item.event.id, 'event'));
  }

  private closeDetail(): void {
    if (!this.selected) return;
    this.selected = '';
    this.writeHash();
    this.dispatchEvent(new SteppeSelectEvent('', 'event'));
    void this.focusEvent(this.focusIndex);
  }

  /** On the axis: moves the tab stop among the placed events and "+N" clusters, in time order. */
  private async moveStop(by: number): Promise<void> {
    const list = stops(this.axisLayout);
    if (!list.length) return;
    const at = list.findIndex((s) => (s.kind === 'cluster' ? s.x === this.focusCluster : this.focusCluster === undefined && s.index === this.focusIndex));
    const next = list[Math.max(0, Math.min(list.length - 1, by === Infinity ? list.length - 1 : by === -Infinity ? 0 : at + by))];
    this.keyboardMove = true;
    if (next.kind === 'cluster') {
      this.focusCluster = next.x;
      const c = this.axisLayout!.clusters.find((k) => k.x === next.x)!;
      this.announcement = `${c.items.length} more events around ${Math.floor(c.start)}`;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-cluster="${next.x}"]`)?.focus({ preventScroll: true });
      return;
    }
    this.focusCluster = undefined;
    const item = this.shown[next.index];
    this.announcement = `${displayDate(item.event.date)}: ${item.event.title} (${next.index + 1} of ${this.shown.length})`;
    await this.focusEvent(next.index);
  }

  private async moveFocus(index: number): Promise<void> {
    if (!this.shown.length) return;
    const i = Math.max(0, Math.min(this.shown.length - 1, index));
    this.focusIndex = i;
    const item = this.shown[i];
    if (this.effectiveLayout === 'axis') this.centreOn(item);
    this.announcement = `${displayDate(item.event.date)}: ${item.event.title} (${i + 1} of ${this.shown.length})`;
    await this.focusEvent(i);
  }

  /** Focuses event `index` (or, with `current`, whatever the tab stop is after the update). */
  private async focusEvent(index: number, current = false): Promise<void> {
    await this.updateComplete;
    if (current) index = this.focusIndex;
    const scroller = this.scroller;
    if (this.effectiveLayout === 'list' && scroller) {
      // bring the row into the rendered window first, then focus it
      const row = this.rowOf(index);
      if (row) {
        const viewTop = scroller.scrollTop;
        const viewBottom = viewTop + scroller.clientHeight;
        if (row.top < viewTop + this.px(YEAR_ROW)) scroller.scrollTop = Math.max(0, row.top - this.px(YEAR_ROW));
        else if (row.top + this.eventRow > viewBottom) scroller.scrollTop = row.top + this.eventRow - scroller.clientHeight;
        this.listScrollTop = scroller.scrollTop;
        this.viewportHeight = scroller.clientHeight || this.viewportHeight;
        await this.updateComplete;
      }
    }
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus({ preventScroll: true });
  }

  /** Zooms by `factor` around `centre` (by default the focused event), from the window as it is or `from`. */
  private zoom(factor: number, centre?: number, from = this.window): void {
    if (!from) return;
    const [a, b] = from;
    const c = centre ?? this.shown[this.focusIndex]?.start ?? (a + b) / 2;
    // between one month and a little more than everything the data spans (no runaway zoom-out)
    const [lo, hi] = this.bounds;
    const span = Math.min(Math.max((b - a) * factor, 1 / 12), (hi - lo) * 1.5);
    const mid = Math.min(Math.max(c, a), b);
    const left = (mid - a) / (b - a);
    this.window = [mid - span * left, mid + span * (1 - left)];
  }

  private pan(fraction: number): void {
    if (!this.window) return;
    const [a, b] = this.window;
    const [lo, hi] = this.bounds;
    const span = b - a;
    // never pan further than half a window beyond the data
    const start = Math.min(Math.max(a + span * fraction, lo - span / 2), hi - span / 2);
    this.window = [start, start + span];
  }

  private readonly handleKeydown = (e: KeyboardEvent): void => {
    // leave the browser's own shortcuts alone (Ctrl/⌘ +/− page zoom, Alt+← back)
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const axis = this.effectiveLayout === 'axis';
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity } as Record<string, number>;
    if (axis && !e.shiftKey && e.key in step) {
      void this.moveStop(step[e.key]);
    } else if (axis && e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      this.pan(e.key === 'ArrowLeft' ? -0.25 : 0.25);
      void this.focusEvent(this.focusIndex, true);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') void this.moveFocus(this.focusIndex + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') void this.moveFocus(this.focusIndex - 1);
    else if (e.key === 'Home') void this.moveFocus(0);
    else if (e.key === 'End') void this.moveFocus(this.shown.length - 1);
    else if (e.key === 'PageDown') void this.moveFocus(this.focusIndex + 10);
    else if (e.key === 'PageUp') void this.moveFocus(this.focusIndex - 10);
    else if (axis && (e.key === '+' || e.key === '=')) {
      this.zoom(0.5);
      void this.focusEvent(this.focusIndex, true);
    } else if (axis && (e.key === '-' || e.key === '_')) {
      this.zoom(2);
      void this.focusEvent(this.focusIndex, true);
    } else if (e.key === 'Escape' && this.selected) this.closeDetail();
    else return;
    e.preventDefault();
  };

  private readonly handlePrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
  };

  private readonly handleHashChange = (): void => {
    if (!this.hashLink) return;
    const raw = location.hash.slice(1);
    if (raw.startsWith(STEP_KEY)) {
      const n = Number(raw.slice(STEP_KEY.length));
      if (Number.isInteger(n) && n >= 1) this.step = n - 1;
      return;
    }
    if (!raw.startsWith(HASH_KEY)) return; // the page's own anchors are none of our business
    try {
      this.selected = decodeURIComponent(raw.slice(HASH_KEY.length));
    } catch {
      // a malformed hash names no event
    }
  };

  private writeHash(): void {
    if (!this.hashLink) return;
    const current = location.hash.slice(1);
    if (current && !current.startsWith(HASH_KEY) && !this.selected) return; // keep the page's own hash
    const url = new URL(location.href);
    url.hash = this.selected ? `${HASH_KEY}${encodeURIComponent(this.selected)}` : '';
    history.replaceState(history.state, '', url);
  }

  private addActor(term: string): void {
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

  private removeActor(term: string): void {
    this.actors = parseList(this.actors).filter((a) => a !== term).join(', ');
  }

  private clearFilters(): void {
    this.actors = this.kinds = this.themes = this.sources = this.query = this.from = this.to = '';
    this.linkedActor = '';
    void this.focusSearch();
  }

  /** A removed chip takes its focus with it: give it to the search field. */
  private async focusSearch(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  // ---- rendering -------------------------------------------------------------------------------

  /** Says how the filters combine, and lets a reader choose "all of" or "any of" for several actors. */
  private renderCombine(count: number): TemplateResult {
    const actors = parseList(this.actors).length + (this.linkedActor ? 1 : 0);
    return html`${count > 1 ? 'Every filter applies' : 'Filtered'}${actors > 1
      ? html`; actors: <select aria-label="How the actors combine" @change=${(e: Event) => (this.actorsMatch = (e.target as HTMLSelectElement).value as 'all' | 'any')}>
          <option value="all" ?selected=${this.actorsMatch !== 'any'}>events involving all of them</option>
          <option value="any" ?selected=${this.actorsMatch === 'any'}>events involving any of them</option>
        </select>`
      : nothing}.`;
  }

  /** The button every layout uses for an event: one tab stop for the whole set (roving). */
  private renderEventButton(item: TimelineItem, index: number, style?: Record<string, string>): TemplateResult {
    const e = item.event;
    return html`<button
      type="button"
      part=${`event${item.span ? ' event--span' : ''}${item.approximate ? ' event--approximate' : ''}${e.id === this.selected ? ' event--selected' : ''}${isDisputed(e) ? ' event--disputed' : ''}${index === this.focusIndex ? ' event--focused' : ''}`}
      class="event"
      ${styleProps(style ?? {})}
      data-index=${index}
      tabindex=${index === this.focusIndex && this.focusCluster === undefined ? 0 : -1}
      aria-current=${e.id === this.selected ? 'true' : nothing}
      aria-label=${`${displayDate(e.date)}${item.approximate ? ' (approximate)' : ''}: ${e.title}${isDisputed(e) ? '; sources disagree' : ''}`}
      @click=${() => this.selectIndex(index)}
      @focus=${() => {
        this.focusIndex = index;
        this.focusCluster = undefined;
      }}
    >
      <span class="marker" aria-hidden="true"></span>
      <span class="date">${approximateMark(e.date, item.approximate)}${displayDate(e.date)}</span>
      <span class="title">${e.title}</span>${isDisputed(e) ? html`<span class="disputed" aria-hidden="true"> ⚠</span>` : nothing}
    </button>`;
  }

  private renderFilters(): TemplateResult {
    const view = this.view;
    const kindsPresent = EVENT_KINDS.filter((k) => this.allItems.some((i) => i.event.kind === k));
    const kinds = parseList(this.kinds);
    const docs = parseList(this.sources);
    const actorIds = new Set(this.allItems.flatMap((i) => i.event.actors));
    const actorNames = [...actorIds].map((id) => nameOf(view, id)).sort((a, b) => a.localeCompare(b));
    const chips: { label: string; remove: () => void }[] = [
      ...parseList(this.actors).map((a) => ({ label: `Actor: ${resolveActor(view, a).map((id) => nameOf(view, id))[0] ?? a}`, remove: () => this.removeActor(a) })),
      ...(this.linkedActor ? [{ label: `Linked: ${nameOf(view, this.linkedActor)}`, remove: () => (this.linkedActor = '') }] : []),
      ...parseList(this.themes).map((t) => ({ label: `Theme: ${t}`, remove: () => (this.themes = parseList(this.themes).filter((x) => x !== t).join(', ')) })),
      ...(kinds.length > 1 ? kinds.map((k) => ({ label: `Kind: ${k}`, remove: () => (this.kinds = kinds.filter((x) => x !== k).join(', ')) })) : []),
      ...(docs.length > 1 || (docs.length === 1 && !view.dataset.sources.some((x) => x.id === docs[0]))
        ? docs.map((d) => ({ label: `Document: ${docShort(view, d)}`, remove: () => (this.sources = docs.filter((x) => x !== d).join(', ')) }))
        : []),
      ...(this.from ? [{ label: `From ${this.from}`, remove: () => (this.from = '') }] : []),
      ...(this.to ? [{ label: `To ${this.to}`, remove: () => (this.to = '') }] : []),
    ];
    return html`<div part="filters" class="filters">
      <label class="field">Search
        <input type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">Kind
        <select @change=${(e: Event) => (this.kinds = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!kinds.length}>All kinds</option>
          ${kindsPresent.map((k) => html`<option value=${k} ?selected=${kinds.length === 1 && kinds[0] === k}>${k}</option>`)}
        </select>
      </label>
      <label class="field">Document
        <select @change=${(e: Event) => (this.sources = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!docs.length}>All documents</option>
          ${view.dataset.sources.map((s) => html`<option value=${s.id} ?selected=${docs.length === 1 && docs[0] === s.id}>${shortReference(s)}</option>`)}
        </select>
      </label>
      <label class="field">Actor
        <input list="actor-names" placeholder="e.g. China, EEU, Tokayev"
          @change=${(e: Event) => { const input = e.target as HTMLInputElement; this.addActor(input.value); input.value = ''; }} />
        <datalist id="actor-names">${actorNames.map((n) => html`<option value=${n}></option>`)}</datalist>
      </label>
      ${chips.length || kinds.length || docs.length || this.query
        ? html`<button type="button" class="clear" @click=${() => this.clearFilters()}>Clear filters</button>`
        : nothing}
      ${this.actorMessage ? html`<p class="actor-message" role="alert">${this.actorMessage}</p>` : nothing}
      ${chips.length
        ? html`<p class="combine" id="combine">${this.renderCombine(chips.length)}</p>
          <ul class="chips" aria-label="Active filters" aria-describedby="combine">
            ${chips.map((c) => html`<li><button type="button" part="chip" class="chip" aria-label=${`Remove filter ${c.label}`} @click=${() => { c.remove(); void this.focusSearch(); }}>${c.label} <span aria-hidden="true">✕</span></button></li>`)}
          </ul>`
        : nothing}
    </div>`;
  }

  /** Year headings and events with their offsets, computed once per filtered list. */
  private rows(): { rows: Row[]; height: number } {
    const eventRow = this.eventRow;
    if (this.rowCache?.for === this.shown && this.rowCache.eventRow === eventRow) return this.rowCache;
    const rows: Row[] = [];
    let index = 0;
    let top = 0;
    for (const group of groupByYear(this.shown)) {
      rows.push({ kind: 'year', year: group.year, count: group.items.length, top });
      top += this.px(YEAR_ROW);
      for (let k = 0; k < group.items.length; k++) {
        rows.push({ kind: 'event', index: index++, top });
        top += this.eventRow;
      }
    }
    this.rowCache = { for: this.shown, eventRow, rows, height: top };
    return this.rowCache;
  }

  /** The list row of event `index`. */
  private rowOf(index: number): Row | undefined {
    return this.rows().rows.find((r) => r.kind === 'event' && r.index === index);
  }

  private readonly handleScroll = (e: Event): void => {
    const scroller = e.currentTarget as HTMLElement;
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => {
      this.listScrollTop = scroller.scrollTop;
      this.viewportHeight = scroller.clientHeight || this.viewportHeight;
    });
  };

  private renderList(): TemplateResult {
    const { rows, height } = this.rows();
    const lo = this.listScrollTop - OVERSCAN;
    const hi = this.listScrollTop + this.viewportHeight + OVERSCAN;
    // always render the roving tab stop, so Tab can enter the list wherever it is scrolled
    const visible = rows.filter((r) => (r.top + this.eventRow >= lo && r.top <= hi) || (r.kind === 'event' && r.index === this.focusIndex));
    return html`<div part="list" class="scroller" @scroll=${this.handleScroll} @keydown=${this.handleKeydown}>
      <div class="rows" role="list" aria-label=${`${this.shown.length} events by year`} ${styleProps({ height: `${height}px` })}>
        ${repeat(visible, (r) => (r.kind === 'year' ? `y${r.year}` : this.shown[r.index].event.id), (r) =>
          r.kind === 'year'
            ? html`<div role="listitem" class="row" ${styleProps({ top: `${r.top}px`, height: `${this.px(YEAR_ROW)}px` })}>
                <h3 part="year" class="year">${r.year} <span class="year-count">(${r.count})</span></h3>
              </div>`
            : html`<div role="listitem" class="row" aria-setsize=${this.shown.length} aria-posinset=${r.index + 1}
                ${styleProps({ top: `${r.top}px`, height: `${this.eventRow}px` })}>${this.renderEventButton(this.shown[r.index], r.index)}</div>`,
        )}
      </div>
    </div>`;
  }

  private async closeExpanded(): Promise<void> {
    const x = this.expanded;
    this.expanded = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-cluster="${x}"]`)?.focus();
  }

  private showAll(): void {
    this.window = extent(this.shown);
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

  override render(): TemplateResult {
    const total = this.allItems.length;
    const layout = this.effectiveLayout;
    const hidden = !this.size.value && this.layout === 'auto';
    return html`<section part="base" class="timeline ${this.stacked ? 'stacked' : ''}" aria-labelledby="heading">
      <header class="header">
        <h2 part="heading" id="heading" class="heading">${this.heading}</h2>
        <p part="count" class="count" aria-live="polite">Showing ${formatCount(this.shown.length)} of ${formatCount(total)} events</p>
      </header>
      ${this.noFilters ? nothing : this.renderFilters()}
      ${this.printing && this.detail && layout !== 'story' // printed before the module arrived: the view as on screen (a story prints all its steps itself)
        ? this.detail.renderPrintList(this as unknown as TimelineHost)
        : !this.shown.length
          ? html`<p class="empty" role="status">No events match these filters.</p>`
          : hidden
            ? nothing
            : layout === 'story'
              ? this.story
                ? this.story.renderStory(this.storyHost)
                : html`<p class="loading" role="status">Loading the story…</p>`
              : layout === 'axis'
              ? renderAxis(this as unknown as AxisHost, this.axisWidthNow, {
                gestures: this.gestures, showAll: () => this.showAll(), closeExpanded: () => this.closeExpanded(),
              })
              : this.renderList()}
      ${this.renderDetail()}
      ${this.renderEmbedCode()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

}

ensureContextRoot();
defineElement('steppe-timeline', SteppeTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'steppe-timeline': SteppeTimeline;
  }
}
