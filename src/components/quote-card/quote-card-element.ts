import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Quote } from '../../data/schema.js';
import { formatIssue } from '../../data/issues.js';
import { nameOf, sourceOf, type DatasetView } from '../../data/view.js';
import { displayDate } from '../../lib/dates.js';
import { hostStyles, panelStyles } from '../../lib/host-styles.js';
import { SteppeElement } from '../../lib/steppe-element.js';
import { renderSourceDisclosure, sourceDisclosureStyles } from '../../lib/source-disclosure.js';
import { disagreementStyles, docShort, renderCaveat, renderDisagreement, reportingDocs } from '../../lib/disagreement.js';
import { quotesOf } from '../../lib/quote-model.js';
import { styles } from './quote-card.styles.js';
import { embeddedQuoteView, onQuoteData, quoteDataSettled } from './quote-data.js';

type Selection =
  | { kind: 'quote'; quote: Quote }
  | { kind: 'empty' }
  | { kind: 'no-speaker'; speaker: string }
  | { kind: 'not-found'; quoteId: string; problem?: string }
  | { kind: 'loading'; quoteId: string };

/** A short date kept on one line ("January 2022", never "January" at a line's end and "2022" below). */
const unbroken = (date: string): string => (date.length <= 20 ? date.replace(/ /g, '\u00a0') : date);

/**
 * @summary A quotation from the texts with its speaker, role, date and cited source.
 * @tag steppe-quote-card
 *
 * @csspart base - The figure around the whole card.
 * @csspart quote - The blockquote with the quoted words.
 * @csspart caption - The figcaption with speaker, role, date and work.
 * @csspart speaker-name - The speaker's name (or the text's wording when it names nobody).
 * @csspart role - The speaker's role as the text gives it.
 * @csspart disagreement - "Sources disagree", where the texts quoting it differ.
 * @csspart caveat - A text's own slip about the quotation, flagged.
 * @csspart date - The <time> of the quotation.
 * @csspart work - The title of the document quoting it.
 * @csspart source - The source disclosure (a details element).
 * @csspart source-summary - The "Source" toggle.
 * @csspart source-list - The list of citations inside the disclosure.
 * @csspart source-item - One citation.
 * @csspart source-title - A cited document's title.
 * @csspart source-excerpt - The verbatim excerpt.
 * @csspart message - The not-found or empty state.
 *
 * @cssprop --steppe-quote-card-accent - Rule colour beside the quotation; falls back to --steppe-accent.
 * @cssprop --steppe-accent - Accent colour shared by all widgets.
 * @cssprop --steppe-color-text - Text colour.
 * @cssprop --steppe-color-muted - Secondary text colour.
 * @cssprop --steppe-color-background - Card background.
 * @cssprop --steppe-color-surface - Background of excerpts.
 * @cssprop --steppe-color-border - Border colour.
 * @cssprop --steppe-color-focus - Focus ring colour.
 * @cssprop --steppe-font-family - Font of the card; inherits the page's by default.
 * @cssprop --steppe-font-family-quote - Font of the quoted words.
 * @cssprop --steppe-radius - Corner radius.
 * @cssprop --steppe-space - Base spacing unit.
 */
export class SteppeQuoteCard extends SteppeElement {
  /** @internal */
  protected override embedPage = 'quote-card';

  static override styles = [hostStyles, panelStyles, sourceDisclosureStyles, disagreementStyles, styles];

  // without decorators, as in SteppeElement
  static override properties: PropertyDeclarations = {
    quoteId: { attribute: 'quote-id' },
    speaker: {},
    selection: { state: true },
  };

  /** Id of the quotation to show; without it the first quotation (of `speaker`, if set). */
  quoteId = '';

  /** Only quotations by this speaker: a person or organization id, or (part of) a name. */
  speaker = '';

  /** @internal */
  private selection: Selection = { kind: 'empty' };

  /** @internal */
  private lastWarning = '';

  /** @internal */
  private stopListening?: () => void;

  /** @internal */
  protected override dataView(): DatasetView {
    return this.view;
  }

  /** @internal The data this card reads: its <steppe-dataset>'s, or the embedded quotations. */
  private get view(): DatasetView {
    return this.providedView() ?? embeddedQuoteView();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening ??= onQuoteData(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
  }

  override willUpdate(_changed: PropertyValues<this>): void {
    this.selection = this.select(this.view);
  }

  override updated(): void {
    const s = this.selection;
    const warning =
      s.kind === 'not-found' ? `no quotation with id "${s.quoteId}"${s.problem ? `: ${s.problem}` : ''}`
      : s.kind === 'no-speaker' ? `no quotation by "${s.speaker}"`
      : '';
    if (warning && warning !== this.lastWarning) console.warn(`[steppe-quote-card] ${warning}`);
    this.lastWarning = warning;
  }

  private select(view: DatasetView): Selection {
    const all = view.dataset.quotes;
    const { candidates, quote } = quotesOf(view, this.quoteId, this.speaker);
    if (this.quoteId) {
      if (quote) return { kind: 'quote', quote };
      // not arrived yet (a one-quotation script still loading), or not checked yet (a large dataset's second pass)
      if ((!this.providedView() && !quoteDataSettled()) || view.checking) return { kind: 'loading', quoteId: this.quoteId };
      const issue = view.issues.find((i) => i.id === this.quoteId && i.collection === 'quotes');
      return { kind: 'not-found', quoteId: this.quoteId, problem: issue ? formatIssue(issue) : undefined };
    }
    if (candidates.length) return { kind: 'quote', quote: candidates[0] };
    return this.speaker.trim() && all.length ? { kind: 'no-speaker', speaker: this.speaker } : { kind: 'empty' };
  }

  private renderSpeaker(view: DatasetView, quote: Quote): TemplateResult {
    const names = quote.speakers.map((id) => nameOf(view, id));
    const name = names.length ? names.join(' and ') : quote.speakerLabel;
    const first = quote.speakers[0];
    const type = first && view.dataset.organizations.some((o) => o.id === first) ? 'Organization' : 'Person';
    return html`<span part="speaker-name" class="speaker" itemprop="spokenByCharacter" itemscope
        itemtype="https://schema.org/${type}"><span itemprop="name">${name}</span></span
      >${quote.role ? html`<span class="sep">, </span><span part="role" class="role">${quote.role}</span>` : nothing}`;
  }

  private renderQuote(view: DatasetView, quote: Quote): TemplateResult {
    const doc = quote.sources[0].doc;
    const work = sourceOf(view, doc);
    // cite must be a URL: the document's own http(s) address when the data has one, else a URN.
    const cite = work?.url && /^https?:\/\//i.test(work.url) ? work.url : `urn:steppe-widgets:doc:${doc}`;
    return html`<figure part="base" class="card" itemscope itemtype="https://schema.org/Quotation">
      <blockquote part="quote" class="quote" cite=${cite}>
        <p itemprop="text">${quote.text}</p>
      </blockquote>
      <figcaption part="caption" class="caption">
        <p class="attribution">
          <span aria-hidden="true">— </span>${this.renderSpeaker(view, quote)}${quote.date
            ? html`<span class="sep">, </span><time part="date" itemprop="dateCreated" datetime=${quote.date.start}>${unbroken(displayDate(quote.date))}</time>`
            : nothing}
        </p>
        ${quote.context ? html`<p class="context">${quote.context}</p>` : nothing}
        ${work
          ? html`<p class="in">Quoted in <cite part="work" itemprop="isPartOf">${reportingDocs(quote).map((d) => docShort(view, d)).join('; ')}</cite></p>`
          : nothing}
        ${renderCaveat(view, quote)}
        ${renderDisagreement(view, quote)}
        ${renderSourceDisclosure(view, quote.sources)}
        ${this.renderCite({
          title: `${quote.speakers.map((id) => nameOf(view, id)).join(' and ') || quote.speakerLabel}, “${quote.text.length > 90 ? `${quote.text.slice(0, 90).replace(/\s+\S*$/, '')}…` : quote.text}”`,
          kind: 'a quotation', docs: reportingDocs(quote), view,
        })}
      </figcaption>
    </figure>`;
  }

  private renderMessage(title: string, detail?: string): TemplateResult {
    return html`<div part="message" class="message" role="status">
      <p class="message-title">${title}</p>
      ${detail ? html`<p class="message-detail">${detail}</p>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    return html`${this.renderSelection()}${this.renderEmbedCode()}`;
  }

  private renderSelection(): TemplateResult {
    const s = this.selection;
    switch (s.kind) {
      case 'quote':
        return this.renderQuote(this.view, s.quote);
      case 'not-found':
        return this.renderMessage(`Quotation not found: “${s.quoteId}”`, s.problem ?? 'No quotation with this id is in the data.');
      case 'no-speaker':
        return this.renderMessage(`No quotation by “${s.speaker}”`, 'No quotation in the data is attributed to this speaker.');
      case 'empty':
        return this.renderMessage('No quotations', 'The data has no quotations to show.');
      case 'loading':
        return this.renderMessage('Loading the quotation…');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'steppe-quote-card': SteppeQuoteCard;
  }
}
