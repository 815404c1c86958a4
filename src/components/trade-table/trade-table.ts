import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { figures } from '../../data/collections/figures.js';
import { organizationNames } from '../../data/collections/organization-names.js';
import { placeNames } from '../../data/collections/place-names.js';
import { sources } from '../../data/collections/sources.js';
import type { Figure } from '../../data/schema.js';
import { arriving, excerptsReady, loadExcerpts } from '../../data/excerpts.js';
import { createView, withExcerpts, nameOf, type DatasetView } from '../../data/view.js';
import { defineElement } from '../../lib/define.js';
import { disagreementStyles, docShort, isDisputed, renderCaveat, renderCorroboration, renderDisagreement, reportingDocs } from '../../lib/disagreement.js';
import { displayDate } from '../../lib/dates.js';
import { readableNote } from '../../lib/reference.js';
import { SteppeSelectEvent } from '../../lib/events.js';
import {
  EXPORT_COLUMNS, barScales, exportRow, filterFigures, formatFigure, magnitude, matchesTable, pivots, prepareSearch, sortFigures, type Pivot, type SortKey,
} from '../../lib/figure-model.js';
import { withoutSourceLabel } from '../../lib/format-figure.js';
import { DEFAULT_TABLE, chosenOptions, figureOptions, figureViewOf, groupByMetric, metricName, resolveSources, type Option } from '../../lib/figure-options.js';
import { toCsv } from '../../lib/csv.js';
import { hostStyles, panelStyles } from '../../lib/host-styles.js';
import { SteppeElement } from '../../lib/steppe-element.js';
import { styleProps } from '../../lib/style-props.js';
import { formatCount, pageLocale } from '../../lib/locale.js';
import { renderSourceDisclosure, sourceDisclosureStyles } from '../../lib/source-disclosure.js';
import { docsOf } from '../../lib/source-line.js';
import { parseList, resolveActor } from '../../lib/timeline-model.js';
import { WidthController } from '../../lib/width-controller.js';
import { afterPaint } from '../../lib/after-paint.js';
import { styles } from './trade-table.styles.js';

// countries and organizations by name only: the table shows and finds them by their names; made
// again when the figures become whole (dist/trade-table.js ships its opening view's first)
let embeddedView: DatasetView | undefined;
const embedded = (): DatasetView => {
  const list = figures();
  if (embeddedView?.dataset.figures !== list) embeddedView = createView({ figures: list, organizations: organizationNames(), places: placeNames(), sources: sources() }, 'embedded');
  return (embeddedView = withExcerpts(embeddedView));
};

const CARDS_BELOW = 560;
/** What the cards' "Sort by" offers: a column and a direction ('' keeps the figures grouped by measure). */
const SORTS: readonly [value: string, label: string][] = [
  ['', 'Measure (grouped)'],
  ['value|descending', 'Value, largest first'],
  ['value|ascending', 'Value, smallest first'],
  ['period|ascending', 'Period, earliest first'],
  ['period|descending', 'Period, latest first'],
  ['actors|ascending', 'Who, A to Z'],
  ['label|ascending', 'Metric, A to Z'],
  ['source|ascending', 'Source'],
];
type FilterKey = 'metric' | 'countries' | 'period' | 'sources' | 'table' | 'query';

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'label', label: 'Metric' },
  { key: 'actors', label: 'Who' },
  { key: 'period', label: 'Period' },
  { key: 'value', label: 'Value' },
  { key: 'unit', label: 'Unit' },
  { key: 'source', label: 'Source' },
];

/**
 * @summary The texts' numbers (trade, energy, investment, statistics) as a sortable, filterable, downloadable table, each number cited.
 * @tag steppe-trade-table
 *
 * @fires {SteppeSelectEvent} steppe-select - A reader selected a country or organization named in a row (`recordType` "actor").
 *
 * @csspart base - The section around the widget.
 * @csspart heading - The heading.
 * @csspart controls - Search, count and downloads.
 * @csspart table - The table.
 * @csspart sort-button - A column header's sort button.
 * @csspart row - A table row (row--selected when its citation is open).
 * @csspart row--selected - The row whose citation is open.
 * @csspart bar - An inline bar (one scale per unit, so a larger value never has a shorter bar).
 * @csspart sparkline - A pivot row's trend line.
 * @csspart cards - The stacked cards of the narrow layout.
 * @csspart pager - The page controls.
 * @csspart source-line - The line under the table naming its sources.
 * @csspart detail - A row's citation: document, excerpt, table caption and source line.
 * @csspart corroboration - "Reported by N texts" in the detail.
 * @csspart caveat - A text's own slip, flagged, in the detail.
 * @csspart disagreement - "Sources disagree" in the detail.
 * @csspart source - A source disclosure; also source-summary, source-list, source-item, source-title, source-excerpt.
 * @csspart source-summary - The "Source" toggle of a disclosure.
 * @csspart source-list - The list of citations in a disclosure.
 * @csspart source-item - One citation.
 * @csspart source-title - A cited document's title.
 * @csspart source-excerpt - The verbatim excerpt.
 *
 * @cssprop --steppe-trade-table-bar - Bar colour; falls back to --steppe-accent.
 * @cssprop --steppe-trade-table-negative - Colour of bars below zero.
 * @cssprop --steppe-trade-table-height - Maximum height of the table before it scrolls; default 36rem.
 */
export class SteppeTradeTable extends SteppeElement {
  // declared without decorators (smaller: the code every page loads before its first render)
  static override properties: PropertyDeclarations = {
    metric: { reflect: true },
    table: { reflect: true },
    countries: { reflect: true },
    period: { reflect: true },
    sources: { reflect: true },
    defaultView: { attribute: 'default-view', reflect: true },
    query: { reflect: true },
    pivot: { type: Boolean, reflect: true },
    sortBy: { attribute: 'sort-by', reflect: true },
    sortDirection: { attribute: 'sort-direction', reflect: true },
    heading: {},
    note: {},
    pageSize: { type: Number, attribute: 'page-size' },
    layout: {},
    page: { state: true },
    openId: { state: true },
    linked: { state: true },
    optionsShown: { state: true },
    downloadFailed: { state: true },
  };

  /** @internal */
  protected override embedPage = 'trade-table';

  static override styles = [hostStyles, panelStyles, sourceDisclosureStyles, disagreementStyles, styles];

  /** Only these metrics (trade-turnover, exports, gdp, population, …), comma-separated. */
  metric = '';
  /** Only the cells of one statistical table: its id or (part of) its caption, e.g. "Table 5". */
  table = '';
  /** Only figures about these countries or bodies (ids or any name), comma-separated. */
  countries = '';
  /** Only figures whose period overlaps this year or span, e.g. "2016" or "2000-2010". */
  period = '';
  /** Only figures cited from these texts: a reader's reference ("Kembayev 2020"), a document's number ("003") or id, comma-separated. */
  sources = '';
  /**
   * What the widget opens on when no filter is set: `comparison` (one printed table: Central Asia's
   * trade with Russia and with China as shares of its trade, 2001–2017, when the data has it) or
   * `all` (every figure, grouped by what it measures).
   */
  defaultView: 'comparison' | 'all' = 'comparison';
  /** Free text: every word must occur in the label, names, period, table or excerpt. */
  query = '';
  /** Lays the rows out as a pivot: a statistical table in its printed shape, or series × period. */
  pivot = false;
  /** Column to sort by: label, actors, period, value, unit or source. */
  sortBy: SortKey | '' = '';
  /** Sort direction. */
  sortDirection: 'ascending' | 'descending' = 'ascending';
  /** The heading (and caption). */
  heading = 'Figures from the texts';
  /** An optional note shown under the heading. */
  note = '';
  /** Rows per page (10,000 figures stay fast: only one page is in the DOM). */
  pageSize = 50;
  /** `auto` (cards below 560 px of container width), `table` or `cards`. */
  layout: 'auto' | 'table' | 'cards' = 'auto';

  /** @internal */ private readonly size = new WidthController(this, () => !this.fromServer);
  /** @internal */ private page = 0;
  /** @internal A download was refused: the figures it needs could not be loaded. */
  private downloadFailed = false;
  /** @internal */ private openId = '';
  /** @internal */ private linked = '';
  /**
   * @internal The selects hold every option, in reading order. The first render in a browser
   * gives each only its chosen option (a closed select shows no other); the rest follow right
   * after the first paint, so that the collation data sorting them needs loads after it, not
   * before. A server renders them all (and the browser's first render over it does too).
   */
  private optionsShown = this.fromServer;
  /** @internal */ private rows: readonly Figure[] = [];
  /** @internal */ private filtered: readonly Figure[] = [];
  /** @internal */ private all: readonly Figure[] = [];
  /** @internal */ private lastSelection?: DatasetView['selection'];
  /** @internal */ private filterKey = '';
  /** @internal */ private sortKey = '';
  /** @internal */ private dataOf?: DatasetView['dataset'];
  /** @internal The opening comparison is shown: no filter set, and the data holds its table. */
  private defaulted = false;

  /** @internal How many figures the data holds (the embedded ones in all, while the rest is on its way). */
  private get total(): number {
    return arriving(this.all) ?? this.all.length;
  }

  /**
   * @internal The view needs figures that have not arrived: dist/trade-table.js ships its opening
   * comparison's figures first and the rest right after the first paint (at once for a view that
   * needs them). Any other view waits for them (or says they could not be loaded) rather than show
   * a part of its rows as all of them.
   */
  private get waiting(): 'loading' | 'failed' | undefined {
    if (this.defaulted || arriving(this.all) === undefined) return undefined;
    return this.view.excerpts === 'failed' ? 'failed' : 'loading';
  }

  /** @internal The table filter in force (the opening comparison's table while it is shown). */
  private get tableShown(): string {
    return this.table || (this.defaulted ? DEFAULT_TABLE : '');
  }

  /** @internal Rows × columns as printed (the opening comparison is a printed table). */
  private get pivotShown(): boolean {
    return this.pivot || this.defaulted;
  }

  /** Rows per page: `page-size` when it is a whole number of at least 1, else 50. */
  private get perPage(): number {
    return Number.isInteger(this.pageSize) && this.pageSize >= 1 ? this.pageSize : 50;
  }

  override firstUpdated(): void {
    if (!this.optionsShown) afterPaint(() => (this.optionsShown = true));
  }

  override updated(): void {
    this.syncControls();
    // index the search text of the data on screen once it is painted and the browser is idle
    // (again for a view that brings the excerpts, which a search looks into)
    const view = this.view;
    if (view !== this.indexed) {
      this.indexed = view;
      const figures = this.all;
      afterPaint(() => {
        if (this.indexed === view) prepareSearch(view, figures);
      });
    }
  }

  /** The view whose search text is indexed (or about to be). */
  private indexed?: DatasetView;

  /** The figures shown after filtering and sorting (all pages). */
  get visibleFigures(): readonly Figure[] {
    return this.rows;
  }

  /** @internal */
  protected override dataView(): DatasetView {
    return this.view;
  }

  /** @internal */
  private get view(): DatasetView {
    return this.providedView() ?? embedded();
  }

  override willUpdate(changed: PropertyValues): void {
    const view = this.view;
    if (view.selection !== this.lastSelection) {
      this.lastSelection = view.selection;
      const s = view.selection;
      // follow a sibling's actor; a cleared selection clears the link
      if (!s) this.linked = '';
      else if (s.origin !== this && s.recordType === 'actor') this.linked = s.recordId;
    }
    this.all = view.dataset.figures;
    const { metric, table, countries, period, query, sources, sortBy, sortDirection } = this;
    const shown = figureViewOf(view, this.all, {
      metric, table, countries, period, query, sources, 'sort-by': sortBy, 'sort-direction': sortDirection,
      'default-view': this.defaultView, pivot: this.pivot ? '' : undefined,
    }, this.linked);
    this.defaulted = shown.defaulted;
    // a view that needs figures not here yet (only the opening table's came first) fetches them now
    if (!this.defaulted && arriving(this.all) !== undefined) void loadExcerpts(view.dataset);
    // filter and sort only when what they depend on changed: paging and opening a citation must
    // not re-sort 10,000 rows
    const filter = shown.filter;
    // a search looks into the excerpts too: search again when they arrive (after the first render)
    const filterKey = `${JSON.stringify(filter)}|${filter.query ? view.excerpts ?? 'ready' : ''}`;
    const dataChanged = this.dataOf !== view.dataset;
    this.dataOf = view.dataset;
    if (dataChanged || filterKey !== this.filterKey) {
      this.filtered = filterFigures(view, this.all, filter);
      this.filterKey = filterKey;
      this.sortKey = '';
    }
    const sortKey = `${this.sortBy}|${this.sortDirection}`;
    if (sortKey !== this.sortKey) {
      this.rows = this.sortBy ? sortFigures(view, this.filtered, this.sortBy, this.sortDirection) : groupByMetric(this.filtered);
      this.sortKey = sortKey;
    }
    if (['metric', 'table', 'countries', 'period', 'query', 'sources', 'defaultView', 'linked', 'sortBy', 'sortDirection', 'pageSize', 'pivot'].some((k) => changed.has(k))) this.page = 0;
    this.page = Math.min(this.page, Math.max(0, Math.ceil(this.pageUnits() / this.perPage) - 1));
  }

  /** What pages count: figures, or pivot rows. */
  private pageUnits(): number {
    return this.pivotShown ? pivots(this.view, this.filtered).reduce((n, p) => n + p.rows.length, 0) : this.rows.length;
  }

  // ---- actions ---------------------------------------------------------------------------------

  private sortOn(key: SortKey): void {
    if (this.sortBy === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortBy = key;
      this.sortDirection = key === 'value' ? 'descending' : 'ascending';
    }
  }

  /**
   * A control changed a filter. Leaving the opening comparison for any other choice shows that
   * choice among all figures (the comparison's table filter is not kept behind the reader's back).
   */
  private setFilter(key: FilterKey, value: string): void {
    if (this.defaulted) this.defaultView = 'all';
    this[key] = value;
  }

  /** List or printed table; from the opening comparison, the same table either way. */
  private setPivot(pivot: boolean): void {
    if (this.defaulted) this.table = DEFAULT_TABLE;
    this.pivot = pivot;
  }

  private setSort(value: string): void {
    const [key, direction] = value.split('|') as [SortKey | '', 'ascending' | 'descending' | undefined];
    if (this.defaulted) this.defaultView = 'all';
    this.sortBy = key;
    this.sortDirection = direction ?? 'ascending';
  }

  /**
   * From the opening comparison to every figure. The button goes with the opening's line, so the
   * focus moves to the Printed table select, which now says "Any figure": the next Tab goes on
   * through the controls to the figures, rather than from the top of the page.
   */
  private async showAll(): Promise<void> {
    this.setFilter('table', '');
    await this.updateComplete;
    const selects = [...this.renderRoot.querySelectorAll<HTMLSelectElement>('.controls select')];
    (selects.find((s) => s.closest('label')?.textContent?.trim().startsWith('Printed table')) ?? selects[0])?.focus();
  }

  private async clearFilters(): Promise<void> {
    for (const key of ['metric', 'countries', 'period', 'sources', 'table', 'query'] as const) this[key] = '';
    this.linked = '';
    this.defaultView = 'all';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.controls select')?.focus();
  }

  /** @internal */ private opener?: HTMLElement;

  /** Opens or closes a figure's citation; an opened one takes focus so that it is heard. */
  private async toggleRow(id: string, opener?: EventTarget | null): Promise<void> {
    this.openId = this.openId === id ? '' : id;
    this.opener = (opener as HTMLElement | null) ?? undefined;
    if (!this.openId) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="detail"] .detail-title')?.focus();
  }

  private closeDetail(): void {
    this.openId = '';
    void this.updateComplete.then(() => this.opener?.focus());
  }

  private readonly handleDetailKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeDetail();
    }
  };

  private async goToPage(page: number, from: 'previous' | 'next'): Promise<void> {
    this.page = page;
    await this.updateComplete;
    this.renderRoot.querySelector('.table-wrap')?.scrollTo?.({ top: 0 });
    // a pager button that becomes disabled would drop focus: give it to the other one
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="pager"] button');
    const [prev, next] = [buttons[0], buttons[1]];
    const target = from === 'next' ? (next?.disabled ? prev : next) : (prev?.disabled ? next : prev);
    target?.focus();
  }

  private async unlink(): Promise<void> {
    this.linked = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  private selectActor(id: string): void {
    this.dispatchEvent(new SteppeSelectEvent(id, 'actor'));
  }

  /**
   * The file name says what the view is: its table, or its metric, countries, years and search
   * ("steppe-figures-exports-kazakhstan-2015-2020-gas-shown-rows.csv"), and whether it holds all rows.
   */
  private fileName(scope: 'shown' | 'all', ext: string): string {
    const slug = (t: string) => t.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const table = this.tableShown;
    const sources = [...resolveSources(this.view, parseList(this.sources))].map((d) => docShort(this.view, d)).join(' ');
    const what = table
      ? slug(table)
      : ['figures', this.metric, this.countries, this.period, sources, this.query].map(slug).filter(Boolean).join('-').slice(0, 80).replace(/-$/, '');
    return `steppe-${what || 'figures'}-${scope === 'all' ? 'all-rows' : 'shown-rows'}.${ext}`;
  }

  /**
   * The CSV text of shown or all rows: UTF-8 with a byte-order mark, citations as columns. The
   * embedded excerpts arrive after the first render: await `excerptsReady()` before calling it.
   */
  csv(scope: 'shown' | 'all' = 'shown'): string {
    const list = scope === 'all' ? this.view.dataset.figures : this.rows;
    const rows = list.map((f) => exportRow(this.view, f));
    return toCsv([...new Set([...EXPORT_COLUMNS, ...rows.flatMap((r) => Object.keys(r))])], rows);
  }

  private download(scope: 'shown' | 'all', format: 'csv' | 'json', waited = false): void {
    // the files carry every citation's excerpt: wait for the embedded ones if they are on their way
    // (a failure is reported on the console; the file then has no excerpts), and for the rows they
    // bring (the widget's next update has them)
    if (!waited && this.view.excerpts === 'loading') {
      void excerptsReady(this.view).catch(() => undefined).then(() => this.updateComplete).then(() => this.download(scope, format, true));
      return;
    }
    // never a part of the figures as all of them
    if ((scope === 'all' || this.waiting) && arriving(this.all) !== undefined) {
      this.downloadFailed = true;
      console.error('[steppe-widgets] <steppe-trade-table>: not downloaded: the embedded figures could not be loaded');
      return;
    }
    this.downloadFailed = false;
    const list = scope === 'all' ? this.all : this.rows;
    const body = format === 'csv' ? this.csv(scope) : `${JSON.stringify(list, null, 2)}\n`;
    const blob = new Blob([body], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = this.fileName(scope, format);
    a.style.display = 'none';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000); // some browsers read the blob late
  }

  // ---- rendering -------------------------------------------------------------------------------

  private renderActors(f: Figure): TemplateResult {
    const view = this.view;
    const ids = f.from || f.to ? [f.from, f.to] : [f.country];
    return html`${ids.map((id, i) => html`${i ? html`<span aria-hidden="true"> → </span><span class="visually-hidden"> to </span>` : nothing}${id
      ? html`<button type="button" class="actor" @click=${() => this.selectActor(id)}>${nameOf(view, id)}</button>`
      : html`<span class="muted">—</span>`}`)}`;
  }

  /** "⚠" after a value the text itself makes doubtful, its caveat spoken and shown on hover. */
  private caveatMark(f: Figure): TemplateResult | typeof nothing {
    if (!f.caveat) return nothing;
    const words = readableNote(this.view.dataset.sources, f.caveat);
    return html` <span class="caveat-mark" title=${words}><span aria-hidden="true">⚠</span><span class="visually-hidden">(caveat: ${words})</span></span>`;
  }

  private renderBar(f: Figure, scales: Map<string, number>): TemplateResult | typeof nothing {
    // a value the text itself makes doubtful is not drawn against the others
    if (f.caveat) return nothing;
    const max = scales.get(f.unit);
    if (!max) return nothing; // alone in its unit: nothing to compare it with
    const share = Math.min(Math.abs(magnitude(f)) / max, 1) * 50;
    const negative = magnitude(f) < 0;
    const position = negative ? { width: `${share}%`, right: '50%' } : { width: `${share}%`, left: '50%' };
    return html`<span part="bar" class="bar-track" aria-hidden="true"><span class="zero"></span><span class="bar ${negative ? 'negative' : ''}"
      ${styleProps(position)}></span></span>`;
  }

  /** "Kembayev 2020", or "Kembayev 2020 +2" when other texts report the figure too. */
  private docLabel(f: Figure): string {
    const docs = reportingDocs(f);
    return `${docShort(this.view, docs[0] ?? '')}${docs.length > 1 ? ` +${docs.length - 1}` : ''}`;
  }

  private renderTable(page: readonly Figure[]): TemplateResult {
    const scales = barScales(this.rows);
    const locale = pageLocale();
    return html`<div class="table-wrap">
      <table part="table">
        <caption class="visually-hidden">${this.heading}</caption>
        <thead>
          <tr>
            ${COLUMNS.map((c) => html`<th scope="col" aria-sort=${this.sortBy === c.key ? this.sortDirection : 'none'}>
              <button type="button" part="sort-button" class="sort" @click=${() => this.sortOn(c.key)}>${c.label}<span aria-hidden="true" class="arrow">${this.sortBy === c.key ? (this.sortDirection === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span></button>
            </th>`)}
          </tr>
        </thead>
        <tbody>
          ${page.map((f, i) => html`${this.groupStart(page, i) ? html`<tr class="group"><th colspan=${COLUMNS.length} scope="colgroup">${metricName(f.metric)}</th></tr>` : nothing}
          <tr part=${f.id === this.openId ? 'row row--selected' : 'row'} class=${f.id === this.openId ? 'selected' : ''}>
            <th scope="row" class="label">${f.label}${isDisputed(f) ? html` <span aria-hidden="true">⚠</span><span class="visually-hidden">(sources disagree)</span>` : nothing}</th>
            <td>${this.renderActors(f)}</td>
            <td>${f.period ? displayDate(f.period) : html`<span class="muted">not given</span>`}</td>
            <td class="value"><span class="number">${formatFigure(f, locale)}${this.caveatMark(f)}</span>${this.renderBar(f, scales)}</td>
            <td>${f.unit}</td>
            <td><button type="button" class="cite" aria-expanded=${f.id === this.openId ? 'true' : 'false'}
              aria-label=${`Source of ${f.label}: ${this.docLabel(f)}`} @click=${(e: Event) => this.toggleRow(f.id, e.currentTarget)}>${this.docLabel(f)}</button></td>
          </tr>
          ${f.id === this.openId ? html`<tr class="detail-row"><td colspan=${COLUMNS.length}>${this.renderDetail(f)}</td></tr>` : nothing}`)}
        </tbody>
      </table>
    </div>`;
  }

  /** Whether row `i` of a page begins a measure's group (figures are grouped while no column sorts them). */
  private groupStart(page: readonly Figure[], i: number): boolean {
    return !this.sortBy && (i === 0 || page[i - 1].metric !== page[i].metric);
  }

  private renderCards(page: readonly Figure[]): TemplateResult {
    const locale = pageLocale();
    return html`<ul part="cards" class="cards">
      ${page.map((f, i) => html`${this.groupStart(page, i) ? html`<li class="group"><h3>${metricName(f.metric)}</h3></li>` : nothing}<li class="card">
        <p class="card-label">${f.label}${isDisputed(f) ? html` <span aria-hidden="true">⚠</span><span class="visually-hidden">(sources disagree)</span>` : nothing}</p>
        <dl>
          <dt>Who</dt><dd>${this.renderActors(f)}</dd>
          <dt>Period</dt><dd>${f.period ? displayDate(f.period) : 'not given'}</dd>
          <dt>Value</dt><dd class="number">${formatFigure(f, locale)}${this.caveatMark(f)}</dd>
          <dt>Measure</dt><dd>${metricName(f.metric)}</dd>
        </dl>
        <button type="button" class="cite" aria-expanded=${f.id === this.openId ? 'true' : 'false'} @click=${(e: Event) => this.toggleRow(f.id, e.currentTarget)}>Source: ${this.docLabel(f)}</button>
        ${f.id === this.openId ? this.renderDetail(f) : nothing}
      </li>`)}
    </ul>`;
  }

  /** A trend line through [x, value] points, x from 0 (the first column) to 1 (the last). */
  private sparkline(points: readonly (readonly [number, number])[]): TemplateResult {
    const values = points.map(([, v]) => v);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pts = points.map(([x, v]) => `${x * 60},${18 - ((v - lo) / (hi - lo || 1)) * 16}`).join(' ');
    return html`<svg part="sparkline" class="sparkline" viewBox="0 0 60 20" width="60" height="20" aria-hidden="true">${svg`<polyline points=${pts} fill="none" stroke="currentColor" stroke-width="1.5" />`}</svg>`;
  }

  private renderPivot(): TemplateResult {
    const view = this.view;
    const all = pivots(view, this.filtered);
    const locale = pageLocale();
    // pages count pivot rows across the tables shown
    const first = this.page * this.perPage;
    const last = first + this.perPage;
    let offset = 0;
    const open = this.rows.find((f) => f.id === this.openId);
    return html`${all.map((p: Pivot) => {
      const rows = p.rows.map((r, i) => ({ r, i: offset + i })).filter(({ i }) => i >= first && i < last);
      offset += p.rows.length;
      if (!rows.length) return nothing;
      // the caption is shown above the scrolling box (a caption inside it would scroll out of view)
      return html`<p class="table-caption" aria-hidden="true">${p.caption || this.heading}</p>
      <div class="table-wrap">
        <table part="table" class="pivot">
          <caption class="visually-hidden">${p.caption || this.heading}</caption>
          <thead><tr><td class="corner"></td>${p.columns.map((c) => html`<th scope="col">${c}</th>`)}<th scope="col">Trend</th></tr></thead>
          <tbody>
            ${rows.map(({ r }) => {
              const cells = p.columns.map((c) => p.cells.get(`${r}\u0000${c}`) ?? []);
              // the trend: each column's first figure at its column's place, without the values their
              // own text makes doubtful (a caveat: no bar, and no point on the line either)
              const series = cells.flatMap((list, i) => (list[0] && !list[0].caveat ? [{ f: list[0], i }] : []));
              const sameUnit = series.every(({ f }) => f.unit === series[0]?.f.unit);
              return html`<tr part="row">
                <th scope="row">${r}</th>
                ${cells.map((list) => html`<td class="value">${list.length
                  ? list.map((f) => html`<button type="button" class="cell-button" aria-expanded=${f.id === this.openId ? 'true' : 'false'}
                      @click=${(e: Event) => this.toggleRow(f.id, e.currentTarget)}>${formatFigure(f, locale)}${this.caveatMark(f)}${isDisputed(f)
                        ? html`<span aria-hidden="true"> ⚠</span><span class="visually-hidden"> (sources disagree)</span>`
                        : nothing}</button>`)
                  : html`<span aria-hidden="true" class="muted">—</span><span class="visually-hidden">no value</span>`}</td>`)}
                <td>${series.length >= 3 && sameUnit ? this.sparkline(series.map(({ f, i }) => [i / Math.max(p.columns.length - 1, 1), magnitude(f)])) : nothing}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
    })}
    ${open ? this.renderDetail(open) : nothing}`;
  }

  private renderDetail(f: Figure): TemplateResult {
    const view = this.view;
    return html`<div part="detail" class="detail" role="group" aria-label=${`Source of ${f.label}`} @keydown=${this.handleDetailKeydown}>
      <button type="button" class="close" aria-label="Close the source" @click=${() => this.closeDetail()}>✕</button>
      <p class="detail-title" tabindex="-1"><strong>${f.label}</strong>: ${formatFigure(f, pageLocale())}${f.period ? `, ${displayDate(f.period)}` : ''}</p>
      ${renderCaveat(view, f)}
      ${f.table
        ? html`<p>From <cite>${f.table.caption}</cite>, row “${f.table.row}”, column “${f.table.column}”.${f.table.source ? html` The table’s source: ${withoutSourceLabel(f.table.source)}` : nothing}</p>`
        : nothing}
      ${f.note ? html`<p class="muted">Note: ${f.note}</p>` : nothing}
      ${renderDisagreement(view, f)}
      ${renderCorroboration(view, f)}
      ${renderSourceDisclosure(view, f.sources, { open: true, record: f })}
    </div>`;
  }

  /** @internal The documents and table notes of the rows shown, once per filtered list (not per sort or page). */
  private sourcesCache?: { for: readonly Figure[]; docs: string[]; tableSources: string[] };

  private renderSourceLine(): TemplateResult {
    const view = this.view;
    if (this.sourcesCache?.for !== this.filtered) {
      this.sourcesCache = {
        for: this.filtered,
        docs: docsOf(view, this.filtered, (f) => [f]),
        tableSources: [...new Set(this.filtered.map((f) => f.table?.source).filter((s): s is string => Boolean(s)))],
      };
    }
    const { docs, tableSources } = this.sourcesCache;
    return html`<p part="source-line" class="source-line">
      Source: ${docs.map((d, i) => html`${i ? '; ' : ''}<cite>${docShort(view, d)}</cite>`)}${tableSources.length === 1 ? html`; the table’s own source: “${withoutSourceLabel(tableSources[0])}”` : nothing}. See each row.
    </p>`;
  }

  /** A select over one filter: "any" first, then each value with how many figures it has. */
  private renderSelect(label: string, key: FilterKey, value: string, options: readonly Option[], any: string, name: (v: string) => string = String): TemplateResult {
    const known = !value || options.some((o) => o.value === value);
    return html`<label class="field">${label}
      <select @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${any}</option>
        ${known ? nothing : html`<option value=${value} selected>${name(value)}</option>`}
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label} (${formatCount(o.count)})</option>`)}
      </select>
    </label>`;
  }

  /** The one id a filter's single term names, so its select shows it ("Kazakhstan" is place-kazakhstan). */
  private single(ids: readonly string[] | Set<string>, raw: string): string {
    const list = [...ids];
    return list.length === 1 && parseList(raw).length === 1 ? list[0] : raw;
  }

  private renderControls(cards: boolean): TemplateResult {
    const view = this.view;
    const actor = this.single(resolveActor(view, this.countries), this.countries);
    const source = this.single(resolveSources(view, parseList(this.sources)), this.sources);
    // the first render: each select's chosen option only (a closed select shows no other)
    // (and while the figures are not all there: counts of a part would be wrong)
    const o = this.optionsShown && arriving(this.all) === undefined ? figureOptions(view, this.all)
      : chosenOptions(view, this.all, { metrics: this.metric, actors: actor, years: this.period, sources: source, tables: this.tableShown });
    const hasTables = o.tables.length > 0 || (!this.optionsShown && this.all.some((f) => f.table));
    const filtered = [this.metric, this.table, this.countries, this.period, this.query, this.sources].some((v) => v.trim());
    // a reader who reaches a select before they have come gets them at once
    const showOptions = (): void => {
      this.optionsShown = true;
    };
    return html`<div part="controls" class="controls" @focusin=${this.optionsShown ? nothing : showOptions}
      @pointerdown=${this.optionsShown ? nothing : showOptions}>
      <div class="filters" role="group" aria-label="Filters (every filter applies)">
        ${this.renderSelect('Measure', 'metric', this.metric, o.metrics, 'Every measure', metricName)}
        ${this.renderSelect('Country or body', 'countries', actor, o.actors, 'Any', (id) => nameOf(view, id))}
        ${this.renderSelect('Year', 'period', this.period, o.years, 'Any year')}
        ${this.renderSelect('Text', 'sources', source, o.sources, 'Every text')}
        ${hasTables ? this.renderSelect('Printed table', 'table', this.tableShown, o.tables, 'Any figure') : nothing}
        <label class="field">Search
          <input type="search" .value=${this.query} @input=${(e: Event) => this.setFilter('query', (e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <div class="view-row">
        <fieldset class="layout-choice">
          <legend>Show as</legend>
          <label><input type="radio" name="layout" ?checked=${!this.pivotShown} @change=${() => this.setPivot(false)} />List</label>
          <label><input type="radio" name="layout" ?checked=${this.pivotShown} @change=${() => this.setPivot(true)} />Printed table</label>
        </fieldset>
        ${cards && !this.pivotShown
          ? html`<label class="field">Sort by
              <select @change=${(e: Event) => this.setSort((e.target as HTMLSelectElement).value)}>
                ${SORTS.map(([value, label]) => html`<option value=${value} ?selected=${value === (this.sortBy ? `${this.sortBy}|${this.sortDirection}` : '')}>${label}</option>`)}
              </select>
            </label>`
          : nothing}
        <p class="count" role="status">${this.waiting
          ? this.waiting === 'failed' ? `None of ${formatCount(this.total)} figures shown` : `Loading ${formatCount(this.total)} figures…`
          : `Showing ${formatCount(this.rows.length)} of ${formatCount(this.total)} figures${view.checking ? `; checking ${formatCount(view.checking)} more records…` : ''}`}</p>
        ${filtered || this.linked ? html`<button type="button" class="clear" @click=${() => this.clearFilters()}>Clear filters</button>` : nothing}
        ${this.linked ? html`<button type="button" class="chip" @click=${() => this.unlink()}>Linked: ${nameOf(view, this.linked)} <span aria-hidden="true">✕</span></button>` : nothing}
      </div>
      ${this.defaulted
        ? html`<p class="opening">To begin, one comparison from the texts: Central Asia’s trade with Russia and with China.
            <button type="button" class="link" @click=${() => this.showAll()}>Show all ${formatCount(this.total)} figures</button></p>`
        : nothing}
      <div class="downloads" role="group" aria-label="Download">
        <button type="button" @click=${() => this.download('shown', 'csv')}>CSV (shown rows)</button>
        <button type="button" @click=${() => this.download('all', 'csv')}>CSV (all rows)</button>
        <button type="button" @click=${() => this.download('shown', 'json')}>JSON</button>
        ${this.downloadFailed ? html`<p role="alert">Not downloaded: the figures could not be loaded.</p>` : nothing}
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const waiting = this.waiting;
    const pages = waiting ? 1 : Math.max(1, Math.ceil(this.pageUnits() / this.perPage));
    const page = this.rows.slice(this.page * this.perPage, (this.page + 1) * this.perPage);
    const cards = this.layout === 'cards' || (this.layout === 'auto' && this.size.value > 0 && this.size.value < CARDS_BELOW);
    // before its width is known, a server-rendered table shows the table (a server cannot know)
    const measured = this.layout !== 'auto' || this.size.value > 0 || this.fromServer;
    return html`<section part="base" class="figures" aria-labelledby="heading">
      <h2 part="heading" id="heading" class="heading">${this.heading}</h2>
      ${this.note ? html`<p class="note">${this.note}</p>` : nothing}
      ${this.renderControls(cards)}
      ${waiting === 'loading'
        ? html`<p class="empty">Loading the figures…</p>`
        : waiting === 'failed'
          ? html`<p class="empty" role="alert">The figures could not be loaded: only the opening comparison is here. Reload the page to try again.</p>`
          : !this.rows.length
        ? html`<p class="empty" role="status">No figures match these filters.</p>`
        : !measured
          ? nothing
          : this.pivotShown
            ? this.renderPivot()
            : cards
              ? this.renderCards(page)
              : this.renderTable(page)}
      ${pages > 1
        ? html`<nav part="pager" class="pager" aria-label="Pages">
            <button type="button" ?disabled=${this.page === 0} @click=${() => this.goToPage(this.page - 1, 'previous')}>Previous</button>
            <span aria-live="polite">Page ${this.page + 1} of ${pages}</span>
            <button type="button" ?disabled=${this.page >= pages - 1} @click=${() => this.goToPage(this.page + 1, 'next')}>Next</button>
          </nav>`
        : nothing}
      ${this.rows.length && !waiting ? this.renderSourceLine() : nothing}
      ${this.rows.length && !waiting ? this.renderCite({
        title: this.heading, kind: 'a table of figures', docs: this.sourcesCache?.docs ?? [], view: this.view,
        filters: this.filtersInWords(['metric', 'countries', 'period', 'sources', 'table', 'query'], {
          table: this.all.find((f) => this.tableShown && matchesTable(f, this.tableShown))?.table?.caption ?? this.tableShown,
        }),
      }) : nothing}
      ${this.renderEmbedCode()}
    </section>`;
  }
}

defineElement('steppe-trade-table', SteppeTradeTable);

// the event it fires, beside the class (the manifest's readers import both from one module)
export { SteppeSelectEvent };

declare global {
  interface HTMLElementTagNameMap {
    'steppe-trade-table': SteppeTradeTable;
  }
}
