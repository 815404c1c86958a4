/**
 * What a <steppe-dataset> without data of the page's own provides: the records the page's scripts
 * embed. Each script adds its part (dist/steppe-widgets.js every collection, dist/timeline.js the
 * timeline's events and actors' names, …). The parts live on a global keyed with Symbol.for, like
 * the context key, so that a dataset defined by one file also provides the records another file
 * brought: a page may load any mix of the files, and the first to run defines the element.
 *
 * Records of one id are kept once, the one with the most fields: a per-widget file carries slices
 * (a person's name and aliases) where another carries the whole record.
 */
import { COLLECTIONS, type CollectionName } from './vocab.js';
import type { Dataset } from './schema.js';
import { createView, withExcerpts, type DatasetView } from './view.js';
import { arriving, markArriving } from './excerpts.js';

type Part = Partial<Dataset>;

/** The shape shared by every copy of the library on a page; keep it stable (it is global). */
interface Shared {
  readonly parts: Part[];
  readonly listeners: Set<() => void>;
}

const KEY = Symbol.for('steppe-widgets/default-data@1');

function shared(): Shared {
  const holder = globalThis as unknown as Record<symbol, Shared | undefined>;
  return (holder[KEY] ??= { parts: [], listeners: new Set() });
}

/** Adds embedded records to what every <steppe-dataset> on the page provides by default. */
export function addDefaultData(part: Part): void {
  const { parts, listeners } = shared();
  if (parts.includes(part)) return;
  parts.push(part);
  listeners.forEach((listener) => listener());
}

/** Calls `listener` when a script adds records; returns the function that stops it. */
export function onDefaultData(listener: () => void): () => void {
  const { listeners } = shared();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type Keyed = { readonly id: string };

/** One collection from every part: each id once, the record with the most fields, in collection order. */
function merge(lists: readonly (readonly Keyed[])[]): readonly Keyed[] {
  if (lists.length === 1) return lists[0];
  const merged = mergeWhole(lists);
  // only first rows from every part (two copies of one file): the merged list is not whole either
  const totals = lists.map(arriving);
  if (totals.every((t) => t !== undefined)) markArriving(merged, Math.max(...(totals as number[])));
  return merged;
}

function mergeWhole(lists: readonly (readonly Keyed[])[]): Keyed[] {
  // the longest list first: slices keep their collection's order, so the whole one sets it
  const byId = new Map<string, Keyed>();
  for (const list of [...lists].sort((a, b) => b.length - a.length)) {
    for (const record of list) {
      const kept = byId.get(record.id);
      if (!kept || Object.keys(record).length > Object.keys(kept).length) byId.set(record.id, record);
    }
  }
  return [...byId.values()];
}

let cached: { lists: readonly (readonly Keyed[])[]; view: DatasetView } | undefined;

/**
 * The default data as one view: a new one when a part was added since or a collection became
 * whole (its first rows shipped first), or when excerpts arrived.
 */
export function defaultView(): DatasetView {
  const { parts } = shared();
  // every part's collections, as their functions return them now (the same lists while nothing changed)
  const byName = COLLECTIONS.map((name) => parts.flatMap((p): (readonly Keyed[])[] => (p[name] ? [p[name]] : [])));
  const lists = byName.flat();
  if (cached && cached.lists.length === lists.length && cached.lists.every((l, i) => l === lists[i])) return (cached.view = withExcerpts(cached.view));
  const dataset: Partial<Record<CollectionName, readonly Keyed[]>> = {};
  COLLECTIONS.forEach((name, i) => {
    if (byName[i].length) dataset[name] = merge(byName[i]);
  });
  const view = createView(dataset as Part, 'embedded');
  cached = { lists, view };
  return view;
}
