/**
 * What several texts say of one fact. A record reported by several texts says so ("Reported by 3
 * texts"); a record whose texts' claims cannot all hold (its `disagreement`, or, in a page's own
 * data, `conflictsWith` other records) shows "Sources disagree" with each text's claim in its own
 * date or number and the reader's reference of the text that makes it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { AnyRecord, DateSpec, Figure, Says } from '../data/schema.js';
import { writeFigure } from './figure-writer.js';
import type { DatasetView } from '../data/view.js';
import { renderSourceDisclosure } from './source-disclosure.js';
import { readableDate } from './dates.js';
import { readableNote } from './reference.js';
import { claimsByDoc, differs, docShort, isDisputed, reportingDocs } from './claims.js';

export { differs, docShort, isDisputed, reportingDocs };

type Claimed = AnyRecord & { conflictsWith?: readonly string[]; disagreement?: string; date?: DateSpec; since?: DateSpec; caveat?: string };

/** The claim a record makes, in words (its date or its figure), as one text words it (`says`). */
export function claimText(record: AnyRecord, says: Says = {}): string {
  const r = { ...record, ...says } as Claimed & Partial<Figure>;
  if (r.value !== undefined && r.unit) return writeFigure(r as Figure);
  const date = says.date ?? says.since ?? r.date ?? r.since;
  return date ? readableDate(date) : '';
}

/** "Reported by 3 texts: Kembayev 2020, Mosher 2022, …" for a record several texts report. */
export function renderCorroboration(view: DatasetView, record: AnyRecord): TemplateResult | typeof nothing {
  const docs = reportingDocs(record);
  if (docs.length < 2 || isDisputed(record)) return nothing;
  return html`<p part="corroboration" class="corroboration">Reported by ${docs.length} texts: ${docs.map((d) => docShort(view, d)).join('; ')}</p>`;
}

export function renderDisagreement(view: DatasetView, record: AnyRecord): TemplateResult | typeof nothing {
  const r = record as Claimed;
  if (r.disagreement) {
    return html`<div part="disagreement" class="disagreement">
      <p class="disagreement-title"><span aria-hidden="true">⚠ </span>Sources disagree</p>
      ${differs(record)
        ? html`<ul>
            ${claimsByDoc(record).map(([doc, says]) => html`<li><strong>${claimText(record, says)}</strong> according to <cite>${docShort(view, doc)}</cite></li>`)}
          </ul>`
        : nothing}
      <p class="disagreement-note">${readableNote(view.dataset.sources, r.disagreement)}</p>
    </div>`;
  }
  const others = (r.conflictsWith ?? [])
    .map((id) => view.byId.get(id))
    .filter((o): o is AnyRecord => o !== undefined);
  if (!others.length) return nothing;
  return html`<div part="disagreement" class="disagreement">
    <p class="disagreement-title"><span aria-hidden="true">⚠ </span>Sources disagree</p>
    <ul>
      ${[record, ...others].map(
        (o) => html`<li>
          <strong>${claimText(o)}</strong> according to <cite>${docShort(view, o.sources[0]?.doc ?? '')}</cite>
          ${o === record ? html`<span class="this">(this entry)</span>` : renderSourceDisclosure(view, o.sources)}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** "⚠ The text prints …": a record's caveat, where its value or date is shown. */
export const renderCaveat = (view: DatasetView, record: AnyRecord): TemplateResult | typeof nothing =>
  (record as Claimed).caveat
    ? html`<p part="caveat" class="caveat"><span aria-hidden="true">⚠ </span><strong>Caveat:</strong> ${readableNote(view.dataset.sources, (record as Claimed).caveat!)}</p>`
    : nothing;

export const disagreementStyles = css`
  .disagreement,
  .caveat {
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
  .disagreement .this,
  .disagreement-note,
  .corroboration {
    color: var(--_muted);
  }
  .disagreement-note {
    margin: 0.25em 0 0;
  }
  .corroboration {
    margin: calc(var(--_space) * 0.5) 0;
  }
`;
