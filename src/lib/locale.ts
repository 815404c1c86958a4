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

/** Formats a count in the page's language ("10,000", "10 000"). */
export const formatCount = (n: number): string => numberFormat(pageLocale()).format(n);
