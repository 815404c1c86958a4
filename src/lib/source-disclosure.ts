/**
 * The source disclosure every widget uses: a native <details> ("Source") that opens, by mouse or
 * keyboard, onto each cited document (title, authors as the text gives them) and the verbatim
 * excerpt. All data goes through text bindings; nothing is rendered as HTML.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { SourceRef } from '../data/schema.js';
import { sourceOf, type DatasetView } from '../data/view.js';

const joinNames = (names: readonly string[]): string =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

function renderCitation(view: DatasetView, ref: SourceRef): TemplateResult {
  const source = sourceOf(view, ref.doc);
  return html`<li part="source-item" class="citation">
    <p class="work">
      ${source
        ? html`<cite part="source-title">${source.title}</cite>${source.authors.length
              ? html`, by ${joinNames(source.authors)}`
              : html`, <span class="unknown">author not named in the text</span>`}${source.published
              ? html`. <span class="published">${source.published}</span>`
              : nothing}`
        : html`<cite part="source-title">${ref.doc}</cite>`}
    </p>
    <blockquote part="source-excerpt" class="excerpt">${ref.excerpt}</blockquote>
    ${ref.note ? html`<p class="note">Note: ${ref.note}</p>` : nothing}
    <p class="doc">Document file: <code>${ref.doc}</code></p>
  </li>`;
}

/** A "Source" disclosure for one record's citations. */
export function renderSourceDisclosure(view: DatasetView, refs: readonly SourceRef[]): TemplateResult {
  const count = refs.length;
  return html`<details part="source" class="source">
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
  .note,
  .doc {
    margin: 0 0 0.375em;
  }
  .unknown,
  .doc,
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
  code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
