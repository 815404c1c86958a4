/**
 * Pure figure maths: filters, numeric sorting, unit-aware formatting, bar scales per unit,
 * pivots that rebuild a statistical table's shape, and rows for CSV export.
 */
import type { Figure } from '../data/schema.js';
import type { DatasetView } from '../data/view.js';
import { nameOf, sourceOf } from '../data/view.js';
import { readableDate } from './dates.js';
import { fullReference, readableExcerpt, readableNote } from './reference.js';
import { resolveActor } from './timeline-model.js';

import { formatFigure, magnitude } from './format-figure.js';
import { compareText } from './locale.js';

export { formatFigure, magnitude };

export interface FigureFilter {
  readonly metric: readonly string[];
  readonly table: string;
  readonly countries: readonly string[];
  readonly period: string;
  readonly query: string;
  /** Only figures cited from these documents (ids, already resolved). */
  readonly sources?: readonly string[];
  /** An actor selected in a sibling widget: narrows what the author's filters show. */
  readonly linked?: string;
}

/** Who a figure is about: from, to, country. */
export const actorsOf = (f: Figure): string[] => [f.from, f.to, f.country].filter((x): x is string => Boolean(x));

export function periodYears(f: Figure): [number, number] | undefined {
  if (!f.period) return undefined;
  return [Number(f.period.start.slice(0, 4)), Number((f.period.end ?? f.period.start).slice(0, 4))];
}

/** A table by its id or by (part of) its caption, case-insensitive: "Table 5", "003-ch8-table-5". */
export function matchesTable(f: Figure, table: string): boolean {
  if (!table) return true;
  if (!f.table) return false;
  const t = table.trim().toLowerCase();
  if (f.table.id.toLowerCase() === t) return true;
  // "Table 1" must not match "Table 10" nor both chapters' Table 1: the caption must begin with
  // the term and the term must end at a word boundary
  const caption = f.table.caption.toLowerCase();
  return caption.startsWith(t) && !/[a-z0-9]/.test(caption.charAt(t.length));
}

/**
 * Each figure's searchable text (label, names, captions, excerpts), lower-cased once per view: a
 * view made when the embedded excerpts arrive (src/data/excerpts.ts) searches them too.
 */
const searchTexts = new WeakMap<DatasetView, WeakMap<Figure, string>>();
function searchText(view: DatasetView, f: Figure): string {
  let byFigure = searchTexts.get(view);
  if (!byFigure) searchTexts.set(view, (byFigure = new WeakMap()));
  let text = byFigure.get(f);
  if (text === undefined) {
    text = [f.label, f.metric, f.unit, f.period?.text ?? '', f.table?.caption ?? '', f.table?.row ?? '', f.table?.column ?? '',
      ...actorsOf(f).map((a) => nameOf(view, a)), ...f.sources.map((s) => s.excerpt ?? '')].join('\n').toLowerCase();
    byFigure.set(f, text);
  }
  return text;
}

/**
 * Makes the figures' searchable text ahead of a search (the widget calls it when the browser is
 * idle after a render), so that a reader's first keystroke searches rather than indexes.
 */
export function prepareSearch(view: DatasetView, figures: readonly Figure[]): void {
  for (const f of figures) searchText(view, f);
}

export function filterFigures(view: DatasetView, figures: readonly Figure[], filter: FigureFilter): Figure[] {
  const ids = new Set(filter.countries.flatMap((c) => resolveActor(view, c)));
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const [p0, p1] = filter.period.split(/[–-]/).map((y) => Number(y.trim()));
  return figures.filter((f) => {
    if (filter.metric.length && !filter.metric.includes(f.metric)) return false;
    if (!matchesTable(f, filter.table)) return false;
    if (filter.countries.length && !actorsOf(f).some((a) => ids.has(a))) return false;
    if (filter.linked && !actorsOf(f).includes(filter.linked)) return false;
    if (filter.sources?.length && !f.sources.some((s) => filter.sources!.includes(s.doc))) return false;
    if (filter.period && !Number.isNaN(p0)) {
      const y = periodYears(f);
      const hi = Number.isNaN(p1 ?? NaN) ? p0 : p1;
      if (!y || y[1] < p0 || y[0] > hi) return false;
    }
    if (words.length) {
      const text = searchText(view, f);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export type SortKey = 'label' | 'actors' | 'period' | 'value' | 'unit' | 'source';


/** A stable sort: numeric on values (in plain units), natural order on text; ties by id. */
export function sortFigures(view: DatasetView, figures: readonly Figure[], key: SortKey, dir: 'ascending' | 'descending'): Figure[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const str = (f: Figure): string =>
    key === 'label' ? f.label
      : key === 'actors' ? actorsOf(f).map((a) => nameOf(view, a)).join(' ')
        : key === 'unit' ? f.unit
          : key === 'source' ? f.sources[0]?.doc ?? ''
            : f.period?.start ?? '';
  // keys computed once per row, not once per comparison
  const keyed = figures.map((f) => ({ f, k: key === 'value' ? magnitude(f) : str(f) }));
  keyed.sort((a, b) => {
    // a value whose text is doubtful (a caveat) is not compared with the others: it goes last
    if (key === 'value' && Boolean(a.f.caveat) !== Boolean(b.f.caveat)) return a.f.caveat ? 1 : -1;
    const d = a.f.caveat && key === 'value' ? 0 : typeof a.k === 'number' ? a.k - (b.k as number) : compareText(a.k, b.k as string);
    return d * sign || (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0);
  });
  return keyed.map((x) => x.f);
}

/**
 * Bars never mix units, and never contradict the numbers beside them: one scale per unit, across
 * metrics, from the largest absolute value shown (in plain units, the scale word applied), so that
 * of two values in one unit the larger always has the longer bar, whatever the rows in between. A
 * value alone in its unit gets no bar (it has nothing to be compared with), nor does a value the
 * text itself makes doubtful (a caveat).
 */
export function barScales(figures: readonly Figure[]): Map<string, number> {
  const max = new Map<string, number>();
  const count = new Map<string, number>();
  for (const f of figures) {
    if (f.caveat) continue; // drawn without a bar, and never the scale of others
    max.set(f.unit, Math.max(max.get(f.unit) ?? 0, Math.abs(magnitude(f))));
    count.set(f.unit, (count.get(f.unit) ?? 0) + 1);
  }
  for (const [unit, n] of count) if (n < 2) max.delete(unit);
  return max;
}

export interface Pivot {
  /** The printed caption for a statistical table; '' for series of other figures. */
  readonly caption: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** cells.get(`${row}\u0000${column}`): every figure of that cell (two when texts disagree). */
  readonly cells: ReadonlyMap<string, readonly Figure[]>;
}

/**
 * Pivots: each statistical table back into its printed rows and columns (one pivot per table, in
 * the order the data gives, whatever the sort); other figures as series (label and actors) ×
 * period, periods in time order. A cell never loses a figure: several stay side by side.
 */
export function pivots(view: DatasetView, figures: readonly Figure[]): Pivot[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = f.table ? f.table.id : '';
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: Pivot[] = [];
  for (const [id, list] of groups) {
    const rows: string[] = [];
    const columns: string[] = [];
    const cells = new Map<string, Figure[]>();
    const firstStart = new Map<string, string>();
    for (const f of list) {
      const row = id ? f.table!.row : `${f.label}${actorsOf(f).length ? ` (${actorsOf(f).map((a) => nameOf(view, a)).join(' → ')})` : ''}`;
      const column = id ? f.table!.column : (f.period?.text ?? 'no period given');
      if (!rows.includes(row)) rows.push(row);
      if (!columns.includes(column)) columns.push(column);
      if (!firstStart.has(column)) firstStart.set(column, f.period?.start ?? '9999');
      const k = `${row}\u0000${column}`;
      const cell = cells.get(k);
      if (cell) cell.push(f);
      else cells.set(k, [f]);
    }
    if (!id) columns.sort((x, y) => compareText(firstStart.get(x)!, firstStart.get(y)!));
    out.push({ caption: id ? list[0].table!.caption : '', rows, columns, cells });
  }
  return out.sort((x, y) => (x.caption === '' ? 1 : y.caption === '' ? -1 : 0));
}

/** The columns every export has, even when no row is shown. */
export const EXPORT_COLUMNS = [
  'id', 'metric', 'label', 'qualifier', 'value', 'scale', 'unit', 'caveat', 'period', 'period_wording', 'period_start', 'period_end',
  'from', 'to', 'country', 'table', 'table_row', 'table_column', 'table_source', 'texts_reporting', 'sources_disagree',
  'disagrees_with', 'source_1_document', 'source_1_title', 'source_1_authors', 'source_1_year', 'source_1_excerpt', 'source_1_note',
];

/** One flat row per figure, with its citations as columns, for CSV and JSON downloads. */
export function exportRow(view: DatasetView, f: Figure): Record<string, string | number> {
  const row: Record<string, string | number> = {
    id: f.id, metric: f.metric, label: f.label, qualifier: f.qualifier ?? '', value: f.value, scale: f.scale ?? '', unit: f.unit,
    caveat: f.caveat ?? '', period: f.period ? readableDate(f.period) : '', period_wording: f.period?.text ?? '', period_start: f.period?.start ?? '', period_end: f.period?.end ?? '',
    from: f.from ? nameOf(view, f.from) : '', to: f.to ? nameOf(view, f.to) : '', country: f.country ? nameOf(view, f.country) : '',
    table: f.table?.caption ?? '', table_row: f.table?.row ?? '', table_column: f.table?.column ?? '', table_source: f.table?.source ?? '',
    texts_reporting: new Set(f.sources.map((s) => s.doc)).size,
    sources_disagree: f.disagreement ? readableNote(view.dataset.sources, f.disagreement) : f.conflictsWith?.length ? 'yes' : '',
    disagrees_with: (f.conflictsWith ?? []).join('; '),
  };
  f.sources.forEach((s, i) => {
    const source = sourceOf(view, s.doc);
    const n = `source_${i + 1}`;
    row[`${n}_document`] = source ? fullReference(source) : s.doc;
    row[`${n}_title`] = source?.title ?? '';
    row[`${n}_authors`] = source ? (source.authors.length ? source.authors.join('; ') : 'unsigned') : '';
    row[`${n}_year`] = source?.year ?? '';
    row[`${n}_excerpt`] = readableExcerpt(s.excerpt ?? ''); // the downloads wait for the excerpts (excerptsReady)
    row[`${n}_note`] = s.note ?? '';
  });
  return row;
}
