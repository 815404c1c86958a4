/**
 * The page's language for number formatting, read when needed (the page may set it late) and
 * only if Intl accepts it: an invalid <html lang="en_US"> must not throw inside a widget.
 */
export function pageLocale(): string | undefined {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

/**
 * A number format for a locale, made once (making one costs more than formatting a thousand
 * numbers with it); an unknown locale falls back to the browser's.
 */
const formats = new Map<string, Intl.NumberFormat>();
export function numberFormat(locale: string | undefined, maximumFractionDigits = 3): Intl.NumberFormat {
  const key = `${locale ?? ''}|${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits });
    } catch {
      format = new Intl.NumberFormat(undefined, { maximumFractionDigits });
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * Locales that write 1,234.5 (commas between groups of three, a point before the fraction). The
 * browser's first number format costs 7–15 ms of a page's first render here (its number data
 * loads), more than all of the widget's own work on a number; in these locales a number under a
 * quadrillion whose shortest form has few enough decimals is written without one.
 */
const COMMA_POINT = new Set(['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-NZ']);

/**
 * A number as `new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value)` writes it
 * (the tests compare the two in every browser), made by hand where that is plain.
 */
export function formatNumber(value: number, locale: string | undefined, maximumFractionDigits = 3): string {
  // no locale: the browser's, which is its language (a page without <html lang> is common)
  const tag = locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language);
  if (tag !== undefined && COMMA_POINT.has(tag) && Math.abs(value) < 1e15 && !Object.is(value, -0)) {
    const parts = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value));
    if (parts && (parts[3]?.length ?? 0) <= maximumFractionDigits) {
      const [, sign, whole, fraction] = parts;
      return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
    }
  }
  return numberFormat(locale, maximumFractionDigits).format(value);
}

/** Formats a count in the page's language ("10,000", "10 000"). */
export const formatCount = (n: number): string => formatNumber(n, pageLocale());

/** Made on first use: making a collator loads the browser's collation data (8 ms of a first render here). */
let collator: Intl.Collator | undefined;

/** Text in natural order ("Table 2" before "Table 10") for the browser's language. */
export const compareText = (a: string, b: string): number =>
  (collator ??= new Intl.Collator(undefined, { numeric: true })).compare(a, b);

const PLAIN = /^[A-Za-z ]*$/;

/**
 * Two names in the order `a.localeCompare(b)` gives them. In an English-speaking browser, names of
 * plain letters and spaces (every country name the texts give) are compared here: letters without
 * regard to case, then lower case first, as the collator does, so that sorting countries in a first
 * render loads no collation data. Any other pair, or language, goes to localeCompare.
 */
export function compareNames(a: string, b: string): number {
  const english = typeof navigator === 'undefined' || /^en(-|$)/i.test(navigator.language);
  if (!english || !PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b);
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x !== y) return x < y ? -1 : 1;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] === x[i] ? -1 : 1;
  return 0;
}
