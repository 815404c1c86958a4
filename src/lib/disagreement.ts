/**
 * "Sources disagree": for a record whose claim conflicts with others (conflictsWith), shows each
 * claim side by side, in its own words, with its own source disclosure.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { AnyRecord, DateSpec, Figure } from '../data/schema.js';
import { formatFigure } from './format-figure.js';
import { pageLocale } from './locale.js';
import { sourceOf, type DatasetView } from '../data/view.js';
import { renderSourceDisclosure } from './source-disclosure.js';

type Claimed = AnyRecord & { conflictsWith?: readonly string[]; date?: DateSpec; since?: DateSpec };

/** The claim a record makes, in words: its date wording or its figure. */
export function claimText(record: AnyRecord): string {
  const r = record as Claimed & Partial<Figure>;
  if (r.value !== undefined && r.unit) return formatFigure(r as Figure, pageLocale());
  const date = r.date ?? r.since;
  return date ? date.text : '';
}

const docLabel = (view: DatasetView, record: AnyRecord): string => {
  const doc = record.sources[0]?.doc ?? '';
  return sourceOf(view, doc)?.title ?? doc;
};

export function renderDisagreement(view: DatasetView, record: AnyRecord): TemplateResult | typeof nothing {
  const others = ((record as Claimed).conflictsWith ?? [])
    .map((id) => view.byId.get(id))
    .filter((r): r is AnyRecord => r !== undefined);
  if (!others.length) return nothing;
  return html`<div part="disagreement" class="disagreement">
    <p class="disagreement-title"><span aria-hidden="true">⚠ </span>Sources disagree</p>
    <ul>
      ${[record, ...others].map(
        (r) => html`<li>
          <strong>${claimText(r)}</strong> according to <cite>${docLabel(view, r)}</cite>
          ${r === record ? html`<span class="this">(this entry)</span>` : renderSourceDisclosure(view, r.sources)}
        </li>`,
      )}
    </ul>
  </div>`;
}

export const disagreementStyles = css`
  .disagreement {
    margin: calc(var(--_space) * 0.75) 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px dashed var(--_danger);
    border-radius: var(--_radius);
  }
  .disagreement-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .disagreement ul {
    margin: 0;
    padding-left: 1.1em;
  }
  .disagreement .this {
    color: var(--_muted);
  }
`;
