// <steppe-dataset> itself, with no data of its own: it provides what the page gives it, else the
// records the page's scripts embed (src/data/default-data.ts). dataset.ts adds every collection;
// a per-widget file (src/standalone/) adds only its widget's.
import { LitElement, css, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { datasetContext } from '../../data/context.js';
import { defaultView, onDefaultData } from '../../data/default-data.js';
import { onExcerpts } from '../../data/excerpts.js';
import { formatIssue, type DataIssue } from '../../data/issues.js';
import { reportIssues, validateDataset } from '../../data/validate.js';
import { createView, withSelection, type DatasetView } from '../../data/view.js';
import type { SteppeSelectEvent } from '../../lib/events.js';
import { defineElement } from '../../lib/define.js';
import { hostStyles } from '../../lib/host-styles.js';
import { afterPaint } from '../../lib/after-paint.js';
import { makeDatasetLink } from '../../lib/dataset-link.js';
import { useDatasetLink } from '../../lib/link-slot.js';
import { formatCount } from '../../lib/locale.js';

const SHOWN_ISSUES = 20;
/**
 * A page's own dataset of more records than this is validated in two passes: the first this-many
 * of each collection before the first paint, all of it right after. Validation is most of what a
 * large dataset costs before anything shows: about 5 ms and then 20 µs a record the first time
 * (24 ms for 1,000 figures here), which at 1,000 records left the trade table level with Tabulator
 * from navigation; 250 (12 ms) is five pages of the table's 50 rows.
 */
const FIRST_PASS = 250;

/** The first `n` records of each collection, and how many are left out; undefined when nothing is. */
function firstRecords(input: unknown, n: number): { input: Record<string, unknown>; rest: number } | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  let rest = 0;
  const head: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (Array.isArray(value) && value.length > n) {
      rest += value.length - n;
      head[key] = value.slice(0, n);
    } else head[key] = value;
  }
  return rest ? { input: head, rest } : undefined;
}

/**
 * @summary Provides a dataset to the widgets inside it: the embedded data, or the page's own.
 * @tag steppe-dataset
 *
 * @slot - The widgets that read this dataset. A selection made in one of them (a `steppe-select` event) is shared with the others.
 * @csspart error - The box that lists the dataset's problems (shown only when there are some).
 * @cssprop --steppe-color-danger - Colour of the error box's border and title.
 */
export class SteppeDataset extends LitElement {
  static override styles = [
    hostStyles,
    css`
      .error {
        margin: 0 0 var(--_space);
        padding: calc(var(--_space) * 0.75) var(--_space);
        border: 2px solid var(--_danger);
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .error-title {
        margin: 0 0 0.25em;
        font-weight: 700;
        color: var(--_danger);
      }
      .error ul {
        margin: 0;
        padding-left: 1.25em;
        font-family: ui-monospace, monospace;
        font-size: 0.85em;
        overflow-wrap: anywhere;
      }
      .error p {
        margin: 0.25em 0 0;
      }
    `,
  ];

  /**
   * The page's own dataset (an object of collections: sources, events, organizations, memberships,
   * figures, quotes, people, places). It is validated; bad records are reported and left out.
   * When unset, the `records` attribute is read, else a child `<script type="application/json">`;
   * without either, the embedded data (of every script on the page: a per-widget file such as
   * timeline.js embeds only its widget's).
   */
  @property({ attribute: false }) data?: unknown;

  /**
   * The page's own dataset as JSON text, for pages rendered on a server (Lit's SSR, Eleventy,
   * Astro): a server sees a widget's attributes but not its children, so it renders these records
   * where a JSON child would give it only the embedded data. Read when `data` is unset; before a
   * JSON child.
   */
  @property() records?: string | null;

  /**
   * @internal Rendered on a server, or upgraded over a server's render: validated in one pass, so
   * that the browser's first render shows what the server sent (hydration takes it over as it is).
   */
  private readonly fromServer: boolean = isServer || this.shadowRoot !== null;

  /**
   * @internal Nothing until the first update, which knows whether the page gave records of its own
   * (`data` set after `createElement`, as frameworks do, or the records attribute or JSON child);
   * only if it did not are the embedded records unpacked. The widgets inside update after the
   * dataset, so none renders this.
   */
  @state() private view: DatasetView = createView({}, 'embedded');

  /** @internal */
  @state() private jsonText?: string;

  /** @internal */
  private readonly provider = new ContextProvider(this, { context: datasetContext, initialValue: this.view });

  /** @internal */
  private observer?: MutationObserver;

  /** @internal Stops listening for records another script adds to the default data. */
  private stopDefaultData?: () => void;

  /** @internal Stops listening for the embedded records' excerpts (they arrive after the first render). */
  private stopExcerpts?: () => void;

  /** The problems found in the page's data (empty for the embedded data). */
  get issues(): readonly DataIssue[] {
    return this.view.issues;
  }

  /** @internal The pass in progress (a newer dataset makes an older second pass moot). */
  private pass?: object;

  /** @internal */
  private settled: Promise<void> = Promise.resolve();

  /**
   * Resolves when the page's own data has been validated whole: at once for up to 250 records a
   * collection; for more, the widgets show the first 250 of each collection at once and all of
   * them, with every problem reported, right after the first paint.
   */
  get validated(): Promise<void> {
    return this.settled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('steppe-select', this.handleSelect);
    this.readJsonChild();
    this.observer = new MutationObserver(() => this.readJsonChild());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.stopDefaultData = onDefaultData(this.handleDefaultData);
    this.stopExcerpts = onExcerpts(this.handleDefaultData);
    this.handleDefaultData(); // records (or excerpts) added while it was disconnected
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('steppe-select', this.handleSelect);
    this.observer?.disconnect();
    this.observer = undefined;
    this.stopDefaultData?.();
    this.stopDefaultData = undefined;
    this.stopExcerpts?.();
    this.stopExcerpts = undefined;
  }

  /** Linked views: the dataset owns the selection; widgets send it up as steppe-select. */
  private readonly handleSelect = (event: SteppeSelectEvent): void => {
    const selection = event.recordId
      ? { recordId: event.recordId, recordType: event.recordType, origin: event.target ?? undefined }
      : undefined;
    this.view = withSelection(this.view, selection);
    this.provider.setValue(this.view);
  };

  /**
   * A script added records (dist/quote-card.js after dist/timeline.js), or the embedded records'
   * excerpts arrived: provide them too, unless the page gave its own.
   */
  private readonly handleDefaultData = (): void => {
    // before the first update: that update provides what is there then
    if (!this.hasUpdated || this.data !== undefined || this.records != null || this.jsonText !== undefined) return;
    const next = defaultView();
    if (next.dataset === this.view.dataset && next.excerpts === this.view.excerpts) return;
    this.view = withSelection(next, this.view.selection);
    this.provider.setValue(this.view);
  };

  private readJsonChild(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.jsonText = script?.textContent ?? undefined;
  }

  override willUpdate(changed: PropertyValues): void {
    // Lit's SSR gives an element no shadow root unless it connects it; the widgets' requests for
    // this dataset reach it through its slot, which needs one
    if (isServer && !this.shadowRoot) this.attachShadow({ mode: 'open' });
    if (this.hasUpdated && !changed.has('data') && !changed.has('records') && !changed.has('jsonText')) return;
    const next = this.buildView();
    if (next === this.view) return;
    this.view = next;
    this.provider.setValue(next);
    reportIssues(next.issues, 'steppe-dataset');
  }

  private buildView(): DatasetView {
    if (this.data !== undefined) return this.fromInput(this.data);
    const [text, where] = this.records != null
      ? [this.records, 'the records attribute of <steppe-dataset>']
      : [this.jsonText, 'the <script type="application/json"> inside <steppe-dataset>'];
    if (text === undefined) return defaultView();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const issue: DataIssue = { outcome: 'dropped', message: `${where} is not valid JSON (${(error as Error).message})` };
      return createView({}, 'user', [issue]);
    }
    return this.fromInput(parsed);
  }

  private fromInput(input: unknown): DatasetView {
    const pass = {};
    this.pass = pass;
    const head = this.fromServer ? undefined : firstRecords(input, FIRST_PASS);
    if (!head) {
      this.settled = Promise.resolve();
      const { dataset, issues } = validateDataset(input);
      return createView(dataset, 'user', issues);
    }
    // the first records now (only valid ones: a bad record is never shown as valid), every record
    // and every problem once the first paint is done
    this.settled = new Promise((resolve) => {
      afterPaint(() => {
        if (this.pass === pass) {
          const { dataset, issues } = validateDataset(input);
          this.view = withSelection(createView(dataset, 'user', issues), this.view.selection);
          this.provider.setValue(this.view);
          reportIssues(issues, 'steppe-dataset');
        }
        resolve();
      });
    });
    const { dataset } = validateDataset(head.input);
    return { ...createView(dataset, 'user', []), checking: head.rest };
  }

  private renderIssues(issues: readonly DataIssue[]): TemplateResult {
    const dropped = new Set(issues.filter((i) => i.outcome === 'dropped' && i.collection).map((i) => `${i.collection}/${i.index}`)).size;
    return html`<div part="error" class="error" role="alert">
      <p class="error-title">
        This dataset has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}${dropped
          ? html`; ${dropped === 1 ? 'one record was' : `${dropped} records were`} left out`
          : nothing}.
      </p>
      <ul>
        ${issues.slice(0, SHOWN_ISSUES).map((i) => html`<li>${formatIssue(i)}</li>`)}
      </ul>
      ${issues.length > SHOWN_ISSUES
        ? html`<p>…and ${issues.length - SHOWN_ISSUES} more; the browser console lists them.</p>`
        : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const { checking } = this.view;
    return html`${this.view.issues.length ? this.renderIssues(this.view.issues) : nothing}${checking
      ? // heard, not seen: it is gone within a frame or two
        html`<p class="visually-hidden" role="status">Checking ${formatCount(checking)} more records…</p>`
      : nothing}<slot></slot>`;
  }
}

// a page that has <steppe-dataset> links its widgets to it at once, without loading a second file
useDatasetLink(makeDatasetLink);
defineElement('steppe-dataset', SteppeDataset);

declare global {
  interface HTMLElementTagNameMap {
    'steppe-dataset': SteppeDataset;
  }
}
