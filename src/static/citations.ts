/**
 * Citations in the static fallback: each datum's sources as a list (document title in <cite>,
 * verbatim excerpt in quotation marks: a <span>, not <q>, whose layout in a long list grows
 * with the square of its length in Chromium: 10,000 <q> took 41 s to lay out, <span> 1 s), the "Sources disagree" line, and the list of documents cited.
 * Mirrors src/lib/source-disclosure.ts and src/lib/disagreement.ts, which render through lit and
 * so cannot run in Node; the wording is the same.
 */
import type { AnyRecord, DateSpec, Figure, SourceRef } from '../data/schema.js';
import { sourceOf, type DatasetView } from '../data/view.js';
import { formatFigure } from '../lib/format-figure.js';
import { html, join, type Markup } from './html.js';

const joinNames = (names: readonly string[]): string =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The title a reader sees for a document: its title, or the file name when the data lacks it. */
export const docTitle = (view: DatasetView, doc: string): string => sourceOf(view, doc)?.title ?? doc;

/** A record's citations: one item per source, title and verbatim excerpt. */
export function renderCitations(view: DatasetView, refs: readonly SourceRef[]): Markup {
  const label = refs.length > 1 ? 'Sources' : 'Source';
  return html`<ul class="steppe-sources" aria-label="${label}">${refs.map(
    (ref) => html`<li><small>Source:</small> <cite>${docTitle(view, ref.doc)}</cite>${ref.note
      ? html` <small>(Note: ${ref.note})</small>`
      : ''}: <span class="steppe-excerpt">“${ref.excerpt}”</span></li>`,
  )}</ul>`;
}

type Claimed = AnyRecord & { conflictsWith?: readonly string[]; date?: DateSpec; since?: DateSpec };

/** The claim a record makes, in words: its date wording or its figure (as disagreement.ts). */
export function claimText(record: AnyRecord, locale: string): string {
  const r = record as Claimed & Partial<Figure>;
  if (r.value !== undefined && r.unit) return formatFigure(r as Figure, locale);
  const date = r.date ?? r.since;
  return date ? date.text : '';
}

/**
 * "Sources disagree": each claim with the document that makes it. `anchor` gives the id of the
 * element where another record (and its own sources) is shown, when the fragment shows it.
 */
export function renderDisagreement(
  view: DatasetView,
  record: AnyRecord,
  locale: string,
  anchor: (id: string) => string | undefined = () => undefined,
): Markup | '' {
  const others = ((record as Claimed).conflictsWith ?? [])
    .map((id) => view.byId.get(id))
    .filter((r): r is AnyRecord => r !== undefined);
  if (!others.length) return '';
  const claims = [record, ...others].map((r) => {
    const doc = docTitle(view, r.sources[0]?.doc ?? '');
    const target = r === record ? undefined : anchor(r.id);
    return html`<strong>${claimText(r, locale)}</strong> according to <cite>${doc}</cite>${r === record
      ? ' (this entry)'
      : target ? html` (<a href="#${target}">see that entry</a>)` : html` (<span class="steppe-excerpt">“${r.sources[0]?.excerpt ?? ''}”</span>)`}`;
  });
  return html`<p class="steppe-disagreement"><span aria-hidden="true">⚠ </span>Sources disagree: ${join(claims, '; ')}.</p>`;
}

/** The documents cited by `refs`, in the dataset's order: title, authors and publication. */
export function renderDocuments(view: DatasetView, refs: readonly SourceRef[], headingTag: string): Markup {
  const cited = new Set(refs.map((r) => r.doc));
  const known = view.dataset.sources.filter((s) => cited.has(s.id));
  const unknown = [...cited].filter((d) => !known.some((s) => s.id === d));
  if (!known.length && !unknown.length) return html``;
  return html`<${headingTag}>Documents cited</${headingTag}>
<ul class="steppe-documents">${known.map(
    (s) => html`<li><cite>${s.title}</cite>${s.authors.length ? `, by ${joinNames(s.authors)}` : ', author not named in the text'}${s.published
      ? `. ${s.published}`
      : ''}${s.url && /^https?:\/\//i.test(s.url) ? html`. <a href="${s.url}">${s.url}</a>` : ''}</li>`,
  )}${unknown.map((d) => html`<li><cite>${d}</cite></li>`)}</ul>`;
}
