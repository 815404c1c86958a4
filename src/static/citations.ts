/**
 * Citations in the static fallback: each datum's sources as a list (document title in <cite>,
 * verbatim excerpt in quotation marks: a <span>, not <q>, whose layout in a long list grows
 * with the square of its length in Chromium: 10,000 <q> took 41 s to lay out, <span> 1 s), the "Sources disagree" line, and the list of documents cited.
 * Mirrors src/lib/source-disclosure.ts and src/lib/disagreement.ts, which render through lit and
 * so cannot run in Node; the wording is the same.
 */
import type { AnyRecord, DateSpec, Figure, Says, SourceRef } from '../data/schema.js';
import { sourceOf, type DatasetView } from '../data/view.js';
import { readableDate } from '../lib/dates.js';
import { differs, docShort } from '../lib/claims.js';

export { docShort };
import { formatFigure } from '../lib/format-figure.js';
import { fullReference, readableExcerpt, readableNote } from '../lib/reference.js';
import { html, join, type Markup } from './html.js';

/**
 * A citation's excerpt. A static copy always carries them: an embedded one that has not arrived
 * (src/data/excerpts.ts; `await excerptsReady()` first) is an error, never an empty quotation.
 */
function excerptText(ref: SourceRef): string {
  if (typeof ref.excerpt !== 'string') throw new Error(`steppe-widgets: a static copy needs the excerpts of the embedded records (${ref.doc}); await excerptsReady() first`);
  return ref.excerpt;
}

/** A record's citations: one item per source, its reader's reference and verbatim excerpt. */
export function renderCitations(view: DatasetView, refs: readonly SourceRef[]): Markup {
  const label = refs.length > 1 ? 'Sources' : 'Source';
  return html`<ul class="steppe-sources" aria-label="${label}">${refs.map((ref) => {
    const source = sourceOf(view, ref.doc);
    const own = ref.says?.date ?? ref.says?.since ?? ref.says?.until;
    const reference = source ? fullReference(source) : ref.doc;
    // "…BRI. “excerpt”", not "…BRI.: “excerpt”": no colon after a reference's own full stop
    const bare = !ref.note && !own && !ref.says?.status;
    const before = bare && /[.?!]$/.test(reference) ? ' ' : ': ';
    return html`<li><small>Source:</small> <cite>${reference}</cite>${ref.note
      ? html` <small>(Note: ${ref.note})</small>`
      : ''}${own ? html` <small>(this text’s date: “${own.text}”)</small>` : ''}${ref.says?.status ? html` <small>(this text’s status: ${ref.says.status.replace(/-/g, ' ')})</small>` : ''}${before}<span class="steppe-excerpt">“${readableExcerpt(excerptText(ref))}”</span></li>`;
  })}</ul>`;
}

type Claimed = AnyRecord & { conflictsWith?: readonly string[]; disagreement?: string; date?: DateSpec; since?: DateSpec; caveat?: string };

/** The claim a record makes, in words: its date or its figure, as one text gives it (`says`). */
export function claimText(record: AnyRecord, locale: string, says: Says = {}): string {
  const r = { ...record, ...says } as Claimed & Partial<Figure>;
  if (r.value !== undefined && r.unit) return formatFigure(r as Figure, locale);
  const date = says.date ?? says.since ?? r.date ?? r.since;
  return date ? readableDate(date) : '';
}

/** "Reported by 3 texts: …" for a record several texts report and do not dispute. */
export function renderCorroboration(view: DatasetView, record: AnyRecord): Markup | '' {
  const docs = [...new Set(record.sources.map((s) => s.doc))];
  if (docs.length < 2 || (record as Claimed).disagreement || (record as Claimed).conflictsWith?.length) return '';
  return html`<p class="steppe-corroboration">Reported by ${String(docs.length)} texts: ${docs.map((d) => docShort(view, d)).join('; ')}.</p>`;
}

/** "⚠ Caveat: …" where the text itself makes a value or date doubtful. */
export const renderCaveat = (view: DatasetView, record: AnyRecord): Markup | '' =>
  (record as Claimed).caveat
    ? html`<p class="steppe-caveat"><span aria-hidden="true">⚠ </span>Caveat: ${readableNote(view.dataset.sources, (record as Claimed).caveat!)}</p>`
    : '';

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
  const r = record as Claimed;
  if (r.disagreement) {
    const docs = [...new Set(record.sources.map((s) => s.doc))];
    const claims = docs.map((doc) => {
      const says = record.sources.find((s) => s.doc === doc && s.says)?.says ?? {};
      return html`<strong>${claimText(record, locale, says)}</strong> according to <cite>${docShort(view, doc)}</cite>`;
    });
    const differ = differs(record);
    return html`<p class="steppe-disagreement"><span aria-hidden="true">⚠ </span>Sources disagree: ${differ ? html`${join(claims, '; ')}. ` : ''}${readableNote(view.dataset.sources, r.disagreement)}</p>`;
  }
  const others = (r.conflictsWith ?? [])
    .map((id) => view.byId.get(id))
    .filter((o): o is AnyRecord => o !== undefined);
  if (!others.length) return '';
  const claims = [record, ...others].map((o) => {
    const doc = docShort(view, o.sources[0]?.doc ?? '');
    const target = o === record ? undefined : anchor(o.id);
    return html`<strong>${claimText(o, locale)}</strong> according to <cite>${doc}</cite>${o === record
      ? ' (this entry)'
      : target ? html` (<a href="#${target}">see that entry</a>)` : html` (<span class="steppe-excerpt">“${readableExcerpt(o.sources[0] ? excerptText(o.sources[0]) : '')}”</span>)`}`;
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
    (s) => html`<li><cite>${fullReference(s)}</cite>${s.url && /^https?:\/\//i.test(s.url) ? html`. <a href="${s.url}">${s.url}</a>` : ''}</li>`,
  )}${unknown.map((d) => html`<li><cite>${d}</cite></li>`)}</ul>`;
}
