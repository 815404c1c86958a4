/**
 * Dates as a reader reads them. One place turns a DateSpec into the words widgets show after
 * "since", "until", "Founded:", in screen-reader labels and in CSV. The words are built from the
 * date's `start`/`end` (exactly the precision the text gives), never from its wording, which may be
 * relative ("the next day"), glued to a preposition ("on December 21", "In July 2010") or missing
 * the year its passage gives. The text's own wording stays on the record and its citations.
 */
import type { DateSpec } from '../data/schema.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2015-05-08" → "8 May 2015", "2014-05" → "May 2014", "2014" → "2014": only the precision given. */
export function formatPartialDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A decade- or century-long span reads as such: 1990–1999 → "the 1990s", 1700–1799 → "the 1700s". */
const decade = (d: DateSpec): string | undefined =>
  d.end && ((/^\d{3}0$/.test(d.start) && d.end === `${d.start.slice(0, 3)}9`) || (/^\d{2}00$/.test(d.start) && d.end === `${d.start.slice(0, 2)}99`))
    ? `the ${d.start}s`
    : undefined;

/**
 * Start and end: years alone joined by an en dash ("2015–2019"), months of one year sharing it
 * ("March – May 2016"), other dates in full on both sides.
 */
function span(d: DateSpec): string {
  if (!d.end || d.end === d.start) return formatPartialDate(d.start);
  if (/^\d{4}$/.test(d.start) && /^\d{4}$/.test(d.end)) return `${d.start}–${d.end}`;
  const [from, to] = [formatPartialDate(d.start), formatPartialDate(d.end)];
  const year = d.start.slice(0, 4);
  return /^\d{4}-\d{2}$/.test(d.start) && d.end.startsWith(`${year}-`) ? `${from.slice(0, -5)} – ${to}` : `${from} – ${to}`;
}

/**
 * The date on its own: "21 December 1991", "January 2015", "2015–2019", "about 2016", "the 1990s",
 * and for a date that only the cited report gives, "dated by the cited report (2014)".
 */
export function readableDate(d: DateSpec): string {
  if (d.fromCitation) return `dated by the cited report (${span(d)})`;
  const dec = decade(d);
  if (dec) return dec;
  return d.approximate ? `about ${span(d)}` : span(d);
}

/** What widgets show for an event's, quotation's or founding's date (see readableDate). */
export const displayDate = readableDate;

/**
 * "since January 2015", "until 2015", "since 21 December 1991", "since about 2016", "since the
 * 1990s", "since 2014 (dated by the cited report)": one preposition, never the text's own.
 */
export function datePhrase(lead: 'since' | 'until', d: DateSpec): string {
  const dec = decade(d);
  if (dec && !d.fromCitation) return `${lead} ${dec}`;
  const when = formatPartialDate(lead === 'until' ? (d.end ?? d.start) : d.start);
  if (d.fromCitation) return `${lead} ${when} (dated by the cited report)`;
  return `${lead} ${d.approximate ? 'about ' : ''}${when}`;
}

/** Just the year or years, for a compact cell: "2015", "1990–1999", "≈1992" for a vague one. */
export function yearSpan(d: DateSpec): string {
  const [a, b] = [d.start.slice(0, 4), (d.end ?? d.start).slice(0, 4)];
  return `${d.approximate ? '≈' : ''}${a === b ? a : `${a}–${b}`}`;
}

/** Wording that already says a date is approximate needs no ≈ in front ("≈ about 1700"). */
const SAYS_APPROXIMATE = /^(about|around|approximately|roughly|circa|c\.|some|the \d{4}s|dated by)\b/i;

/** "≈ " before an approximate date, unless its words already say so; else "". */
export function approximateMark(date: DateSpec, approximate: boolean): string {
  return approximate && !SAYS_APPROXIMATE.test(displayDate(date)) ? '≈ ' : '';
}
