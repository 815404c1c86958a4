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

/** Formats a count in the page's language ("10,000", "10 000"). */
export const formatCount = (n: number): string => new Intl.NumberFormat(pageLocale()).format(n);
