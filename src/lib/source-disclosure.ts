/**
 * The source disclosure every widget uses: a native <details> ("Source") that opens, by mouse or
 * keyboard, onto each cited document (its reader's reference, never a file name), the verbatim
 * excerpt, and the text's own wording of the date or number where it differs from the record's. All data goes through text bindings; nothing is rendered as HTML.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { AnyRecord, Figure, SourceRef } from '../data/schema.js';
import { writeFigure } from './figure-writer.js';
import { sourceOf, type DatasetView } from '../data/view.js';
import { excerptOf } from '../data/excerpts.js';
import { fullReference, readableExcerpt } from './reference.js';

/** A text's own wording of the fact where it differs from the record's: its date, number or status. */
function saysText(ref: SourceRef, record?: AnyRecord): string {
  const says = ref.says;
  if (!says) return '';
  const parts: string[] = [];
  const date = says.date ?? says.since ?? says.until;
  if (date) parts.push(`This text’s date: “${date.text}”${says.stage ? ` (${says.stage})` : ''}`);
  if (says.status) parts.push(`This text’s status: ${says.status.replace(/-/g, ' ')}`);
  if (says.value !== undefined) {
    // the record's unit and scale, but a qualifier ("more than") only where this text's own says one
    const figure = record && 'unit' in record ? writeFigure({ ...(record as Figure), qualifier: undefined, ...says } as Figure) : String(says.value);
    parts.push(`This text’s figure: ${figure}`);
  }
  if (says.period) parts.push(`This text’s period: “${says.period.text}”`);
  return parts.join('. ');
}

/**
 * The verbatim excerpt; while an embedded collection's excerpts are on their way (they load after
 * the first render, src/data/excerpts.ts) a status in its place, and a message if they failed.
 */
export function renderExcerpt(ref: SourceRef): TemplateResult {
  const excerpt = excerptOf(ref);
  if (excerpt.state === 'ready') return html`<blockquote part="source-excerpt" class="excerpt">${readableExcerpt(excerpt.text)}</blockquote>`;
  return excerpt.state === 'loading'
    ? html`<p part="source-excerpt source-excerpt--loading" class="excerpt-status" role="status">Loading the passage…</p>`
    : html`<p part="source-excerpt source-excerpt--failed" class="excerpt-status excerpt-status--failed" role="status">The passage could not be loaded. Reload the page to try again.</p>`;
}

/** One document's citations: its reference once, then each passage with its notes. */
function renderCitation(view: DatasetView, refs: readonly SourceRef[], record?: AnyRecord): TemplateResult {
  const source = sourceOf(view, refs[0].doc);
  return html`<li part="source-item" class="citation">
    <p class="work"><cite part="source-title">${source ? fullReference(source) : refs[0].doc}</cite></p>
    ${refs.map((ref) => {
      const says = saysText(ref, record);
      return html`${renderExcerpt(ref)}
        ${says ? html`<p class="note">${says}</p>` : nothing}
        ${ref.note ? html`<p class="note">Note: ${ref.note}</p>` : nothing}`;
    })}
  </li>`;
}

/** Citations by document, in the order the documents are first cited. */
function byDocument(refs: readonly SourceRef[]): SourceRef[][] {
  const groups = new Map<string, SourceRef[]>();
  for (const ref of refs) {
    const list = groups.get(ref.doc);
    if (list) list.push(ref);
    else groups.set(ref.doc, [ref]);
  }
  return [...groups.values()];
}

/**
 * A "Source" disclosure for one record's citations (`open` where a reader asked for the source
 * itself). It counts documents, not passages: two passages of one text are one source, never shown
 * as two that agree; "Source, 2 passages" says there are two.
 */
export function renderSourceDisclosure(view: DatasetView, refs: readonly SourceRef[], options: { open?: boolean; record?: AnyRecord } = {}): TemplateResult {
  const groups = byDocument(refs);
  const docs = groups.length;
  const label = `${docs > 1 ? `Sources (${docs})` : 'Source'}${refs.length > docs ? `, ${refs.length} passages` : ''}`;
  return html`<details part="source" class="source" ?open=${options.open === true}>
    <summary part="source-summary">${label}</summary>
    <ol part="source-list" class="citations" aria-label=${docs > 1 ? `${docs} sources` : 'Source'}>
      ${groups.map((list) => renderCitation(view, list, options.record))}
    </ol>
  </details>`;
}

export const sourceDisclosureStyles = css`
  .source {
    margin-top: calc(var(--_space) * 0.5);
    font-size: 0.875em;
  }
  .source summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    width: fit-content;
    border-radius: 2px;
    padding: 0.125em 0;
  }
  .citations {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .citation + .citation {
    border-top: 1px solid var(--_border);
    margin-top: 0.75em;
    padding-top: 0.75em;
  }
  .work,
  .note {
    margin: 0 0 0.375em;
  }
  .note {
    color: var(--_muted);
  }
  .excerpt-status {
    margin: 0 0 0.375em;
    color: var(--_muted);
  }
  .excerpt-status--failed {
    color: var(--_danger);
  }
  .excerpt {
    margin: 0 0 0.375em;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-left: 3px solid var(--_border);
    font-style: italic;
    overflow-wrap: anywhere;
  }
`;
