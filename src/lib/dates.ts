import type { DateSpec } from '../data/schema.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What a reader sees: the text's own wording, never a sharper date. Only a leading "in"/"on"
 * before a plain date is dropped ("in May 2014" → "May 2014"); vague wording stays whole.
 */
export function displayDate(date: DateSpec): string {
  const plain = new RegExp(`^(?:in|on)\\s+(?=(?:\\d|${MONTHS.join('|')}))`, 'i');
  return date.approximate ? date.text : date.text.replace(plain, '');
}
