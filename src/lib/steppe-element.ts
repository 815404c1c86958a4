import { LitElement, html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { makeLink, type DatasetLink } from './link-slot.js';
import { excerptsReady } from '../data/excerpts.js';
import type { DatasetView } from '../data/view.js';
import { ExcerptsController } from './excerpts-controller.js';

/** The Embed control's module, loaded the first time a widget asks for it (most pages never do). */
let embedCodeModule: Promise<unknown> | undefined;
/** The "Cite this" panel's module, loaded the first time a reader opens it. */
let citeModule: Promise<unknown> | undefined;

/** dataset-link.ts on its way, once a widget in a dataset has asked for it. */
let linkModule: Promise<typeof import('./dataset-link.js')> | undefined;

/** Whether a <steppe-dataset> holds the element, in its document or around the shadow root it is in. */
function inDataset(el: Element): boolean {
  for (let n: Node | null = el.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n.nodeName === 'STEPPE-DATASET') return true;
  }
  return false;
}

/** What "Cite this" names: the view's title, what kind of view it is, its filters and the documents it draws on. */
export interface ViewCitation {
  readonly title: string;
  /** "a timeline", "a table of figures", … */
  readonly kind: string;
  /** The view's filters in words, or ''. */
  readonly filters?: string;
  readonly docs: readonly string[];
  readonly view: DatasetView;
}

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What the four visible widgets share: the colour scheme and the opt-in "Embed" control. The
 * provider (<steppe-dataset>) renders nothing of its own and does not extend this.
 *
 * @csspart embed-button - The "Embed" button (with `embed-code`).
 * @csspart embed-panel - The panel it opens.
 * @csspart embed-code - The read-only textarea holding the iframe code.
 * @csspart cite-button - The "Cite this" button.
 * @csspart cite-panel - The panel it opens: the view's reference and its documents', as plain text and BibTeX.
 * @csspart cite-text - The plain-text reference.
 * @csspart cite-bibtex - The BibTeX entries.
 */
export class SteppeElement extends LitElement {
  // declared without decorators: a page with one quotation loads this class and the card alone,
  // and Lit's decorators are about 0.4 kB gzip of that page
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    embedCode: { type: Boolean, attribute: 'embed-code' },
    embedBase: { attribute: 'embed-base' },
    citeOpen: { state: true },
  };

  /**
   * Colour scheme: `light` (the default, so a widget matches the usual white page), `dark`, or
   * `auto` (follows the reader's system setting). Custom properties override either palette.
   */
  theme: Theme = 'light';

  /** Shows an "Embed" button that gives the iframe code for the view as it is now, filters included. */
  embedCode = false;

  /**
   * The folder where the embed pages (`timeline.html`, …) are hosted. By default the `embed/`
   * folder beside the script the widget was loaded from.
   */
  embedBase = '';

  /**
   * @internal Rendered on a server (or upgraded over what a server rendered): until the widget has
   * measured its width it shows the layout a server can honestly give (the table, the list by
   * year) rather than nothing, so that what the server sent and the first render in the browser
   * are the same, and hydration needs no second layout.
   */
  protected readonly fromServer: boolean = isServer || this.shadowRoot !== null;

  /**
   * A server-rendered shadow root is hydrated where the page loaded the hydrating entry
   * (Lit's hydration support patches this); anywhere else it is cleared and rendered afresh,
   * so that a widget never shows its content twice.
   * @internal
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit's hydration support announces itself through this global hook (set before lit loads);
    // without it, the server's DOM goes before Lit looks at the root (it renders before its first child)
    const hydrating = typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';
    if (!isServer && !hydrating) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /**
   * @internal Checkboxes, radios and options are bound as attributes (`?checked`), which a server
   * writes as they are; a control the reader changed no longer follows its attribute, so after
   * each render its state is set from the attribute.
   */
  protected syncControls(): void {
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')) {
      input.checked = input.hasAttribute('checked');
    }
    for (const select of this.renderRoot.querySelectorAll('select')) {
      const chosen = select.querySelector<HTMLOptionElement>('option[selected]');
      if (chosen && !chosen.selected) chosen.selected = true;
    }
  }

  /** @internal The line to the <steppe-dataset> around the widget, made the first time it is in one. */
  private datasetLink: DatasetLink | undefined;

  /** @internal The link's module on its way: the first update waits for it. */
  private linking: Promise<void> | undefined;

  override connectedCallback(): void {
    // where this file defines <steppe-dataset>, every widget links at once, whatever its
    // dataset's tag; otherwise a widget inside a <steppe-dataset> (defined by another file, or yet
    // to be) loads the link, and its first update waits for it: a widget in a dataset shows the
    // dataset's records from its first render, never the embedded ones first
    if (makeLink) this.datasetLink ??= makeLink(this);
    else if (!this.linking && inDataset(this)) {
      this.linking = (linkModule ??= import('./dataset-link.js'))
        .then((m) => m.linkWhenDefined(this))
        .then(
          (link) => { this.datasetLink ??= link; },
          (e: unknown) => console.error('steppe-widgets: could not load the link to <steppe-dataset>; showing the embedded records', e),
        )
        .finally(() => { this.linking = undefined; });
    }
    super.connectedCallback();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.linking ? this.linking.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** @internal Whether the widget has asked for its dataset on the server. */
  private askedOnServer = false;

  /**
   * @internal The view its <steppe-dataset> provides, or undefined outside one. Lit's SSR does not
   * connect elements, so on a server the widget asks when it first needs the data: the dataset
   * around it has been rendered by then (its records attribute read) and answers through the
   * server's event path.
   */
  protected providedView(): DatasetView | undefined {
    if (isServer && !this.askedOnServer) {
      this.askedOnServer = true;
      this.datasetLink ??= makeLink?.(this);
      this.datasetLink?.hostConnected();
    }
    return this.datasetLink?.value;
  }

  /** @internal */ private citeOpen = false;

  /** @internal Loads the shown records' excerpts after the first render; renders again when they arrive. */
  protected readonly excerpts = new ExcerptsController(this, () => this.dataView());

  /**
   * The "Cite this" control: a button that opens the reference of the view on screen and of the
   * documents it draws on (plain text and BibTeX, with Copy).
   * @internal
   */
  protected renderCite(citation: ViewCitation): TemplateResult {
    const ready = Boolean(customElements.get('steppe-cite'));
    if (this.citeOpen && !ready) {
      citeModule ??= import('./cite.js');
      citeModule.then(() => this.requestUpdate(), (e: unknown) => console.error('steppe-widgets: the “Cite this” panel could not be loaded', e));
    }
    return html`<div class="cite-this">
      <button type="button" part="cite-button" aria-expanded=${String(this.citeOpen)} @click=${() => (this.citeOpen = !this.citeOpen)}>Cite this</button>
      ${this.citeOpen
        ? ready
          ? html`<steppe-cite exportparts="cite-panel, cite-text, cite-bibtex" .citation=${citation}></steppe-cite>`
          : html`<p role="status">Loading the references…</p>`
        : nothing}
    </div>`;
  }

  /** @internal The data the widget shows (its <steppe-dataset>'s, or the embedded records). */
  protected dataView(): DatasetView | undefined {
    return undefined;
  }

  /**
   * The view on screen as static HTML: the same items, order and wording, each with its sources,
   * in markup that course platforms' sanitizers keep. The renderer is loaded when asked for.
   * @internal
   */
  async staticHtml(): Promise<string> {
    const view = this.dataView();
    // a static copy always carries the excerpts: wait for them (rejects if they cannot be loaded)
    if (view) await excerptsReady(view);
    const { STATIC_ATTRIBUTES, renderFragment } = await import('../static/views.js');
    const widget = this.embedPage as keyof typeof STATIC_ATTRIBUTES;
    if (!view || !(widget in STATIC_ATTRIBUTES)) return '';
    const attributes = Object.fromEntries(STATIC_ATTRIBUTES[widget].flatMap((name) => {
      const value = this.getAttribute(name);
      return value === null ? [] : [[name, value]];
    }));
    return renderFragment(widget, view, { attributes });
  }

  /** @internal The filters of the view in words, from the attributes named: 'metric “gdp”, period “2016”'. */
  protected filtersInWords(names: readonly string[], values: Record<string, string> = {}): string {
    const parts = names.map((n) => [n, values[n] ?? this.getAttribute(n) ?? ''] as const).filter(([, v]) => v.trim());
    return parts.length ? `Filters: ${parts.map(([n, v]) => `${n} “${v.trim()}”`).join(', ')}` : '';
  }

  /** @internal The embed page of this widget, e.g. `timeline`. */
  protected embedPage = '';

  /** @internal The "Embed" control, or nothing when `embed-code` is off. */
  protected renderEmbedCode(): TemplateResult | typeof nothing {
    if (!this.embedCode) return nothing;
    if (!customElements.get('steppe-embed-code')) {
      embedCodeModule ??= import('./embed-code.js');
      void embedCodeModule.then(() => this.requestUpdate());
    }
    return html`<steppe-embed-code exportparts="embed-button, embed-panel, embed-code"
      .source=${this} .page=${this.embedPage} .base=${this.embedBase}></steppe-embed-code>`;
  }
}
