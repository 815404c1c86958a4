/**
 * What the trade table's controls offer: the measures, countries, years, texts and printed tables
 * of a dataset's figures, each with how many figures it holds, worked out once per dataset.
 */
import type { Figure } from '../data/schema.js';
import type { DatasetView } from '../data/view.js';
import { nameOf } from '../data/view.js';
import { docShort } from './claims.js';
import { actorsOf, filterFigures, periodYears, sortFigures, type FigureFilter, type SortKey } from './figure-model.js';
import { compareText } from './locale.js';
import { parseList, type Attributes } from './timeline-model.js';

/** The statistical table the widget opens on (when it is in the data): a comparison, not a list. */
export const DEFAULT_TABLE = '003-ch8-table-5';

const NAMES: Record<string, string> = {
  fdi: 'Foreign direct investment',
  gdp: 'GDP',
  'gdp-growth': 'GDP growth',
  other: 'Other figures',
  poll: 'Opinion polls',
};

/** A metric's name for readers: "trade-share" reads "Trade share", "fdi" "Foreign direct investment". */
export const metricName = (metric: string): string => {
  const words = NAMES[metric] ?? metric.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Figures grouped by what they measure (by the measure's name, "Other figures" last), in data order within. */
export function groupByMetric(list: readonly Figure[]): Figure[] {
  const rank = (f: Figure) => (f.metric === 'other' ? '\uffff' : metricName(f.metric));
  const keyed = list.map((f, i) => ({ f, i, k: rank(f) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  return keyed.map((x) => x.f);
}

/** Kazakhstan, Russia and China first (the widget's subject), then by name. */
const FIRST = ['place-kazakhstan', 'place-russia', 'place-china'];

export interface Option {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

export interface FigureOptions {
  readonly metrics: readonly Option[];
  readonly actors: readonly Option[];
  readonly years: readonly Option[];
  readonly sources: readonly Option[];
  readonly tables: readonly Option[];
}

function tally(figures: readonly Figure[], keys: (f: Figure) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of figures) for (const k of new Set(keys(f))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

const byLabel = (a: Option, b: Option) => compareText(a.label, b.label);

function yearsOf(f: Figure): number[] {
  const span = periodYears(f);
  if (!span || Number.isNaN(span[0])) return [];
  const [a, b] = span;
  // a long span ("1992–2017") counts in its first and last year only, not in every year between
  return b - a > 10 ? [a, b] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

const cache = new WeakMap<readonly Figure[], { view: DatasetView; options: FigureOptions }>();

/** What each select counts a figure under, and how it names a value. */
type Counted = { readonly keys: (f: Figure) => Iterable<string>; readonly label: (view: DatasetView, value: string, figures: readonly Figure[]) => string };
const COUNTED: Record<keyof FigureOptions, Counted> = {
  metrics: { keys: (f) => [f.metric], label: (_, m) => metricName(m) },
  actors: { keys: actorsOf, label: (view, id) => nameOf(view, id) },
  years: { keys: (f) => yearsOf(f).map(String), label: (_, y) => y },
  sources: { keys: (f) => f.sources.map((s) => s.doc), label: (view, d) => docShort(view, d) },
  tables: { keys: (f) => (f.table ? [f.table.id] : []), label: (_, id, figures) => figures.find((f) => f.table?.id === id)?.table?.caption ?? id },
};

/**
 * For the first render, where a closed select shows only its chosen option: that option alone for
 * each select with a value (with how many figures it holds), none for the others. Counting one
 * value is one pass over the figures; every option and its label is a pass per select and a name
 * per value (3.4 ms of a first render at 3,500 figures here), which waits until after the paint.
 */
export function chosenOptions(view: DatasetView, figures: readonly Figure[], chosen: Partial<Record<keyof FigureOptions, string>>): FigureOptions {
  const one = (key: keyof FigureOptions): Option[] => {
    const value = chosen[key];
    if (!value) return [];
    const count = figures.filter((f) => [...COUNTED[key].keys(f)].includes(value)).length;
    return count ? [{ value, label: COUNTED[key].label(view, value, figures), count }] : [];
  };
  return { metrics: one('metrics'), actors: one('actors'), years: one('years'), sources: one('sources'), tables: one('tables') };
}

/**
 * The controls' options with their counts, measures and countries in reading order (Kazakhstan,
 * Russia and China first, then by name), which needs a collator: after the first render, whose
 * selects show only their chosen option (`chosenOptions`).
 */
export function figureOptions(view: DatasetView, figures: readonly Figure[]): FigureOptions {
  let hit = cache.get(figures);
  if (hit?.view !== view) {
    const captions = new Map(figures.flatMap((f) => (f.table ? [[f.table.id, f.table.caption] as const] : [])));
    const list = (key: keyof FigureOptions, label = (k: string) => COUNTED[key].label(view, k, figures)): Option[] =>
      [...tally(figures, COUNTED[key].keys)].map(([value, count]) => ({ value, label: label(value), count }));
    const docOrder = view.dataset.sources.map((s) => s.id);
    const rank = (o: Option) => FIRST.indexOf(o.value);
    hit = {
      view,
      options: {
        metrics: list('metrics').sort(byLabel),
        actors: list('actors').sort((a, b) => (rank(a) >= 0 || rank(b) >= 0 ? (rank(a) < 0 ? 99 : rank(a)) - (rank(b) < 0 ? 99 : rank(b)) : byLabel(a, b))),
        years: list('years').sort((a, b) => Number(a.value) - Number(b.value)),
        sources: list('sources').sort((a, b) => docOrder.indexOf(a.value) - docOrder.indexOf(b.value)),
        tables: list('tables', (id) => captions.get(id) ?? id),
      },
    };
    cache.set(figures, hit);
  }
  return hit.options;
}

/**
 * The documents a `sources` term names: a document id, its leading number ("003"), or its
 * reader's reference, whole or in part ("Kembayev 2020", "Mosher").
 */
export function resolveSources(view: DatasetView, terms: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const raw of terms) {
    const t = raw.trim().toLowerCase();
    if (!t) continue;
    const before = found.size;
    for (const s of view.dataset.sources) {
      const id = s.id.toLowerCase();
      if (id === t || id.startsWith(`${t}_`) || docShort(view, s.id).toLowerCase().includes(t)) found.add(s.id);
    }
    // a document the dataset does not describe can still be named by its id
    if (found.size === before) found.add(raw.trim());
  }
  return found;
}

/** What the trade table shows for a set of attributes: the widget and a static copy of its view both use this. */
export interface FigureView {
  /** The opening comparison is shown: no filter set, and the data holds its table. */
  readonly defaulted: boolean;
  readonly filter: FigureFilter;
  /** Rows × columns as printed. */
  readonly pivot: boolean;
  readonly sortBy: SortKey | '';
  readonly sortDirection: 'ascending' | 'descending';
}

const SORT_KEYS: readonly string[] = ['label', 'actors', 'period', 'value', 'unit', 'source'];

export function figureViewOf(view: DatasetView, figures: readonly Figure[], a: Attributes, linked = ''): FigureView {
  const pivotSet = a.pivot !== undefined && a.pivot !== null && a.pivot !== 'false';
  const sortBy = (SORT_KEYS.includes(a['sort-by'] ?? '') ? a['sort-by'] : '') as SortKey | '';
  const defaulted = a['default-view'] !== 'all' && !pivotSet && !sortBy && !linked
    && !['metric', 'table', 'countries', 'period', 'query', 'sources'].some((k) => (a[k] ?? '').trim())
    && figures.some((f) => f.table?.id === DEFAULT_TABLE);
  return {
    defaulted,
    filter: {
      metric: parseList(a.metric), table: a.table || (defaulted ? DEFAULT_TABLE : ''), countries: parseList(a.countries),
      period: a.period ?? '', query: a.query ?? '', linked, sources: [...resolveSources(view, parseList(a.sources))],
    },
    pivot: pivotSet || defaulted,
    sortBy,
    sortDirection: a['sort-direction'] === 'descending' ? 'descending' : 'ascending',
  };
}

/** The figures of a view in the order shown: sorted by a column, else grouped by measure. */
export function figuresShown(view: DatasetView, figures: readonly Figure[], v: FigureView): Figure[] {
  const list = filterFigures(view, figures, v.filter);
  return v.sortBy ? sortFigures(view, list, v.sortBy, v.sortDirection) : groupByMetric(list);
}
