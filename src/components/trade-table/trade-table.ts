import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { datasetContext } from '../../data/context.js';
import { figures } from '../../data/collections/figures.js';
import { organizations } from '../../data/collections/organizations.js';
import { people } from '../../data/collections/people.js';
import { places } from '../../data/collections/places.js';
import { sources } from '../../data/collections/sources.js';
import type { Figure } from '../../data/schema.js';
import { createView, nameOf, sourceOf, type DatasetView } from '../../data/view.js';
import { ensureContextRoot } from '../../lib/context-root.js';
import { defineElement } from '../../lib/define.js';
import { disagreementStyles, renderDisagreement } from '../../lib/disagreement.js';
import { SteppeSelectEvent } from '../../lib/events.js';
import {
  barScales, exportRow, filterFigures, formatFigure, magnitude, pivot, sortFigures, type SortKey,
} from '../../lib/figure-model.js';
import { toCsv } from '../../lib/csv.js';
import { hostStyles } from '../../lib/host-styles.js';
import { formatCount, pageLocale } from '../../lib/locale.js';
import { renderSourceDisclosure, sourceDisclosureStyles } from '../../lib/source-disclosure.js';
import { parseList } from '../../lib/timeline-model.js';
import { WidthController } from '../../lib/width-controller.js';
import { styles } from './trade-table.styles.js';

let embeddedView: DatasetView | undefined;
const embedded = (): DatasetView =>
  (embeddedView ??= createView({ figures, organizations, people, places, sources }, 'embedded'));

const CARDS_BELOW = 560;
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
 * @fires steppe-select - A reader selected a country or organization named in a row (`recordType` "actor").
 *
 * @csspart base - The section around the widget.
 * @csspart heading - The heading.
 * @csspart controls - Search, count and downloads.
 * @csspart table - The table.
 * @csspart sort-button - A column header's sort button.
 * @csspart row - A table row (row--selected when its citation is open).
 * @csspart bar - An inline bar (scaled per unit and metric).
 * @csspart sparkline - A pivot row's trend line.
 * @csspart cards - The stacked cards of the narrow layout.
 * @csspart pager - The page controls.
 * @csspart source-line - The line under the table naming its sources.
 * @csspart detail - A row's citation: document, excerpt, table caption and source line.
 * @csspart disagreement - "Sources disagree" in the detail.
 * @csspart source - A source disclosure; also source-summary, source-list, source-item, source-title, source-excerpt.
 *
 * @cssprop --steppe-trade-table-bar - Bar colour; falls back to --steppe-accent.
 * @cssprop --steppe-trade-table-negative - Colour of bars below zero.
 */
export class SteppeTradeTable extends LitElement {
  static override styles = [hostStyles, sourceDisclosureStyles, disagreementStyles, styles];

  /** Only these metrics (trade-turnover, exports, gdp, population, …), comma-separated. */
  @property({ reflect: true }) metric = '';
  /** Only the cells of one statistical table: its id or (part of) its caption, e.g. "Table 5". */
  @property({ reflect: true }) table = '';
  /** Only figures about these countries or bodies (ids or any name), comma-separated. */
  @property({ reflect: true }) countries = '';
  /** Only figures whose period overlaps this year or span, e.g. "2016" or "2000-2010". */
  @property({ reflect: true }) period = '';
  /** Free text: every word must occur in the label, names, period, table or excerpt. */
  @property({ reflect: true }) query = '';
  /** Lays the rows out as a pivot: a statistical table in its printed shape, or series × period. */
  @property({ type: Boolean, reflect: true }) pivot = false;
  /** Column to sort by: label, actors, period, value, unit or source. */
  @property({ attribute: 'sort-by', reflect: true }) sortBy: SortKey | '' = '';
  /** Sort direction. */
  @property({ attribute: 'sort-direction', reflect: true }) sortDirection: 'ascending' | 'descending' = 'ascending';
  /** The heading (and caption). */
  @property() heading = 'Figures from the texts';
  /** An optional note shown under the heading. */
  @property() note = '';
  /** Rows per page (10,000 figures stay fast: only one page is in the DOM). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;
  /** `auto` (cards below 560 px of container width), `table` or `cards`. */
  @property() layout: 'auto' | 'table' | 'cards' = 'auto';

  /** @internal */ private readonly data = new ContextConsumer(this, { context: datasetContext, subscribe: true });
  /** @internal */ private readonly size = new WidthController(this);
  /** @internal */ @state() private page = 0;
  /** @internal */ @state() private openId = '';
  /** @internal */ @state() private linked = '';
  /** @internal */ private rows: readonly Figure[] = [];
  /** @internal */ private all: readonly Figure[] = [];
  /** @internal */ private lastSelection?: DatasetView['selection'];

  /** The figures shown after filtering and sorting (all pages). */
  get visibleFigures(): readonly Figure[] {
    return this.rows;
  }

  /** @internal */
  private get view(): DatasetView {
    return this.data.value ?? embedded();
  }

  override willUpdate(changed: PropertyValues): void {
    const view = this.view;
    if (view.selection !== this.lastSelection) {
      this.lastSelection = view.selection;
      const s = view.selection;
      if (s && s.origin !== this && s.recordType === 'actor') this.linked = s.recordId;
    }
    this.all = view.dataset.figures;
    const filtered = filterFigures(view, this.all, {
      metric: parseList(this.metric),
      table: this.table,
      countries: [...parseList(this.countries), ...(this.linked ? [this.linked] : [])],
      period: this.period,
      query: this.query,
    });
    this.rows = this.sortBy ? sortFigures(view, filtered, this.sortBy, this.sortDirection) : filtered;
    if (['metric', 'table', 'countries', 'period', 'query', 'linked', 'sortBy', 'sortDirection', 'pageSize'].some((k) => changed.has(k))) this.page = 0;
    this.page = Math.min(this.page, Math.max(0, Math.ceil(this.rows.length / this.pageSize) - 1));
  }

  // ---- actions ---------------------------------------------------------------------------------

  private sortOn(key: SortKey): void {
    if (this.sortBy === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortBy = key;
      this.sortDirection = key === 'value' ? 'descending' : 'ascending';
    }
  }

  private toggleRow(id: string): void {
    this.openId = this.openId === id ? '' : id;
  }

  private selectActor(id: string): void {
    this.dispatchEvent(new SteppeSelectEvent(id, 'actor'));
  }

  /** The file name says what the view is: its table or metric, and whether it holds all rows. */
  private fileName(scope: 'shown' | 'all', ext: string): string {
    const what = (this.table || this.metric || 'figures').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return `steppe-${what || 'figures'}-${scope === 'all' ? 'all-rows' : 'shown-rows'}.${ext}`;
  }

  /** The CSV text of shown or all rows: UTF-8 with a byte-order mark, citations as columns. */
  csv(scope: 'shown' | 'all' = 'shown'): string {
    const list = scope === 'all' ? this.all : this.rows;
    const rows = list.map((f) => exportRow(this.view, f));
    return toCsv([...new Set(rows.flatMap((r) => Object.keys(r)))], rows);
  }

  private download(scope: 'shown' | 'all', format: 'csv' | 'json'): void {
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
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  // ---- rendering -------------------------------------------------------------------------------

  private renderActors(f: Figure): TemplateResult {
    const view = this.view;
    const ids = f.from || f.to ? [f.from, f.to] : [f.country];
    return html`${ids.map((id, i) => html`${i ? html`<span aria-hidden="true"> → </span><span class="visually-hidden"> to </span>` : nothing}${id
      ? html`<button type="button" class="actor" @click=${() => this.selectActor(id)}>${nameOf(view, id)}</button>`
      : html`<span class="muted">—</span>`}`)}`;
  }

  private renderBar(f: Figure, scales: Map<string, number>): TemplateResult {
    const max = scales.get(`${f.unit}|${f.metric}`) || 1;
    const share = Math.min(Math.abs(magnitude(f)) / max, 1) * 50;
    const negative = magnitude(f) < 0;
    return html`<span part="bar" class="bar-track" aria-hidden="true"><span class="zero"></span><span class="bar ${negative ? 'negative' : ''}"
      style="width:${share}%;${negative ? `right:50%` : 'left:50%'}"></span></span>`;
  }

  private docLabel(f: Figure): string {
    const doc = f.sources[0]?.doc ?? '';
    return doc.slice(0, 3);
  }

  private renderTable(page: readonly Figure[]): TemplateResult {
    const scales = barScales(this.rows);
    const locale = pageLocale();
    return html`<div class="table-wrap">
      <table part="table">
        <caption>${this.heading}</caption>
        <thead>
          <tr>
            ${COLUMNS.map((c) => html`<th scope="col" aria-sort=${this.sortBy === c.key ? this.sortDirection : 'none'}>
              <button type="button" part="sort-button" class="sort" @click=${() => this.sortOn(c.key)}>${c.label}<span aria-hidden="true" class="arrow">${this.sortBy === c.key ? (this.sortDirection === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span></button>
            </th>`)}
          </tr>
        </thead>
        <tbody>
          ${page.map((f) => html`<tr part=${f.id === this.openId ? 'row row--selected' : 'row'} class=${f.id === this.openId ? 'selected' : ''}>
            <th scope="row" class="label">${f.label}${f.conflictsWith?.length ? html` <span aria-hidden="true">⚠</span><span class="visually-hidden">(sources disagree)</span>` : nothing}</th>
            <td>${this.renderActors(f)}</td>
            <td>${f.period ? f.period.text : html`<span class="muted">not given</span>`}</td>
            <td class="value"><span class="number">${formatFigure(f, locale)}</span>${this.renderBar(f, scales)}</td>
            <td>${f.unit}</td>
            <td><button type="button" class="cite" aria-expanded=${f.id === this.openId ? 'true' : 'false'}
              aria-label=${`Source of ${f.label}: document ${this.docLabel(f)}`} @click=${() => this.toggleRow(f.id)}>${this.docLabel(f)}</button></td>
          </tr>
          ${f.id === this.openId ? html`<tr class="detail-row"><td colspan=${COLUMNS.length}>${this.renderDetail(f)}</td></tr>` : nothing}`)}
        </tbody>
      </table>
    </div>`;
  }

  private renderCards(page: readonly Figure[]): TemplateResult {
    const locale = pageLocale();
    return html`<ul part="cards" class="cards">
      ${page.map((f) => html`<li class="card">
        <p class="card-label">${f.label}${f.conflictsWith?.length ? ' ⚠' : ''}</p>
        <dl>
          <dt>Who</dt><dd>${this.renderActors(f)}</dd>
          <dt>Period</dt><dd>${f.period?.text ?? 'not given'}</dd>
          <dt>Value</dt><dd class="number">${formatFigure(f, locale)}</dd>
          <dt>Metric</dt><dd>${f.metric}</dd>
        </dl>
        <button type="button" class="cite" aria-expanded=${f.id === this.openId ? 'true' : 'false'} @click=${() => this.toggleRow(f.id)}>Source: document ${this.docLabel(f)}</button>
        ${f.id === this.openId ? this.renderDetail(f) : nothing}
      </li>`)}
    </ul>`;
  }

  private sparkline(values: readonly number[]): TemplateResult {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pts = values.map((v, i) => `${(i / (values.length - 1)) * 60},${18 - ((v - lo) / (hi - lo || 1)) * 16}`).join(' ');
    return html`<svg part="sparkline" class="sparkline" viewBox="0 0 60 20" width="60" height="20" aria-hidden="true">${svg`<polyline points=${pts} fill="none" stroke="currentColor" stroke-width="1.5" />`}</svg>`;
  }

  private renderPivot(): TemplateResult {
    const view = this.view;
    const p = pivot(view, this.rows);
    const locale = pageLocale();
    const tables = [...new Set(this.rows.map((f) => f.table?.caption).filter(Boolean))];
    return html`<div class="table-wrap">
      <table part="table" class="pivot">
        <caption>${tables.length === 1 ? tables[0] : this.heading}</caption>
        <thead><tr><td class="corner"></td>${p.columns.map((c) => html`<th scope="col">${c}</th>`)}<th scope="col">Trend</th></tr></thead>
        <tbody>
          ${p.rows.map((r) => {
            const cells = p.columns.map((c) => p.cells.get(`${r}\u0000${c}`));
            const series = cells.filter((f): f is Figure => Boolean(f));
            const sameUnit = series.every((f) => f.unit === series[0]?.unit);
            return html`<tr part="row">
              <th scope="row">${r}</th>
              ${cells.map((f) => html`<td class="value">${f
                ? html`<button type="button" class="cell-button" aria-expanded=${f.id === this.openId ? 'true' : 'false'} @click=${() => this.toggleRow(f.id)}>${formatFigure(f, locale)}${f.conflictsWith?.length ? ' ⚠' : ''}</button>`
                : html`<span class="muted" aria-label="no value">—</span>`}</td>`)}
              <td>${series.length >= 3 && sameUnit ? this.sparkline(series.map(magnitude)) : nothing}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${this.openId && this.rows.some((f) => f.id === this.openId) ? this.renderDetail(this.rows.find((f) => f.id === this.openId)!) : nothing}
    </div>`;
  }

  private renderDetail(f: Figure): TemplateResult {
    const view = this.view;
    return html`<div part="detail" class="detail" role="group" aria-label=${`Source of ${f.label}`}>
      <p class="detail-title"><strong>${f.label}</strong>: ${formatFigure(f, pageLocale())}${f.period ? `, ${f.period.text}` : ''}</p>
      ${f.table
        ? html`<p>From <cite>${f.table.caption}</cite>, row “${f.table.row}”, column “${f.table.column}”.${f.table.source ? html` The table’s source: ${f.table.source}` : nothing}</p>`
        : nothing}
      ${f.note ? html`<p class="muted">Note: ${f.note}</p>` : nothing}
      ${renderDisagreement(view, f)}
      ${renderSourceDisclosure(view, f.sources)}
    </div>`;
  }

  private renderSourceLine(): TemplateResult {
    const view = this.view;
    const docs = [...new Set(this.rows.flatMap((f) => f.sources.map((s) => s.doc)))];
    const tableSources = [...new Set(this.rows.map((f) => f.table?.source).filter((s): s is string => Boolean(s)))];
    return html`<p part="source-line" class="source-line">
      Source: ${docs.map((d, i) => html`${i ? '; ' : ''}<cite>${sourceOf(view, d)?.title ?? d}</cite>`)}${tableSources.length === 1 ? html`, citing ${tableSources[0]}` : nothing}; see each row.
    </p>`;
  }

  override render(): TemplateResult {
    const pages = Math.max(1, Math.ceil(this.rows.length / this.pageSize));
    const page = this.rows.slice(this.page * this.pageSize, (this.page + 1) * this.pageSize);
    const cards = this.layout === 'cards' || (this.layout === 'auto' && this.size.value > 0 && this.size.value < CARDS_BELOW);
    const measured = this.layout !== 'auto' || this.size.value > 0;
    return html`<section part="base" class="figures" aria-labelledby="heading">
      <h2 part="heading" id="heading" class="heading">${this.heading}</h2>
      ${this.note ? html`<p class="note">${this.note}</p>` : nothing}
      <div part="controls" class="controls">
        <label class="field">Filter
          <input type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        </label>
        <p class="count" role="status">Showing ${formatCount(this.rows.length)} of ${formatCount(this.all.length)} figures</p>
        ${this.linked ? html`<button type="button" class="chip" @click=${() => (this.linked = '')}>Linked: ${nameOf(this.view, this.linked)} <span aria-hidden="true">✕</span></button>` : nothing}
        <div class="downloads" role="group" aria-label="Download">
          <button type="button" @click=${() => this.download('shown', 'csv')}>CSV (shown rows)</button>
          <button type="button" @click=${() => this.download('all', 'csv')}>CSV (all rows)</button>
          <button type="button" @click=${() => this.download('shown', 'json')}>JSON</button>
        </div>
      </div>
      ${!this.rows.length
        ? html`<p class="empty" role="status">No figures match these filters.</p>`
        : !measured
          ? nothing
          : this.pivot
            ? this.renderPivot()
            : cards
              ? this.renderCards(page)
              : this.renderTable(page)}
      ${!this.pivot && pages > 1
        ? html`<nav part="pager" class="pager" aria-label="Pages">
            <button type="button" ?disabled=${this.page === 0} @click=${() => this.page--}>Previous</button>
            <span>Page ${this.page + 1} of ${pages}</span>
            <button type="button" ?disabled=${this.page >= pages - 1} @click=${() => this.page++}>Next</button>
          </nav>`
        : nothing}
      ${this.rows.length ? this.renderSourceLine() : nothing}
    </section>`;
  }
}

ensureContextRoot();
defineElement('steppe-trade-table', SteppeTradeTable);

declare global {
  interface HTMLElementTagNameMap {
    'steppe-trade-table': SteppeTradeTable;
  }
}
