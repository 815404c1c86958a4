/**
 * How a reader is told where a datum comes from: a document's reader's reference (who, when,
 * what, where, as the text itself gives them), a short form for source lines ("Kembayev 2020"),
 * and excerpts without the markdown escapes of the text files ("\$700-million" reads "$700-million";
 * the source verifier still checks the raw excerpt). Never a file name.
 */
import type { Source } from '../data/schema.js';

const surname = (name: string): string => name.trim().split(/\s+/).at(-1) ?? name;

const joinNames = (names: readonly string[]): string =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** A title's main part, before its subtitle: "Central Asia over a Decade". */
const mainTitle = (title: string): string => title.split(/:\s/)[0];

const editors = (s: Source): string => (/edited/i.test(s.kind) ? ' (eds.)' : '');

/** "Kembayev 2020", "Peyrouse and Nicharapova (eds.)", "“Central Asia over a Decade” (unsigned)". */
export function shortReference(s: Source): string {
  const year = s.year ? ` ${s.year}` : '';
  if (!s.authors.length) return `“${mainTitle(s.title)}” (unsigned${year ? `,${year}` : ''})`;
  const names = s.authors.length > 2 ? `${surname(s.authors[0])} et al.` : s.authors.map(surname).join(' and ');
  return `${names}${editors(s)}${year}`;
}

/**
 * The full reference: authors (or "Unsigned"), year, title, where published, as the text gives
 * them: "Zhenis Kembayev (2020). Development of China-Kazakhstan Cooperation: …. Problems of
 * Post-Communism. Volume 67, Issue 3. May/June 2020." Unknown parts are left out, never guessed.
 */
export function fullReference(s: Source): string {
  const who = s.authors.length ? `${joinNames(s.authors)}${editors(s)}` : 'Unsigned';
  const year = s.year ? ` (${s.year})` : '';
  const where = s.published ? ` ${s.published.replace(/\.?$/, '.')}` : '';
  return `${who}${year}. ${s.title.replace(/([^.?!])$/, '$1.')}${where}`;
}

/** An excerpt as a reader should read it: the text file's markdown escapes removed. */
export const readableExcerpt = (excerpt: string): string => excerpt.replace(/\\([\\`*_{}[\]()#+\-.!$<>~|])/g, '$1');

/** A note naming documents by number ("002 says 1996") with their short references instead. */
export const readableNote = (sources: readonly Source[], note: string): string =>
  note.replace(/(?<![\d.,$])\b(?:[Tt]ext )?(\d{3})\b(?![.,]\d)/g, (all, num: string) => {
    const source = sources.find((s) => s.id.startsWith(`${num}_`));
    return source ? shortReference(source) : all;
  });
