/**
 * The source disclosure every widget uses: a native <details> ("Source") that opens, by mouse or
 * keyboard, onto each cited document (its reader's reference, never a file name), the verbatim
 * excerpt, and the text's own wording of the date or number where it differs from the record's. All data goes through text bindings; nothing is rendered as HTML.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { SourceRef } from '../data/schema.js';
import { sourceOf, type DatasetView } from '../data/view.js';
import { fullReference, readableExcerpt } from './reference.js';

/** A text's own wording of the fact where it differs from the record's: its date or number. */
function saysText(ref: SourceRef): string {
  const says = ref.says;
  if (!says) return '';
  const date = says.date ?? says.since ?? says.until;
  if (date) return `This text’s date: “${date.text}”${says.stage ? ` (${says.stage})` : ''}`;
  if (says.value !== undefined) return `This text’s figure: ${[says.qualifier, says.value, says.scale].filter((x) => x !== undefined).join(' ')}`;
  return '';
}

function renderCitation(view: DatasetView, ref: SourceRef): TemplateResult {
  const source = sourceOf(view, ref.doc);
  const says = saysText(ref);
  return html`<li part="source-item" class="citation">
    <p class="work"><cite part="source-title">${source ? fullReference(source) : ref.doc}</cite></p>
    <blockquote part="source-excerpt" class="excerpt">${readableExcerpt(ref.excerpt)}</blockquote>
    ${says ? html`<p class="note">${says}</p>` : nothing}
    ${ref.note ? html`<p class="note">Note: ${ref.note}</p>` : nothing}
  </li>`;
}

/** A "Source" disclosure for one record's citations (`open` where a reader asked for the source itself). */
export function renderSourceDisclosure(view: DatasetView, refs: readonly SourceRef[], options: { open?: boolean } = {}): TemplateResult {
  const count = refs.length;
  return html`<details part="source" class="source" ?open=${options.open === true}>
    <summary part="source-summary">${count > 1 ? `Sources (${count})` : 'Source'}</summary>
    <ol part="source-list" class="citations" aria-label=${count > 1 ? `${count} sources` : 'Source'}>
      ${refs.map((ref) => renderCitation(view, ref))}
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
  .excerpt {
    margin: 0 0 0.375em;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-left: 3px solid var(--_border);
    font-style: italic;
    overflow-wrap: anywhere;
  }
`;
