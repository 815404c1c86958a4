/**
 * RFC 4180 CSV for downloads: fields joined by commas, rows by CRLF; a field that holds a comma,
 * a quote, a line break or edge spaces is quoted, quotes doubled; text that would start a
 * spreadsheet formula is prefixed with an apostrophe. A UTF-8 byte-order mark comes
 * first so that spreadsheet programs read non-Latin text right.
 *
 * Hand-written on purpose: papaparse ships only CommonJS (the browser build chain here is
 * ES modules), and csv-stringify's browser build carries an 80 kB Buffer polyfill. The tests parse
 * this output back with csv-parse, and the build's data export uses csv-stringify.
 */
const field = (value: unknown): string => {
  let s = value === undefined || value === null ? '' : String(value);
  // a text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is defused with a
  // leading apostrophe; numbers (value -2.82) are left as they are
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(field).join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
