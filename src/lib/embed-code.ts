import { LitElement, css, html, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from './define.js';
import { embedSnippet } from './embed-snippet.js';

/**
 * The "Embed" control inside a widget (internal: widgets render it when `embed-code` is set).
 * It builds the snippet when opened and again on copy, so it always matches the view as it is.
 * @internal
 */
export class SteppeEmbedCode extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-top: calc(var(--_space, 1rem) * 0.75);
    }
    button {
      font: inherit;
      color: inherit;
      background: var(--_surface, #f4f2ed);
      border: 1px solid var(--_border, #d5d0c4);
      border-radius: var(--_radius, 6px);
      padding: 0.25em 0.75em;
      cursor: pointer;
    }
    .panel {
      margin-top: 0.5em;
      display: grid;
      gap: 0.4em;
    }
    .panel[hidden] {
      display: none;
    }
    textarea {
      font: 0.85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      color: inherit;
      background: var(--_surface, #f4f2ed);
      border: 1px solid var(--_border, #d5d0c4);
      border-radius: var(--_radius, 6px);
      padding: 0.5em;
      width: 100%;
      box-sizing: border-box;
      resize: vertical;
    }
    .row {
      display: flex;
      gap: 0.75em;
      align-items: center;
      flex-wrap: wrap;
    }
    .hint {
      color: var(--_muted, #56606c);
      font-size: 0.9em;
      margin: 0;
    }
    :focus-visible {
      outline: 2px solid var(--_focus, #1a5fb4);
      outline-offset: 2px;
    }
  `;

  /** The widget whose view the code embeds. */
  @property({ attribute: false }) source?: LitElement;
  /** Its embed page's name, e.g. `timeline`. */
  @property({ attribute: false }) page = '';
  /** Where the embed pages are hosted ('' for beside the script). */
  @property({ attribute: false }) base = '';

  private snippet(): string {
    return this.source ? embedSnippet(this.source, this.page, this.base) : '';
  }

  @state() private open = false;
  @state() private code = '';
  @state() private status = '';
  @query('textarea') private textarea!: HTMLTextAreaElement;

  private toggle(): void {
    this.open = !this.open;
    this.status = '';
    if (this.open) this.code = this.snippet();
  }

  private async copy(): Promise<void> {
    this.code = this.snippet();
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(this.code);
      this.status = 'Copied to the clipboard.';
    } catch {
      // no clipboard permission (an iframe, an old browser): select it for the reader to copy
      this.textarea.focus();
      this.textarea.select();
      this.status = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
  }

  @state() private staticStatus = '';

  /** Copies the view on screen as static HTML (for a course page that strips scripts and iframes). */
  private async copyStatic(): Promise<void> {
    const source = this.source as (LitElement & { staticHtml?: () => Promise<string> }) | undefined;
    this.staticStatus = 'Making the static copy…';
    let markup = '';
    try {
      markup = (await source?.staticHtml?.()) ?? '';
    } catch (e) {
      console.error('steppe-widgets: the static copy could not be made', e);
    }
    if (!markup) {
      this.staticStatus = 'The static copy could not be made.';
      return;
    }
    const size = `${Math.max(1, Math.round(new Blob([markup]).size / 1000)).toLocaleString()} kB`;
    try {
      await navigator.clipboard.writeText(markup);
      this.staticStatus = `Copied: ${size} of HTML, this view's items with their sources. Paste it into the page's HTML editor.`;
    } catch {
      // no clipboard permission: show it for the reader to copy
      this.code = markup;
      await this.updateComplete;
      this.textarea.focus();
      this.textarea.select();
      this.staticStatus = `Selected above (${size}): press Ctrl+C (⌘C on a Mac) to copy.`;
    }
  }

  override render(): TemplateResult {
    return html`<button type="button" part="embed-button" aria-expanded=${String(this.open)} aria-controls="panel"
        @click=${() => this.toggle()}>Embed</button>
      <div id="panel" part="embed-panel" class="panel" ?hidden=${!this.open}>
        <label for="code">Embed code for this view (an iframe; works where scripts are not allowed)</label>
        <textarea id="code" part="embed-code" readonly rows="3" .value=${this.code}></textarea>
        <div class="row">
          <button type="button" @click=${() => this.copy()}>Copy</button>
          <p class="hint" role="status">${this.status}</p>
        </div>
        <p class="hint">Where iframes are not allowed either, paste a static copy of this view: plain HTML with every item's sources, which course platforms keep.</p>
        <div class="row">
          <button type="button" part="embed-static" @click=${() => this.copyStatic()}>Copy static HTML</button>
          <p class="hint" role="status">${this.staticStatus}</p>
        </div>
      </div>`;
  }
}

defineElement('steppe-embed-code', SteppeEmbedCode);

declare global {
  interface HTMLElementTagNameMap {
    'steppe-embed-code': SteppeEmbedCode;
  }
}
