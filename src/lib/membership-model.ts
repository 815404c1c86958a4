/**
 * Pure membership maths: which organizations and countries to show, and each cell's status as of
 * a year, with its history. Unknown dates stay unknown: an undated record is shown as "date not
 * given", never placed in a year.
 */
import type { Membership, MembershipStatus } from '../data/schema.js';
import type { DatasetView } from '../data/view.js';
import { resolveActor } from './timeline-model.js';
import { compareNames } from './locale.js';

/** Glyph (never colour alone) and words for each status; `none` is "not stated in the texts". */
export const STATUS_LABELS: Record<MembershipStatus | 'none', { glyph: string; text: string; short: string }> = {
  'founding-member': { glyph: '★', text: 'Founding member', short: 'Founder' },
  member: { glyph: '●', text: 'Member', short: 'Member' },
  observer: { glyph: '◐', text: 'Observer', short: 'Observer' },
  'dialogue-partner': { glyph: '◇', text: 'Dialogue partner', short: 'Dialogue' },
  partner: { glyph: '◆', text: 'Partner', short: 'Partner' },
  applicant: { glyph: '○', text: 'Applicant', short: 'Applicant' },
  suspended: { glyph: '‖', text: 'Suspended', short: 'Suspended' },
  withdrawn: { glyph: '✕', text: 'Withdrawn', short: 'Withdrawn' },
  none: { glyph: '–', text: 'Not stated in the texts', short: '' },
};

/** The countries a default matrix shows first: the texts are about Kazakhstan between Russia and China. */
export const PINNED_COUNTRIES = ['place-kazakhstan', 'place-russia', 'place-china'];

/** The order of status groups in lists. */
export const STATUS_ORDER = ['founding-member', 'member', 'observer', 'dialogue-partner', 'partner', 'applicant', 'suspended', 'withdrawn'] as const;

/** The organizations a matrix shows by default, where the data has them (the texts' main ones). */
export const DEFAULT_ORGS = [
  'org-eaeu', 'org-customs-union', 'org-eurasec', 'org-cis', 'org-csto', 'org-sco', 'org-shanghai-five',
  'org-cica', 'org-aiib', 'org-caco',
];

const year = (iso: string | undefined): number | undefined => (iso ? Number(iso.slice(0, 4)) : undefined);

export interface Cell {
  readonly org: string;
  readonly country: string;
  /** Every record for this pair, oldest first; undated ones last. */
  readonly records: readonly Membership[];
  /** The status shown: as of `asOf` when given, else the latest known. */
  readonly status: MembershipStatus | 'none';
  /** The record the status comes from. */
  readonly current?: Membership;
  /** True when the status comes only from records whose date the texts do not give. */
  readonly undated: boolean;
  /** The status had ended (its record has an `until`) by the year shown. */
  readonly ended: boolean;
  /** The texts disagree about the record shown (its disagreement, or its conflictsWith). */
  readonly disputed: boolean;
}

const bySince = (a: Membership, b: Membership): number => {
  const x = a.since?.start;
  const y = b.since?.start;
  // ties by id, as plain text: any stable order will do, and it needs no collation data
  if (x === y) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return x < y ? -1 : 1;
};

/** Statuses whose `until` ends the membership itself (a suspension's `until` ends the suspension). */
const ENDS_MEMBERSHIP = new Set<MembershipStatus>(['founding-member', 'member', 'observer', 'dialogue-partner', 'partner', 'applicant']);

/**
 * Status of one org × country as of `asOf` (a year), or the latest known without it. Every `until`
 * counts, with or without a `since`; a membership that ended is "former"; before the organization
 * was founded there is nothing; records whose start the texts do not give are `undated`.
 */
export function cellOf(records: readonly Membership[], org: string, country: string, asOf?: number, founded?: number): Cell {
  const sorted = [...records].sort(bySince);
  const base = { org, country, records: sorted };
  const none: Cell = { ...base, status: 'none', undated: false, ended: false, disputed: false };
  const t = asOf ?? Infinity;
  if (founded !== undefined && t < founded) return none;
  const ended = (r: Membership) => r.until !== undefined && (year(r.until.start) ?? Infinity) <= t;
  const endings = sorted.filter((r) => ENDS_MEMBERSHIP.has(r.status) && ended(r));
  const endYear = endings.length ? Math.max(...endings.map((r) => year(r.until!.start)!)) : undefined;
  const active = sorted.filter((r) => {
    const since = year(r.since?.start);
    if (since === undefined || since > t || ended(r)) return false;
    // a later end reported by any text closes a membership that began before it
    return !(endYear !== undefined && ENDS_MEMBERSHIP.has(r.status) && since <= endYear);
  });
  const disputed = (r?: Membership) => Boolean(r?.conflictsWith?.length || r?.disagreement);
  const current = active.at(-1);
  if (current) return { ...base, current, status: current.status, undated: false, ended: false, disputed: disputed(current) };
  if (endYear !== undefined) {
    const last = endings.find((r) => year(r.until!.start) === endYear)!;
    return { ...base, current: last, status: last.status, undated: false, ended: true, disputed: disputed(last) };
  }
  const undated = sorted.filter((r) => r.since === undefined && !ended(r));
  const guess = undated.at(-1);
  if (guess) return { ...base, current: guess, status: guess.status, undated: true, ended: false, disputed: disputed(guess) };
  return none;
}

/** Terms (ids or any name) to ids, keeping the author's order and dropping unknowns. */
export function resolveAll(view: DatasetView, terms: readonly string[]): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const t of terms) {
    const found = resolveActor(view, t);
    if (found.length) for (const id of found) { if (!ids.includes(id)) ids.push(id); }
    else unknown.push(t);
  }
  return { ids, unknown };
}

export interface Matrix {
  readonly orgs: readonly string[];
  readonly countries: readonly string[];
  /** cells[i][j]: orgs[i] × countries[j]. */
  readonly cells: readonly (readonly Cell[])[];
  /** Earliest and latest year any shown record gives. */
  readonly years: readonly [number, number] | undefined;
}

export function buildMatrix(
  view: DatasetView,
  options: { orgs?: readonly string[]; countries?: readonly string[]; asOf?: number; sort?: 'name' | 'count' },
): Matrix {
  const memberships = view.dataset.memberships;
  const present = new Set(memberships.map((m) => m.org));
  const orgs = options.orgs?.length
    ? options.orgs
    : (() => {
        const defaults = DEFAULT_ORGS.filter((o) => present.has(o));
        if (defaults.length >= 3) return defaults;
        const counts = new Map<string, number>();
        for (const m of memberships) counts.set(m.org, (counts.get(m.org) ?? 0) + 1);
        return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([o]) => o);
      })();
  const inOrgs = memberships.filter((m) => orgs.includes(m.org));
  const counts = new Map<string, Set<string>>();
  for (const m of inOrgs) counts.set(m.country, (counts.get(m.country) ?? new Set()).add(m.org));
  const name = (id: string) => (view.byId.get(id) as { name?: string } | undefined)?.name ?? id;
  // by default, the countries in at least two of the organizations (in one, when only one is shown)
  const atLeast = Math.min(2, orgs.length);
  let countries = options.countries?.length ? [...options.countries] : [...counts.keys()].filter((c) => (counts.get(c)?.size ?? 0) >= atLeast);
  if (!options.countries?.length || options.sort) {
    // by default Kazakhstan, Russia and China first, then the rest by how many organizations they are in
    const pin = (c: string) => (options.sort === 'name' || options.countries?.length ? -1 : PINNED_COUNTRIES.indexOf(c));
    const rank = (c: string) => (pin(c) >= 0 ? pin(c) : PINNED_COUNTRIES.length);
    countries = countries.sort((a, b) =>
      options.sort === 'name'
        ? compareNames(name(a), name(b))
        : rank(a) - rank(b) || (counts.get(b)?.size ?? 0) - (counts.get(a)?.size ?? 0) || compareNames(name(a), name(b)),
    );
  }
  const byPair = new Map<string, Membership[]>();
  for (const m of inOrgs) {
    const key = `${m.org}|${m.country}`;
    byPair.set(key, [...(byPair.get(key) ?? []), m]);
  }
  const foundedOf = (o: string) => year((view.byId.get(o) as { founded?: { start: string } } | undefined)?.founded?.start);
  const cells = orgs.map((o) => countries.map((c) => cellOf(byPair.get(`${o}|${c}`) ?? [], o, c, options.asOf, foundedOf(o))));
  const ys = inOrgs.flatMap((m) => [year(m.since?.start), year(m.until?.start)]).filter((y): y is number => y !== undefined);
  return { orgs, countries, cells, years: ys.length ? [Math.min(...ys), Math.max(...ys)] : undefined };
}
