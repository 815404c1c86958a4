/**
 * Pure timeline maths: dates to fractional years, filters, year groups and axis ticks (where labels
 * go on the axis is axis-layout.ts). No DOM here, so every rule is testable on its own and the
 * element stays thin.
 */
import type { DateSpec, Organization, Person, Place, TimelineEvent } from '../data/schema.js';
import type { DatasetView } from '../data/view.js';

export interface TimelineItem {
  readonly event: TimelineEvent;
  /** Fractional years: 2014-05 starts at 2014 + 4/12. */
  readonly start: number;
  /** Exclusive end in fractional years: 2014-05 ends at 2014 + 5/12. */
  readonly end: number;
  /** A span (range, or a vague date drawn over the years its wording allows). */
  readonly span: boolean;
  readonly approximate: boolean;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Start (or exclusive end) of a partial ISO date in fractional years. */
export function isoToYears(iso: string, edge: 'start' | 'end'): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return edge === 'start' ? y : y + 1;
  if (d === undefined) return y + (m - (edge === 'start' ? 1 : 0)) / 12;
  return y + (m - 1) / 12 + (d - (edge === 'start' ? 1 : 0)) / (12 * DAYS[m - 1]);
}

export function itemOf(event: TimelineEvent): TimelineItem {
  const d: DateSpec = event.date;
  const start = isoToYears(d.start, 'start');
  const end = isoToYears(d.end ?? d.start, 'end');
  return { event, start, end, span: d.end !== undefined || Boolean(d.approximate), approximate: Boolean(d.approximate) };
}

/**
 * Ties by id, compared as plain strings: ids are ASCII, and a collator would load the browser's
 * collation data in the first render (8 ms here) for an order no reader sees as alphabetical.
 */
export const byTime = (a: TimelineItem, b: TimelineItem): number =>
  a.start - b.start || a.end - b.end || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);

/** "China, org-sco; Nur-Sultan" → ["China", "org-sco", "Nur-Sultan"]. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[,;]/).map((s) => s.trim()).filter(Boolean);
}

/** A year or partial ISO date given by an author ("2013", "2013-05") in fractional years. */
export function parseBound(value: string, edge: 'start' | 'end'): number | undefined {
  const v = value.trim();
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? isoToYears(v, edge) : undefined;
}

type Named = Partial<Pick<Person & Organization & Place, 'name' | 'aliases'>>;

/** Every name a record goes by: its name and aliases (a renamed city's old names too). */
export function namesOf(view: DatasetView, id: string): string[] {
  const r = view.byId.get(id) as Named | undefined;
  return r?.name ? [r.name, ...(r.aliases ?? [])] : [id];
}

/**
 * The actor ids a term names: an exact id, or any record whose name or alias equals the term
 * (case-insensitive), so "Nur-Sultan" finds place-astana and "EEU" finds org-eaeu.
 */
export function resolveActor(view: DatasetView, term: string): string[] {
  const t = term.trim().toLowerCase();
  if (view.byId.has(term.trim())) return [term.trim()];
  const found: string[] = [];
  for (const list of [view.dataset.people, view.dataset.organizations, view.dataset.places]) {
    for (const r of list) {
      if (r.name.toLowerCase() === t || r.aliases.some((a) => a.toLowerCase() === t)) found.push(r.id);
    }
  }
  return found;
}

export interface TimelineFilter {
  /** Actor terms (ids or names); an event must involve all of them, or one of them with `actorsMatch: 'any'`. */
  readonly actors: readonly string[];
  readonly actorsMatch?: 'all' | 'any';
  readonly kinds: readonly string[];
  readonly themes: readonly string[];
  /** Document file names or their leading number ("004"). */
  readonly sources: readonly string[];
  readonly query: string;
  readonly from?: number;
  readonly to?: number;
}

/** An element's attributes, by name (as a widget or a static copy of its view is given them). */
export type Attributes = Readonly<Record<string, string | undefined>>;

/** The timeline's filter from its attributes: what the widget and a static copy of its view both apply. */
export function timelineFilterOf(a: Attributes, linkedActor = ''): TimelineFilter {
  return {
    actors: [...parseList(a.actors), ...(linkedActor ? [linkedActor] : [])],
    actorsMatch: a['actors-match'] === 'any' ? 'any' : 'all',
    kinds: parseList(a.kinds),
    themes: parseList(a.themes),
    sources: parseList(a.sources),
    query: a.query ?? '',
    from: parseBound(a.from ?? '', 'start'),
    to: parseBound(a.to ?? '', 'end'),
  };
}

/** Lower-case text a free-text query searches: title, date wording, actors' names, excerpts (once they have arrived). */
export function searchText(view: DatasetView, event: TimelineEvent): string {
  return [
    event.title,
    event.date.text,
    event.kind,
    ...event.themes,
    ...[...event.actors, ...(event.places ?? [])].flatMap((id) => namesOf(view, id)),
    ...event.sources.map((s) => s.excerpt ?? ''),
  ].join('\n').toLowerCase();
}

export function filterItems(view: DatasetView, items: readonly TimelineItem[], filter: TimelineFilter): TimelineItem[] {
  // each term stands for every record it names (an alias may name several)
  const terms = filter.actors.map((a) => new Set(resolveActor(view, a)));
  const any = filter.actorsMatch === 'any';
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(({ event, start, end }) => {
    if (terms.length) {
      const involved = [...event.actors, ...(event.places ?? [])];
      const hits = (ids: Set<string>) => involved.some((a) => ids.has(a));
      if (any ? !terms.some(hits) : !terms.every(hits)) return false;
    }
    if (filter.kinds.length && !filter.kinds.includes(event.kind)) return false;
    if (filter.themes.length && !event.themes.some((t) => filter.themes.includes(t))) return false;
    if (filter.sources.length && !event.sources.some((s) => filter.sources.some((f) => s.doc === f || s.doc.startsWith(`${f}_`)))) return false;
    if (filter.from !== undefined && end <= filter.from) return false;
    if (filter.to !== undefined && start >= filter.to) return false;
    if (words.length) {
      const text = searchText(view, event);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export interface YearGroup {
  readonly year: number;
  /** What its heading says: "1990", or "1990s" / "1700s" for vague dates that name a decade or a century. */
  readonly label: string;
  readonly items: readonly TimelineItem[];
}

/**
 * The heading an item goes under: the year it starts in; a vague date that spans a decade or a
 * century from its first year ("the 1990s", "the 1700s") under that decade or century, never
 * under its first year as if it were dated to it.
 */
function groupLabel(item: TimelineItem): string {
  const year = Math.floor(item.start);
  if (item.approximate) {
    const span = item.end - item.start;
    if (year % 100 === 0 && span > 10.5 && span <= 100.5) return `${year}s`;
    if (year % 10 === 0 && span > 1.5 && span <= 10.5) return `${year}s`;
  }
  return String(year);
}

/** Groups by the year an item starts in (a span "1990–1999" sits under 1990), or its decade or century (see groupLabel). */
export function groupByYear(items: readonly TimelineItem[]): YearGroup[] {
  const groups: { year: number; label: string; items: TimelineItem[] }[] = [];
  for (const item of items) {
    const label = groupLabel(item);
    const last = groups.at(-1);
    if (last?.label === label) last.items.push(item);
    else groups.push({ year: Math.floor(item.start), label, items: [item] });
  }
  return groups;
}

/** Tick years for an axis `width` px wide over [start, end): at least `minGap` px apart, 1–2–5 steps. */
export function ticks(start: number, end: number, width: number, minGap = 64): number[] {
  const span = Math.max(end - start, 1e-6);
  const raw = Math.max((span * minGap) / Math.max(width, 1), 1);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const out: number[] = [];
  for (let y = Math.ceil(start / step) * step; y < end && out.length < 200; y += step) out.push(y);
  return out;
}

/** The domain [start, end) that shows every item, padded a little. */
export function extent(items: readonly TimelineItem[]): [number, number] {
  if (!items.length) return [2000, 2025];
  const lo = Math.min(...items.map((i) => i.start));
  const hi = Math.max(...items.map((i) => i.end));
  const pad = Math.max((hi - lo) * 0.02, 0.5);
  return [lo - pad, hi + pad];
}

/**
 * The first view: from the start of the earliest 3 % of items' quantile to the last end, so a few
 * far-off events (the 18th century) do not squeeze the decades where most events are. "Show all"
 * uses extent().
 */
export function initialWindow(items: readonly TimelineItem[]): [number, number] {
  if (items.length < 20) return extent(items);
  const starts = items.map((i) => i.start).sort((a, b) => a - b);
  const lo = Math.floor(starts[Math.floor(starts.length * 0.03)]);
  const hi = Math.max(...items.map((i) => i.end));
  return [lo - 0.5, hi + 0.5];
}

/**
 * The window zoomed by `factor` around `centre` (kept inside it), between one month and a little
 * more than everything the data spans (`bounds`), so it can never be zoomed out without limit.
 */
export function zoomWindow([a, b]: [number, number], factor: number, centre: number | undefined, [lo, hi]: [number, number]): [number, number] {
  const c = centre ?? (a + b) / 2;
  const span = Math.min(Math.max((b - a) * factor, 1 / 12), (hi - lo) * 1.5);
  const mid = Math.min(Math.max(c, a), b);
  const left = (mid - a) / (b - a);
  return [mid - span * left, mid + span * (1 - left)];
}

/** The window moved by `fraction` of its width, never more than half a window beyond the data. */
export function panWindow([a, b]: [number, number], fraction: number, [lo, hi]: [number, number]): [number, number] {
  const span = b - a;
  const start = Math.min(Math.max(a + span * fraction, lo - span / 2), hi - span / 2);
  return [start, start + span];
}
