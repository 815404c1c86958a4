/**
 * The line under a widget that names the documents its view draws on, as Our World in Data puts
 * one under every chart: "Sources: Kembayev 2020; Mosher 2022." It follows the view (a filtered
 * timeline names only the texts of the events it shows).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DatasetView } from '../data/view.js';
import { docShort } from './claims.js';

type Cited = { readonly sources: readonly { readonly doc: string }[] };
const cache = new WeakMap<readonly unknown[], { view: DatasetView; docs: string[] }>();

/** The documents cited by the records of `list` (each once, in the dataset's order), worked out once per list. */
export function docsOf<T>(view: DatasetView, list: readonly T[], recordsOf: (item: T) => readonly Cited[]): string[] {
  const cached = cache.get(list);
  if (cached?.view === view) return cached.docs;
  const cited = new Set<string>();
  for (const item of list) for (const r of recordsOf(item)) for (const s of r.sources) cited.add(s.doc);
  const known = view.dataset.sources.map((s) => s.id).filter((id) => cited.has(id));
  const docs = [...known, ...[...cited].filter((d) => !known.includes(d))];
  cache.set(list, { view, docs });
  return docs;
}

export function renderSourceLine(view: DatasetView, docs: readonly string[]): TemplateResult | typeof nothing {
  if (!docs.length) return nothing;
  return html`<p part="source-line" class="source-line">${docs.length > 1 ? 'Sources' : 'Source'}: ${docs.map(
    (d, i) => html`${i ? '; ' : ''}<cite>${docShort(view, d)}</cite>`,
  )}.</p>`;
}

export const sourceLineStyles = css`
  .source-line {
    margin: 0.5rem 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
`;
