import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { memberships } from '../../data/collections/memberships.js';
import { matrixOrganizations } from '../../data/collections/matrix-organizations.js';
import { placeNames } from '../../data/collections/place-names.js';
import { sources } from '../../data/collections/sources.js';
import type { Membership, Organization } from '../../data/schema.js';
import { createView, withExcerpts, nameOf, type DatasetView } from '../../data/view.js';
import { datePhrase, displayDate, yearSpan } from '../../lib/dates.js';
import { defineElement } from '../../lib/define.js';
import { disagreementStyles, renderCaveat, renderCorroboration, renderDisagreement } from '../../lib/disagreement.js';
import { SteppeSelectEvent } from '../../lib/events.js';
import { hostStyles, panelStyles } from '../../lib/host-styles.js';
import { SteppeElement } from '../../lib/steppe-element.js';
import { STATUS_LABELS, STATUS_ORDER, buildMatrix, resolveAll, type Cell, type Matrix } from '../../lib/membership-model.js';
import { renderSourceDisclosure, sourceDisclosureStyles } from '../../lib/source-disclosure.js';
import { parseList } from '../../lib/timeline-model.js';
import { WidthController } from '../../lib/width-controller.js';
import { InnerSizeController } from '../../lib/inner-size-controller.js';
import { styleProps } from '../../lib/style-props.js';
import { docsOf, renderSourceLine, sourceLineStyles } from '../../lib/source-line.js';
import { styles } from './membership-matrix.styles.js';

// countries by name only; organizations with what the detail shows of those a membership names
let embeddedView: DatasetView | undefined;
const embedded = (): DatasetView =>
  (embeddedView = withExcerpts(embeddedView ?? createView({ memberships: memberships(), organizations: matrixOrganizations(), places: placeNames(), sources: sources() }, 'embedded')));

/** Below this container width the table becomes a list per organization. */
const LIST_BELOW = 480;

type Focus = { r: number; c: number };
type Detail = { kind: 'cell'; org: string; country: string } | { kind: 'org'; org: string };

/**
 * @summary Which country belongs to which organization, with what status and since when, according to which text.
 * @tag steppe-membership-matrix
 *
 * @fires {SteppeSelectEvent} steppe-select - A reader selected an organization or a country (`recordType` "actor"); `recordId` names it.
 *
 * @csspart base - The section around the widget.
 * @csspart heading - The heading.
 * @csspart controls - The year and sort controls.
 * @csspart table - The table (a grid: arrow keys move between cells).
 * @csspart cell - A status cell; modifiers cell--highlighted, cell--disputed, cell--undated, cell--ended.
 * @csspart cell--highlighted - A cell in a highlighted row or column.
 * @csspart cell--disputed - A cell whose sources disagree.
 * @csspart cell--undated - A cell whose status the texts give no year for.
 * @csspart cell--ended - A membership that has ended.
 * @csspart org-header - An organization's row (or column) header button.
 * @csspart country-header - A country's column (or row) header button.
 * @csspart legend - The legend of status marks.
 * @csspart source-line - The line naming the documents the matrix draws on.
 * @csspart list - The per-organization list (narrow layout).
 * @csspart detail - The detail of a cell or organization, with its sources.
 * @csspart disagreement - "Sources disagree" in the detail.
 * @csspart corroboration - "Reported by N texts" in the detail.
 * @csspart caveat - A text's own slip, flagged, in the detail.
 * @csspart source - A source disclosure; also source-summary, source-list, source-item, source-title, source-excerpt.
 * @csspart source-summary - The "Source" toggle of a disclosure.
 * @csspart source-list - The list of citations in a disclosure.
 * @csspart source-item - One citation.
 * @csspart source-title - A cited document's title.
 * @csspart source-excerpt - The verbatim excerpt.
 *
 * @cssprop --steppe-membership-matrix-accent - Highlight colour; falls back to --steppe-accent.
 * @cssprop --steppe-membership-matrix-height - Most the table takes before it scrolls inside its box (headers stay); default 56rem.
 */
export class SteppeMembershipMatrix extends SteppeElement {
  /** @internal */
  protected override embedPage = 'membership-matrix';

  static override styles = [hostStyles, panelStyles, sourceDisclosureStyles, disagreementStyles, sourceLineStyles, styles];

  /** Organizations to show, in order: ids or names (any alias), comma-separated. Default: the texts' main ones. */
  @property({ reflect: true }) orgs = '';
  /** Countries to show, in order: ids or names, comma-separated. Default: those in two or more of the organizations. */
  @property({ reflect: true }) countries = '';
  /** Show memberships as of this year; empty for the latest known status. */
  @property({ reflect: true }) year = '';
  /** Countries as rows and organizations as columns. */
  @property({ type: Boolean, reflect: true }) transpose = false;
  /** Sort countries by `count` (number of memberships, default) or `name`; ignored when `countries` sets an order. */
  @property({ reflect: true }) sort: 'count' | 'name' | '' = '';
  /** An organization or country (id or name) whose row or column is highlighted. */
  @property({ reflect: true }) highlight = '';
  /** `auto` (list below 480 px of container width), `table` or `list`. */
  @property() layout: 'auto' | 'table' | 'list' = 'auto';
  /** The heading text. */
  @property() heading = 'Who belongs to what';

  /** @internal */ private readonly size = new WidthController(this, () => !this.fromServer);
  /** @internal An anchored detail that grows (its sources opened) keeps the widget around it. */
  protected readonly panelSize = new InnerSizeController(this, '[part="detail"].anchored', () => this.fitReserve());
  /** @internal */ @state() private active: Focus = { r: 1, c: 1 };
  /** @internal */ @state() private detail?: Detail;
  /** @internal Room kept under the widget's content for an anchored detail that reaches below it. */
  @state() private reserve = 0;
  /** @internal Where the detail opens in the table: under its cell or header, in px from the widget's box. */
  @state() private anchor?: { top: number; left: number; width: number };
  /** @internal */ private matrix: Matrix = { orgs: [], countries: [], cells: [], years: undefined };
  /** @internal */ private unknown: string[] = [];
  /** @internal */ private highlightIds = new Set<string>();
  /** @internal */ private lastSelection?: DatasetView['selection'];

  /** @internal */
  protected override dataView(): DatasetView {
    return this.view;
  }

  /** @internal */
  private get view(): DatasetView {
    return this.providedView() ?? embedded();
  }

  private get asOf(): number | undefined {
    return /^\d{4}$/.test(this.year.trim()) ? Number(this.year.trim()) : undefined;
  }

  override willUpdate(_changed: PropertyValues): void {
    const view = this.view;
    if (view.selection !== this.lastSelection) {
      this.lastSelection = view.selection;
      const s = view.selection;
      if (!s) this.highlight = '';
      else if (s.origin !== this && s.recordType === 'actor') this.highlight = s.recordId;
    }
    const orgs = resolveAll(view, parseList(this.orgs));
    const countries = resolveAll(view, parseList(this.countries));
    // a name not found while a large dataset is still being checked may be in its second pass
    this.unknown = view.checking ? [] : [...orgs.unknown, ...countries.unknown];
    this.matrix = buildMatrix(view, {
      orgs: orgs.ids,
      countries: countries.ids,
      asOf: this.asOf,
      sort: this.sort || undefined,
    });
    this.highlightIds = new Set(this.highlight ? resolveAll(view, [this.highlight]).ids : []);
    const { rows, cols } = this.shape;
    this.active = { r: Math.min(this.active.r, rows), c: Math.min(this.active.c, cols) };
  }

  /** @internal */ private lastWarning = '';

  override updated(): void {
    this.syncControls();
    const warning = this.unknown.length ? `not in the data: ${this.unknown.join(', ')}` : '';
    if (warning && warning !== this.lastWarning) console.warn(`[steppe-membership-matrix] ${warning}`);
    this.lastWarning = warning;
  }

  /** Rows and columns of data cells (headers are row 0 and column 0 of the grid). */
  private get shape(): { rows: number; cols: number } {
    const { orgs, countries } = this.matrix;
    return this.transpose ? { rows: countries.length, cols: orgs.length } : { rows: orgs.length, cols: countries.length };
  }

  private cellAt(r: number, c: number): Cell | undefined {
    return this.transpose ? this.matrix.cells[c - 1]?.[r - 1] : this.matrix.cells[r - 1]?.[c - 1];
  }

  // ---- actions ---------------------------------------------------------------------------------

  private select(id: string): void {
    const on = !this.highlightIds.has(id);
    this.highlight = on ? id : '';
    this.dispatchEvent(new SteppeSelectEvent(on ? id : '', 'actor'));
  }

  /** @internal */ private opener?: HTMLElement;

  /** Opens a detail and moves focus into it, so that a screen reader hears what opened. */
  private async openDetail(detail: Detail, opener?: EventTarget | null): Promise<void> {
    this.detail = detail;
    this.opener = (opener as HTMLElement | null) ?? undefined;
    // in the table, the detail opens beside what opened it (a popover under the cell or header)
    const base = this.renderRoot.querySelector<HTMLElement>('[part="base"]');
    const from = this.opener?.closest('table') ? this.opener : undefined;
    this.anchor = undefined;
    this.reanchor();
    this.reserve = 0;
    await this.updateComplete;
    const panel = this.renderRoot.querySelector<HTMLElement>('[part="detail"]');
    if (panel && base && from) {
      this.fitReserve();
      await this.updateComplete;
    }
    panel?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
    if (panel && from) {
      // scroll so that the panel shows, but never so far that its cell leaves the screen
      const below = panel.getBoundingClientRect().bottom - innerHeight + 8;
      const room = from.getBoundingClientRect().top - 8;
      if (below > 0) scrollBy(0, Math.min(below, Math.max(room, 0)));
    } else panel?.scrollIntoView({ block: 'nearest' });
  }

  /** Places the anchored detail under its opener as the opener is now (after a scroll, a new year). */
  private reanchor(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('[part="base"]');
    const from = this.opener?.isConnected && this.opener.closest('table') ? this.opener : undefined;
    if (!base || !from) return;
    const b = base.getBoundingClientRect();
    const r = from.getBoundingClientRect();
    const width = Math.min(b.width - 16, 26 * parseFloat(getComputedStyle(base).fontSize));
    this.anchor = { top: r.bottom - b.top + 4, left: Math.max(8, Math.min(r.left - b.left, b.width - width - 8)), width };
  }

  /** The widget grows to hold an anchored detail that reaches below its content (an embed frame measures the widget). */
  private fitReserve(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('[part="base"]');
    const panel = this.renderRoot.querySelector<HTMLElement>('[part="detail"].anchored');
    if (!base || !panel) return;
    const past = panel.getBoundingClientRect().bottom - (base.getBoundingClientRect().bottom - this.reserve);
    const reserve = past > 0 ? Math.ceil(past) + 8 : 0;
    if (Math.abs(reserve - this.reserve) > 1) this.reserve = reserve;
  }

  private openCell(cell: Cell, opener?: EventTarget | null): void {
    void this.openDetail({ kind: 'cell', org: cell.org, country: cell.country }, opener);
  }

  /**
   * A country's header highlights its column; an organization's detail left open from before
   * would then speak of something else beside a new highlight, so it closes (the focus stays on
   * the header the reader used).
   */
  private selectCountry(id: string): void {
    this.clearDetail();
    this.select(id);
  }

  private openOrg(org: string, opener?: EventTarget | null): void {
    void this.openDetail({ kind: 'org', org }, opener);
    if (!this.highlightIds.has(org)) this.select(org);
  }

  /** Closes a detail anchored to a cell that has just moved (a new order, rows and columns swapped). */
  private dropAnchored(): void {
    if (this.anchor) this.clearDetail();
  }

  /** No detail open, and no room kept for one. */
  private clearDetail(): void {
    this.detail = undefined;
    this.anchor = undefined;
    this.reserve = 0;
  }

  private closeDetail(): void {
    this.clearDetail();
    const opener = this.opener;
    if (opener?.hasAttribute('data-r')) void this.focusCell(this.active);
    else void this.updateComplete.then(() => opener?.focus());
  }

  private async focusCell(f: Focus): Promise<void> {
    this.active = f;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-r="${f.r}"][data-c="${f.c}"]`)?.focus();
  }

  private readonly handleKeydown = (e: KeyboardEvent): void => {
    if (e.altKey || e.metaKey) return;
    const { rows, cols } = this.shape;
    const { r, c } = this.active;
    const clamp = (nr: number, nc: number): Focus => {
      const rr = Math.max(0, Math.min(rows, nr));
      const cc = Math.max(0, Math.min(cols, nc));
      return rr === 0 && cc === 0 ? { r: rr, c: 1 } : { r: rr, c: cc }; // the corner holds nothing
    };
    let next: Focus | undefined;
    if (e.key === 'ArrowRight') next = clamp(r, c + 1);
    else if (e.key === 'ArrowLeft') next = clamp(r, c - 1);
    else if (e.key === 'ArrowDown') next = clamp(r + 1, c);
    else if (e.key === 'ArrowUp') next = clamp(r - 1, c);
    else if (e.key === 'Home') next = e.ctrlKey ? clamp(1, 1) : clamp(r, r === 0 ? 1 : 0);
    else if (e.key === 'End') next = e.ctrlKey ? clamp(rows, cols) : clamp(r, cols);
    else if (e.key === 'Escape' && this.detail) {
      this.closeDetail();
      e.preventDefault();
      return;
    }
    if (!next) return;
    e.preventDefault();
    void this.focusCell(next);
  };

  // ---- rendering -------------------------------------------------------------------------------

  private mark(cell: Cell): TemplateResult {
    const label = STATUS_LABELS[cell.status];
    // a cell shows the year (the detail and the screen-reader label give the whole date)
    const since = cell.current?.since ? yearSpan(cell.current.since) : '';
    const until = cell.current?.until ? `until ${yearSpan(cell.current.until)}` : '';
    // the marks are for the eye; a screen reader hears the full sentence (never colour alone)
    const unsure = cell.undated && this.asOf !== undefined && cell.status !== 'none';
    return html`<span aria-hidden="true"><span class="glyph">${cell.ended ? '⊘' : label.glyph}</span><span class="short">${cell.ended ? 'Former' : label.short}</span>${unsure
      ? html`<span class="unsure">?</span>`
      : nothing}${cell.disputed
      ? html`<span class="flag">⚠</span>`
      : nothing}${since && !cell.ended ? html`<span class="since">${since}</span>` : nothing}${cell.ended && until ? html`<span class="since">${until}</span>` : nothing}</span><span class="visually-hidden">${this.cellLabel(cell)}</span>`;
  }

  /** What a screen reader hears for a cell: status, dates, doubts. */
  private cellLabel(cell: Cell): string {
    const view = this.view;
    const status = cell.status === 'none' ? 'not stated in the texts' : `${cell.ended ? 'former ' : ''}${STATUS_LABELS[cell.status].text.toLowerCase()}`;
    const since = cell.current?.since
      ? `, ${datePhrase('since', cell.current.since)}`
      : cell.status !== 'none' && cell.undated ? `, date not given${this.asOf !== undefined ? ', so not certain for this year' : ''}` : '';
    const until = cell.current?.until ? `, ${datePhrase('until', cell.current.until)}` : '';
    return `${nameOf(view, cell.country)} in ${nameOf(view, cell.org)}: ${status}${since}${until}${cell.disputed ? '; sources disagree' : ''}`;
  }

  private tabindex(r: number, c: number): number {
    return this.active.r === r && this.active.c === c ? 0 : -1;
  }

  private renderHeader(id: string, kind: 'org' | 'country', r: number, c: number): TemplateResult {
    const view = this.view;
    const org = kind === 'org' ? (view.byId.get(id) as Organization | undefined) : undefined;
    const aliases = org?.aliases.filter((a) => a.length <= 12).slice(0, 2) ?? [];
    return html`<button type="button" part=${kind === 'org' ? 'org-header' : 'country-header'} class="header-button ${this.highlightIds.has(id) ? 'highlighted' : ''}"
      data-r=${r} data-c=${c} tabindex=${this.tabindex(r, c)} aria-pressed=${this.highlightIds.has(id) ? 'true' : 'false'}
      @click=${(e: Event) => (kind === 'org' ? this.openOrg(id, e.currentTarget) : this.selectCountry(id))} @focus=${() => (this.active = { r, c })}
    ><span class="name">${nameOf(view, id)}</span>${aliases.length ? html` <span class="aliases">(${aliases.join(', ')})</span>` : nothing}</button>`;
  }

  private renderTable(): TemplateResult {
    const { orgs, countries } = this.matrix;
    const rowIds = this.transpose ? countries : orgs;
    const colIds = this.transpose ? orgs : countries;
    const rowKind = this.transpose ? 'country' : 'org';
    const colKind = this.transpose ? 'org' : 'country';
    const asOf = this.asOf;
    // where every column cannot show its words, cells show the mark and the year (the legend says
    // what each mark means; the screen-reader label and the detail say it all)
    const compact = this.size.value > 0 && this.size.value < colIds.length * 92 + 200;
    const caption = `${this.heading}${asOf ? `, as of ${asOf}` : ', latest status the texts give'}`;
    // the caption is shown above the scrolling box (inside it, it would scroll out of view sideways)
    return html`<p class="table-caption" aria-hidden="true">${caption}</p>
    <div class="table-wrap" @scroll=${() => this.anchor && this.reanchor()}>
      <table part="table" class=${compact ? 'compact' : ''} role="grid" aria-rowcount=${rowIds.length + 1} aria-colcount=${colIds.length + 1} @keydown=${this.handleKeydown}>
        <caption class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            <td class="corner"></td>
            ${colIds.map((id, j) => html`<th scope="col" class=${this.highlightIds.has(id) ? 'highlighted' : ''}>${this.renderHeader(id, colKind, 0, j + 1)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rowIds.map((rowId, i) => html`<tr>
            <th scope="row" class=${this.highlightIds.has(rowId) ? 'highlighted' : ''}>${this.renderHeader(rowId, rowKind, i + 1, 0)}</th>
            ${colIds.map((colId, j) => {
              const cell = this.cellAt(i + 1, j + 1)!;
              const hl = this.highlightIds.has(rowId) || this.highlightIds.has(colId);
              const parts = ['cell', hl ? 'cell--highlighted' : '', cell.disputed ? 'cell--disputed' : '', cell.undated ? 'cell--undated' : '', cell.ended ? 'cell--ended' : ''].filter(Boolean).join(' ');
              return html`<td part=${parts} class="cell status-${cell.status} ${hl ? 'highlighted' : ''} ${cell.ended ? 'ended' : ''}"
                data-r=${i + 1} data-c=${j + 1} tabindex=${this.tabindex(i + 1, j + 1)}
                @click=${(e: Event) => { this.active = { r: i + 1, c: j + 1 }; this.openCell(cell, e.currentTarget); }}
                @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.openCell(cell, e.currentTarget); } }}
                @focus=${() => (this.active = { r: i + 1, c: j + 1 })}
              >${this.mark(cell)}</td>`;
            })}
          </tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * A country's dates in the list: " (October 2000)" since when; for a former member, when it
   * ended too (" (October 2000 to 2015)", " (until 1999)"), never a start date alone under
   * "Former members", which a reader would take for the date it left.
   */
  private listDates(cell: Cell): string {
    const since = cell.current?.since;
    const until = cell.ended ? cell.current?.until : undefined;
    if (until) return since ? ` (${displayDate(since)} to ${displayDate(until)})` : ` (until ${displayDate(until)})`;
    return since ? ` (${displayDate(since)})` : '';
  }

  private renderList(): TemplateResult {
    const view = this.view;
    const { orgs, countries, cells } = this.matrix;
    return html`<div part="list" class="list">
      ${orgs.map((org, i) => {
        const groups = new Map<string, Cell[]>([...STATUS_ORDER, 'former'].map((k) => [k, []]));
        cells[i].forEach((cell) => {
          if (cell.status !== 'none') groups.get(cell.ended ? 'former' : cell.status)!.push(cell);
        });
        for (const [k, list] of groups) if (!list.length) groups.delete(k);
        return html`<section class="org" aria-labelledby=${`org-${i}`}>
          <h3 id=${`org-${i}`}><button type="button" part="org-header" class="header-button" @click=${(e: Event) => this.openOrg(org, e.currentTarget)}>${nameOf(view, org)}</button></h3>
          ${groups.size
            ? html`<dl>${[...groups.entries()].map(([key, list]) => html`<dt>${key === 'former' ? '⊘ Former members' : `${STATUS_LABELS[key as Membership['status']].glyph} ${STATUS_LABELS[key as Membership['status']].text}`}</dt>
                <dd>${list.map((cell, k) => html`${k ? ', ' : ''}<button type="button" class="link" @click=${(e: Event) => this.openCell(cell, e.currentTarget)}>${nameOf(view, cell.country)}${this.listDates(cell)}${cell.disputed ? html`<span aria-hidden="true"> ⚠</span><span class="visually-hidden">, sources disagree</span>` : nothing}</button>`)}</dd>`)}</dl>`
            : html`<p class="none">None of ${countries.length} countries shown.</p>`}
        </section>`;
      })}
    </div>`;
  }

  private renderLegend(): TemplateResult {
    return html`<ul part="legend" class="legend" aria-label="Legend">
      ${(['founding-member', 'member', 'observer', 'dialogue-partner', 'partner', 'applicant', 'suspended', 'withdrawn'] as const).map(
        (s) => html`<li><span aria-hidden="true">${STATUS_LABELS[s].glyph}</span> ${STATUS_LABELS[s].text}</li>`,
      )}
      <li><span aria-hidden="true">⊘</span> Former (membership ended)</li>
      <li><span aria-hidden="true">?</span> Start not given in the texts (as of a year)</li>
      <li><span aria-hidden="true">⚠</span> Sources disagree</li>
      <li><span aria-hidden="true" class="status-none">–</span> Not stated in the texts (which is not the same as not a member)</li>
    </ul>`;
  }

  private renderControls(): TemplateResult {
    const years = this.matrix.years;
    const asOf = this.asOf;
    return html`<div part="controls" class="controls">
      ${years
        ? html`<div class="field year-field">
            <label for="year">As of year: <output for="year" class="year-value">${asOf ?? 'latest known'}</output></label>
            <span class="year-control">
              <span class="year-end" aria-hidden="true">${years[0]}</span>
              <input id="year" type="range" min=${years[0]} max=${years[1]} step="1" .value=${String(asOf ?? years[1])}
                aria-valuetext=${asOf ? String(asOf) : 'latest known'} aria-describedby="year-help"
                @input=${async (e: Event) => {
                  this.year = (e.target as HTMLInputElement).value;
                  await this.updateComplete;
                  this.reanchor();
                }} />
              <span class="year-end" aria-hidden="true">${years[1]}</span>
            </span>
            <small id="year-help" class="year-help">${asOf
              ? `Each cell: the status the texts give for ${asOf}.`
              : 'Latest known: each cell shows the most recent status the texts give, whatever its year.'}</small>
          </div>
          ${asOf ? html`<button type="button" class="latest" @click=${() => (this.year = '')}>Show the latest known</button>` : nothing}`
        : nothing}
      <label class="field">Sort countries
        <select @change=${(e: Event) => { this.sort = (e.target as HTMLSelectElement).value as 'count' | 'name'; this.dropAnchored(); }}>
          <option value="count" ?selected=${this.sort !== 'name'}>by memberships</option>
          <option value="name" ?selected=${this.sort === 'name'}>by name</option>
        </select>
      </label>
      <label class="check"><input type="checkbox" ?checked=${this.transpose} @change=${(e: Event) => { this.transpose = (e.target as HTMLInputElement).checked; this.dropAnchored(); }} /> Countries as rows</label>
    </div>`;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const d = this.detail;
    if (!d) return nothing;
    const view = this.view;
    const close = html`<button type="button" class="close" @click=${() => this.closeDetail()} aria-label="Close details">✕</button>`;
    if (d.kind === 'org') {
      const org = view.byId.get(d.org) as Organization | undefined;
      if (!org) return nothing;
      return html`<div part="detail" class="detail ${this.anchorStyle.top ? 'anchored' : ''}" ${styleProps(this.anchorStyle)} role="group" aria-label=${org.name} @keydown=${this.handleDetailKeydown}>
        <div class="detail-head"><h3 tabindex="-1">${org.name}</h3>${close}</div>
        ${org.aliases.length ? html`<p>Also called: ${org.aliases.join('; ')}</p>` : nothing}
        ${org.founded ? html`<p>Founded: <time datetime=${org.founded.start}>${displayDate(org.founded)}</time></p>` : nothing}
        ${org.seat ? html`<p>Seat: ${org.seat}</p>` : nothing}
        ${org.purpose ? html`<p>Purpose: ${org.purpose}</p>` : nothing}
        ${org.sources?.length ? renderSourceDisclosure(view, org.sources) : nothing}
      </div>`;
    }
    const cell = this.matrix.cells[this.matrix.orgs.indexOf(d.org)]?.[this.matrix.countries.indexOf(d.country)];
    if (!cell) return nothing;
    const title = `${nameOf(view, d.country)} in ${nameOf(view, d.org)}`;
    return html`<div part="detail" class="detail ${this.anchorStyle.top ? 'anchored' : ''}" ${styleProps(this.anchorStyle)} role="group" aria-label=${title} @keydown=${this.handleDetailKeydown}>
      <div class="detail-head"><h3 tabindex="-1">${title}</h3>${close}</div>
      ${cell.records.length
        ? html`<ol class="history">${cell.records.map((m) => html`<li>
            <strong>${STATUS_LABELS[m.status].glyph} ${STATUS_LABELS[m.status].text}</strong>
            ${m.since ? html`<time datetime=${m.since.start}>${datePhrase('since', m.since)}</time>` : html`<span class="muted">(date not given)</span>`}
            ${m.until ? html`<time datetime=${m.until.end ?? m.until.start}>${datePhrase('until', m.until)}</time>` : nothing}
            ${m.note ? html`<p class="muted">Note: ${m.note}</p>` : nothing}
            ${renderCaveat(view, m)}
            ${renderDisagreement(view, m)}
            ${renderCorroboration(view, m)}
            ${renderSourceDisclosure(view, m.sources)}
          </li>`)}</ol>`
        : html`<p>Not stated in the texts, which is not the same as not a member.</p>`}
    </div>`;
  }

  /** @internal The anchored detail's position. */
  private get anchorStyle(): Record<string, string> {
    const a = this.anchor;
    // only beside a cell of the table (a widget narrowed into its list shows the detail in the flow)
    const table = this.layout === 'table' || (this.layout === 'auto' && this.size.value >= LIST_BELOW);
    if (!a || !table) return {};
    // kept inside the widget if it narrows later (a rotated phone, a resized window)
    const width = `min(${a.width}px, calc(100% - 16px))`;
    return { top: `${a.top}px`, width, left: `max(8px, min(${a.left}px, calc(100% - ${width} - 8px)))` };
  }

  private readonly handleDetailKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeDetail();
    }
  };

  /** The source line and "Cite this" for the memberships on screen. */
  private renderFooter(docs: readonly string[]): TemplateResult {
    return html`${renderSourceLine(this.view, docs)}${this.renderCite({
      title: this.heading, kind: 'a membership table', docs, view: this.view,
      filters: this.filtersInWords(['orgs', 'countries', 'year']),
    })}`;
  }

  override render(): TemplateResult {
    // before its width is known, a server-rendered matrix shows the table (a server cannot know)
    const unknownWidth = this.fromServer && !this.size.value;
    const wide = this.layout === 'table' || (this.layout === 'auto' && (this.size.value >= LIST_BELOW || unknownWidth));
    const measured = this.layout !== 'auto' || this.size.value > 0 || unknownWidth;
    const empty = !this.matrix.orgs.length || !this.matrix.countries.length;
    return html`<section part="base" class="matrix" aria-labelledby="heading" ${styleProps(this.reserve ? { 'padding-bottom': `${this.reserve}px` } : {})}>
      <h2 part="heading" id="heading" class="heading">${this.heading}</h2>
      ${this.renderControls()}
      ${this.unknown.length ? html`<p class="warning" role="status">Not in the data: ${this.unknown.join(', ')}</p>` : nothing}
      ${empty
        ? html`<p class="empty" role="status">No memberships to show.</p>`
        : !measured
          ? nothing
          : wide
            ? this.renderTable()
            : this.renderList()}
      ${this.renderDetail()}
      ${this.renderLegend()}
      ${empty ? nothing : this.renderFooter(docsOf(this.view, this.matrix.cells, (row) => row.flatMap((c) => c.records)))}
      ${this.renderEmbedCode()}
    </section>`;
  }
}

defineElement('steppe-membership-matrix', SteppeMembershipMatrix);

// the event it fires, beside the class (the manifest's readers import both from one module)
export { SteppeSelectEvent };

declare global {
  interface HTMLElementTagNameMap {
    'steppe-membership-matrix': SteppeMembershipMatrix;
  }
}
