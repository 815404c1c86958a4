/**
 * A DatasetView is what widgets read: the validated dataset, its problems, and lookups. It is
 * immutable; a change produces a new view (the context notifier compares with Object.is).
 */
import type { AnyRecord, Dataset, Organization, Person, Place, Source } from './schema.js';
import { emptyDataset, type DataIssue } from './issues.js';
import { excerptState, type ExcerptState } from './excerpts.js';

export interface DatasetView {
  readonly dataset: Dataset;
  readonly issues: readonly DataIssue[];
  /** `embedded` for the data shipped in the bundle, `user` for data a page supplied. */
  readonly origin: 'embedded' | 'user';
  /** Every record by its id, and by the ids of the records merged into it (`replaces`). */
  readonly byId: ReadonlyMap<string, AnyRecord>;
  /** What a reader last selected in any widget of this dataset (linked views). */
  readonly selection?: Selection;
  /**
   * Whether the records' verbatim excerpts are there: embedded ones load after the first render
   * (src/data/excerpts.ts), and a new view says when they arrive. Absent means `ready`.
   */
  readonly excerpts?: ExcerptState;
  /**
   * Records of a page's own large dataset still being validated: the first records of each
   * collection are shown before the first paint, the rest after it (<steppe-dataset>). While this
   * is above 0, a record not found may simply not be checked yet: widgets wait rather than say it
   * is missing. Absent means none.
   */
  readonly checking?: number;
}

export interface Selection {
  readonly recordId: string;
  readonly recordType: 'event' | 'actor' | 'record';
  /** The widget the selection came from, so that it does not react to its own choice. */
  readonly origin?: EventTarget;
}

/** A new view with a new selection (views are never mutated: the context compares identity). */
export function withSelection(view: DatasetView, selection: Selection | undefined): DatasetView {
  return { ...view, selection };
}

export function createView(
  partial: Partial<Dataset>,
  origin: DatasetView['origin'],
  issues: readonly DataIssue[] = [],
): DatasetView {
  const dataset: Dataset = { ...emptyDataset(), ...partial };
  const byId = new Map<string, AnyRecord>();
  for (const list of Object.values(dataset) as (readonly AnyRecord[])[]) {
    for (const record of list) if (!byId.has(record.id)) byId.set(record.id, record);
  }
  // ids of merged records keep resolving (deep links, quote-id), after every record's own id
  for (const list of Object.values(dataset) as (readonly AnyRecord[])[]) {
    for (const record of list) {
      for (const old of (record as { replaces?: readonly string[] }).replaces ?? []) if (!byId.has(old)) byId.set(old, record);
    }
  }
  return withExcerpts({ dataset, issues, origin, byId });
}

/**
 * The view with its excerpt state brought up to date: itself while that has not changed, else a
 * new view of the same dataset (records and lookups unchanged, so a widget keeps its window,
 * filters and focus), which makes every consumer re-render with the excerpts.
 */
export function withExcerpts(view: DatasetView): DatasetView {
  const state = view.origin === 'embedded' ? excerptState(view.dataset) : 'ready';
  if (state === (view.excerpts ?? 'ready')) return view;
  return { ...view, excerpts: state };
}

/** The display name of a person, organization or place id; the id itself when unknown. */
export function nameOf(view: DatasetView, id: string): string {
  const record = view.byId.get(id) as Partial<Person & Organization & Place> | undefined;
  return record?.name ?? id;
}

export function sourceOf(view: DatasetView, doc: string): Source | undefined {
  const record = view.byId.get(doc);
  return record && 'authors' in record ? (record as Source) : undefined;
}
