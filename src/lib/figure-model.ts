/**
 * Pure figure maths: filters, numeric sorting, unit-aware formatting, bar scales per unit and
 * metric, pivots that rebuild a statistical table's shape, and rows for CSV export.
 */
import type { Figure } from '../data/schema.js';
import type { DatasetView } from '../data/view.js';
import { nameOf } from '../data/view.js';
import { resolveActor } from './timeline-model.js';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value in plain units (3.3 billion → 3.3e9), for sorting and bars. */
export const magnitude = (f: Figure): number => f.value * (SCALE[f.scale ?? ''] ?? 1);

const CURRENCIES = new Set(['USD', 'US$', 'EUR', 'yuan', 'RMB', 'rubles', 'tenge', 'CNY', 'RUB', 'KZT']);

/** "USD 1.2 billion", "23.4 %", "about 400,000 barrels per day": the value as printed, localized. */
export function formatFigure(f: Figure, locale?: string): string {
  let n: string;
  try {
    n = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(f.value);
  } catch {
    n = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 }).format(f.value);
  }
  const scale = f.scale ? ` ${f.scale}` : '';
  const q = f.qualifier ? `${f.qualifier} ` : '';
  if (f.unit === '%') return `${q}${n} %`;
  if (CURRENCIES.has(f.unit)) return `${q}${f.unit} ${n}${scale}`;
  return `${q}${n}${scale} ${f.unit}`;
}

export interface FigureFilter {
  readonly metric: readonly string[];
  readonly table: string;
  readonly countries: readonly string[];
  readonly period: string;
  readonly query: string;
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
  return f.table.id.toLowerCase() === t || f.table.caption.toLowerCase().includes(t);
}

export function filterFigures(view: DatasetView, figures: readonly Figure[], filter: FigureFilter): Figure[] {
  const ids = new Set(filter.countries.flatMap((c) => resolveActor(view, c)));
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const [p0, p1] = filter.period.split(/[–-]/).map((y) => Number(y.trim()));
  return figures.filter((f) => {
    if (filter.metric.length && !filter.metric.includes(f.metric)) return false;
    if (!matchesTable(f, filter.table)) return false;
    if (filter.countries.length && !actorsOf(f).some((a) => ids.has(a))) return false;
    if (filter.period && !Number.isNaN(p0)) {
      const y = periodYears(f);
      const hi = Number.isNaN(p1 ?? NaN) ? p0 : p1;
      if (!y || y[1] < p0 || y[0] > hi) return false;
    }
    if (words.length) {
      const text = [f.label, f.metric, f.unit, f.period?.text ?? '', f.table?.caption ?? '', f.table?.row ?? '', f.table?.column ?? '',
        ...actorsOf(f).map((a) => nameOf(view, a)), ...f.sources.map((s) => s.excerpt)].join('\n').toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export type SortKey = 'label' | 'actors' | 'period' | 'value' | 'unit' | 'source';

export function sortFigures(view: DatasetView, figures: readonly Figure[], key: SortKey, dir: 'ascending' | 'descending'): Figure[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const str = (f: Figure): string =>
    key === 'label' ? f.label
      : key === 'actors' ? actorsOf(f).map((a) => nameOf(view, a)).join(' ')
        : key === 'unit' ? f.unit
          : key === 'source' ? f.sources[0]?.doc ?? ''
            : f.period?.start ?? '';
  return [...figures].sort((a, b) => {
    const d = key === 'value' ? magnitude(a) - magnitude(b) : str(a).localeCompare(str(b), undefined, { numeric: true });
    return d * sign || a.id.localeCompare(b.id);
  });
}

/** Bars never mix units: one scale per unit and metric, from the largest absolute value shown. */
export function barScales(figures: readonly Figure[]): Map<string, number> {
  const max = new Map<string, number>();
  for (const f of figures) {
    const key = `${f.unit}|${f.metric}`;
    max.set(key, Math.max(max.get(key) ?? 0, Math.abs(magnitude(f))));
  }
  return max;
}

export interface Pivot {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** cells.get(`${row}\u0000${column}`) */
  readonly cells: ReadonlyMap<string, Figure>;
}

/**
 * A pivot: statistical-table cells go back to their printed rows and columns; other figures become
 * series (label and actors) × period.
 */
export function pivot(view: DatasetView, figures: readonly Figure[]): Pivot {
  const rows: string[] = [];
  const columns: string[] = [];
  const cells = new Map<string, Figure>();
  // a table whose rows repeat for several countries keeps the country in the row label
  const countries = new Set(figures.map((f) => f.country ?? f.from ?? ''));
  for (const f of figures) {
    const who = f.country ?? f.from;
    const tableRow = f.table && countries.size > 1 && who && !f.table.row.includes(nameOf(view, who)) ? `${nameOf(view, who)}: ${f.table.row}` : f.table?.row;
    const row = tableRow ?? `${f.label}${actorsOf(f).length ? ` (${actorsOf(f).map((a) => nameOf(view, a)).join(' → ')})` : ''}`;
    const column = f.table ? f.table.column : (f.period?.text ?? 'no period given');
    if (!rows.includes(row)) rows.push(row);
    if (!columns.includes(column)) columns.push(column);
    cells.set(`${row}\u0000${column}`, f);
  }
  if (!figures.some((f) => f.table)) columns.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  return { rows, columns, cells };
}

/** One flat row per figure, with its citations as columns, for CSV and JSON downloads. */
export function exportRow(view: DatasetView, f: Figure): Record<string, string | number> {
  const row: Record<string, string | number> = {
    id: f.id, metric: f.metric, label: f.label, qualifier: f.qualifier ?? '', value: f.value, scale: f.scale ?? '', unit: f.unit,
    period: f.period?.text ?? '', period_start: f.period?.start ?? '', period_end: f.period?.end ?? '',
    from: f.from ? nameOf(view, f.from) : '', to: f.to ? nameOf(view, f.to) : '', country: f.country ? nameOf(view, f.country) : '',
    table: f.table?.caption ?? '', table_row: f.table?.row ?? '', table_column: f.table?.column ?? '', table_source: f.table?.source ?? '',
    disagrees_with: (f.conflictsWith ?? []).join('; '),
  };
  f.sources.forEach((s, i) => {
    row[`source_${i + 1}_document`] = s.doc;
    row[`source_${i + 1}_excerpt`] = s.excerpt;
  });
  return row;
}
