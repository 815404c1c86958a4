/**
 * "Cite this": the reference of the view on screen and of the documents it draws on, as plain text
 * and as BibTeX, each with Copy. Loaded the first time a reader asks for it (most never do).
 * Only what the texts give goes into a reference: a document without authors gets none, a
 * document without a year gets none; nothing is guessed.
 * @internal
 */
import { LitElement, css, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Source } from '../data/schema.js';
import { sourceOf } from '../data/view.js';
import { defineElement } from './define.js';
import { fullReference, shortReference } from './reference.js';
import type { ViewCitation } from './steppe-element.js';

const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A BibTeX value: LaTeX's special characters escaped, so a title with "&" or "%" compiles. */
export const bibValue = (s: string): string =>
  s.replace(/[\\{}%&#$_~^]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`));

const ascii = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const STOP = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and']);

/** A citation key: first author's surname (or "unsigned"), year, first word of the title: "kembayev2020development". */
export function bibKey(s: Source): string {
  const who = s.authors.length ? ascii(s.authors[0].trim().split(/\s+/).at(-1) ?? '') : 'unsigned';
  const word = s.title.split(/\s+/).map(ascii).find((w) => w && !STOP.has(w)) ?? 'text';
  return `${who}${s.year ?? ''}${word}`;
}

/** One document as a BibTeX entry: its kind mapped to the nearest entry type, its fields as the text gives them. */
export function bibEntry(s: Source): string {
  const kind = s.kind.toLowerCase();
  const type = /edited/.test(kind) ? 'book' : /article/.test(kind) ? 'article' : 'misc';
  const fields: [string, string][] = [];
  if (s.authors.length) fields.push([type === 'book' ? 'editor' : 'author', s.authors.map(bibValue).join(' and ')]);
  fields.push(['title', `{${bibValue(s.title)}}`]);
  if (s.year) fields.push(['year', String(s.year)]);
  if (type === 'misc' && s.kind) fields.push(['type', bibValue(s.kind.charAt(0).toUpperCase() + s.kind.slice(1))]);
  if (s.published) fields.push(['note', bibValue(s.published)]);
  return `@${type}{${bibKey(s)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** The view's own reference and its documents', in plain text and in BibTeX. */
export function viewReferences(c: ViewCitation, url: string, now: Date): { text: string; bibtex: string } {
  const docs = c.docs.map((d) => sourceOf(c.view, d)).filter((s): s is Source => Boolean(s));
  const drawn = docs.map(shortReference).join('; ');
  const filters = c.filters ? ` ${c.filters}.` : '';
  const what = `${c.kind} from steppe-widgets${drawn ? `, drawing on ${drawn}` : ''}.`;
  const text = [
    // a quotation's title carries its own quotation marks
    `${c.title.includes('“') ? c.title : `“${c.title}”`}, ${what}${filters} ${url}, viewed ${day(now)}.`,
    ...(docs.length ? ['', docs.length > 1 ? 'Its documents:' : 'Its document:', ...docs.map(fullReference)] : []),
  ].join('\n');
  const note = `${what.charAt(0).toUpperCase()}${what.slice(1)}${filters} Viewed ${isoDay(now)}.`;
  const view = [
    `@misc{steppe-widgets-${c.kind.replace(/^an? /, '').split(/\s+/).map(ascii).join('-')}-${isoDay(now).replace(/-/g, '')}`,
    `  title = {{${bibValue(c.title)}}}`,
    `  year = {${now.getUTCFullYear()}}`,
    `  url = {${url.replace(/[%#{}\\]/g, (ch) => `\\${ch}`)}}`,
    `  urldate = {${isoDay(now)}}`,
    `  note = {${bibValue(note)}}`,
  ].join(',\n');
  return { text, bibtex: [`${view}\n}`, ...docs.map(bibEntry)].join('\n\n') };
}

export class SteppeCite extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-top: 0.5em;
    }
    .panel {
      display: grid;
      gap: 0.4em;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border, #d5d0c4);
      border-radius: var(--_radius, 6px);
    }
    label {
      color: var(--_muted, #56606c);
      font-size: 0.9em;
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
    button {
      font: inherit;
      color: inherit;
      background: var(--_surface, #f4f2ed);
      border: 1px solid var(--_border, #d5d0c4);
      border-radius: var(--_radius, 6px);
      padding: 0.25em 0.75em;
      cursor: pointer;
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

  /** What to cite: the widget's view. */
  @property({ attribute: false }) citation?: ViewCitation;

  @state() private status = '';

  private refs(): { text: string; bibtex: string } {
    return this.citation ? viewReferences(this.citation, location.href, new Date()) : { text: '', bibtex: '' };
  }

  private async copy(which: 'text' | 'bibtex'): Promise<void> {
    const value = this.refs()[which];
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${which}`);
    try {
      await navigator.clipboard.writeText(value);
      this.status = which === 'text' ? 'Reference copied to the clipboard.' : 'BibTeX copied to the clipboard.';
    } catch {
      // no clipboard permission (an iframe, an old browser): select it for the reader to copy
      area?.focus();
      area?.select();
      this.status = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
  }

  override render(): TemplateResult {
    const { text, bibtex } = this.refs();
    return html`<div part="cite-panel" class="panel" role="group" aria-label="Cite this view">
      <label for="text">Reference (plain text)</label>
      <textarea id="text" part="cite-text" readonly rows=${Math.min(10, text.split('\n').length + 3)} .value=${text}></textarea>
      <div class="row"><button type="button" @click=${() => this.copy('text')}>Copy reference</button></div>
      <label for="bibtex">BibTeX</label>
      <textarea id="bibtex" part="cite-bibtex" readonly rows="8" .value=${bibtex}></textarea>
      <div class="row"><button type="button" @click=${() => this.copy('bibtex')}>Copy BibTeX</button>
        <p class="hint" role="status">${this.status}</p></div>
    </div>`;
  }
}

defineElement('steppe-cite', SteppeCite);

declare global {
  interface HTMLElementTagNameMap {
    'steppe-cite': SteppeCite;
  }
}
