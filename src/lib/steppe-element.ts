import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';

/** The Embed control's module, loaded the first time a widget asks for it (most pages never do). */
let embedCodeModule: Promise<unknown> | undefined;

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What the four visible widgets share: the colour scheme and the opt-in "Embed" control. The
 * provider (<steppe-dataset>) renders nothing of its own and does not extend this.
 *
 * @csspart embed-button - The "Embed" button (with `embed-code`).
 * @csspart embed-panel - The panel it opens.
 * @csspart embed-code - The read-only textarea holding the iframe code.
 */
export class SteppeElement extends LitElement {
  /**
   * Colour scheme: `light` (the default, so a widget matches the usual white page), `dark`, or
   * `auto` (follows the reader's system setting). Custom properties override either palette.
   */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Shows an "Embed" button that gives the iframe code for the view as it is now, filters included. */
  @property({ type: Boolean, attribute: 'embed-code' }) embedCode = false;

  /**
   * The folder where the embed pages (`timeline.html`, …) are hosted. By default the `embed/`
   * folder beside the script the widget was loaded from.
   */
  @property({ attribute: 'embed-base' }) embedBase = '';

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
