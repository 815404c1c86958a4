import type { DateSpec } from '../data/schema.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2015-05-08" → "8 May 2015", "2014-05" → "May 2014", "2014" → "2014": only the precision given. */
export function formatPartialDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * What a reader sees: the text's own wording, never a sharper date. Only a leading "in"/"on"
 * before a plain date is dropped ("in May 2014" → "May 2014"); vague wording stays whole.
 */
export function displayDate(date: DateSpec): string {
  if (date.fromPassage) {
    // "that same day" means nothing out of its passage: show the date the passage gives.
    const span = date.end ? `${formatPartialDate(date.start)} – ${formatPartialDate(date.end)}` : formatPartialDate(date.start);
    return date.approximate ? `about ${span}` : span;
  }
  const plain = new RegExp(`^(?:in|on)\\s+(?=(?:\\d|${MONTHS.join('|')}))`, 'i');
  return date.approximate ? date.text : date.text.replace(plain, '');
}

/** Wording that already says a date is approximate needs no ≈ in front ("≈ about 1700"). */
const SAYS_APPROXIMATE = /^(about|around|approximately|roughly|circa|c\.|some)\b/i;

/** "≈ " before an approximate date, unless its wording already says so; else "". */
export function approximateMark(date: DateSpec, approximate: boolean): string {
  return approximate && !SAYS_APPROXIMATE.test(displayDate(date)) ? '≈ ' : '';
}
