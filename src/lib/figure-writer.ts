/**
 * How a figure's value is written ("USD 1.2 billion") where a text's claim or wording is a figure.
 * Only the trade table shows figures; format-figure.ts, which it loads, sets the writer here, so
 * that the source disclosure and "Sources disagree" every widget shares do not carry the figure
 * formatting into widgets that never show a figure (a page with one quotation is 0.3 kB smaller).
 */
import type { Figure } from '../data/schema.js';

let writer: ((f: Figure) => string) | undefined;

/** @internal Set by format-figure.ts when it loads. */
export function setFigureWriter(write: (f: Figure) => string): void {
  writer = write;
}

/** The figure as printed, or its bare number where no figure writer is loaded (no widget here shows figures). */
export const writeFigure = (f: Figure): string => (writer ? writer(f) : String(f.value));
