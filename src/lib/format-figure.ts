/**
 * A figure's value as a reader should see it, and in plain units for sorting and bars. Kept apart
 * from figure-model.ts so that widgets that only mention figures (a disagreement) stay small.
 */
import type { Figure } from '../data/schema.js';
import { setFigureWriter } from './figure-writer.js';
import { formatNumber, pageLocale } from './locale.js';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value in plain units (3.3 billion → 3.3e9), for sorting and bars. */
export const magnitude = (f: Figure): number => f.value * (SCALE[f.scale ?? ''] ?? 1);

const CURRENCIES = new Set(['USD', 'US$', 'EUR', 'yuan', 'RMB', 'rubles', 'tenge', 'CNY', 'RUB', 'KZT']);

/** "USD 1.2 billion", "23.4 %", "about 400,000 barrels per day": the value as printed, localized. */
export function formatFigure(f: Figure, locale?: string): string {
  const n = formatNumber(f.value, locale, 6);
  const scale = f.scale ? ` ${f.scale}` : '';
  const q = f.qualifier ? `${f.qualifier} ` : '';
  if (f.unit === '%') return `${q}${n} %`;
  if (CURRENCIES.has(f.unit)) return `${q}${f.unit} ${n}${scale}`;
  return `${q}${n}${scale} ${f.unit}`;
}

// the source disclosure and "Sources disagree" write a text's figure this way wherever figures are shown
setFigureWriter((f) => formatFigure(f, pageLocale()));


/** A table's source note as the text prints it, without its own "Source:" label (callers add theirs). */
export const withoutSourceLabel = (note: string): string => note.replace(/^sources?\s*:\s*/i, '');
