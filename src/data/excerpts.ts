/**
 * Lazy excerpts. The verbatim excerpts (and citation notes) of an embedded collection are what a
 * reader reads only on opening a record's sources, and most of the data's weight; the build ships
 * them in a module of their own beside the collection (scripts/pack-data.mjs), which the widgets
 * start loading right after their first render. Until it arrives the collection's citations have
 * their document and `says` but no `excerpt`; on arrival the citations gain their excerpts (filled
 * in place: every view holding the records sees them) and every listener hears of it, so that the
 * views are made again (`DatasetView.excerpts`) and the widgets showing them re-render.
 *
 * A page's own records (<steppe-dataset> .data or JSON) never wait: their excerpts are validated
 * with them. dist/steppe-widgets.js and the embed pages' script keep every excerpt inline.
 *
 * The state is shared by every copy of the library on a page through global symbols (a dataset
 * defined by dist/timeline.js provides the figures dist/trade-table.js brought, and hears when
 * their excerpts arrive); keep the shapes of `Entry` and `Shared` stable.
 */
import type { Dataset, SourceRef } from './schema.js';

/** Whether a view's excerpts are there: `loading` until every embedded collection's have arrived. */
export type ExcerptState = 'loading' | 'ready' | 'failed';

/** One collection's excerpts. */
interface Entry {
  readonly collection: string;
  state: 'waiting' | ExcerptState;
  /** Starts loading them (once); settles when they are filled in or have failed. */
  readonly start: () => Promise<void>;
}

interface Shared {
  readonly entries: Set<Entry>;
  readonly listeners: Set<() => void>;
}

const SHARED = Symbol.for('steppe-widgets/excerpts@1');
/** On a citation whose excerpt has not arrived: its collection's entry (not enumerable, not in JSON). */
const PENDING = Symbol.for('steppe-widgets/excerpt-pending@1');

function shared(): Shared {
  const holder = globalThis as unknown as Record<symbol, Shared | undefined>;
  return (holder[SHARED] ??= { entries: new Set(), listeners: new Set() });
}

type Pending = { [PENDING]?: Entry };

/**
 * Registers citations whose excerpts `fetch` fills in (src/data/unpack.ts calls it for a collection
 * packed with lazy excerpts). Nothing is fetched until a widget or `excerptsReady()` asks.
 */
export function deferExcerpts(collection: string, citations: readonly object[], fetch: () => Promise<void>, withRest = false): void {
  const { entries } = shared();
  let loading: Promise<void> | undefined;
  const settle = notifyViews;
  const entry: Entry = {
    collection,
    state: 'waiting',
    start: () =>
      (loading ??= ((entry.state = 'loading'), fetch()).then(
        () => {
          entry.state = 'ready';
          for (const c of citations) delete (c as Pending)[PENDING];
          settle();
        },
        (error: unknown) => {
          entry.state = 'failed';
          console.error(withRest
            ? `[steppe-widgets] the excerpts and the rest of the embedded ${collection} could not be loaded; the widgets say so`
            : `[steppe-widgets] the excerpts of the embedded ${collection} could not be loaded; their sources say so instead`, error);
          settle();
        },
      )),
  };
  for (const c of citations) Object.defineProperty(c, PENDING, { value: entry, configurable: true });
  entries.add(entry);
}

/** A citation's excerpt now: its text, or that it is on its way, or that its collection's failed to load. */
export function excerptOf(ref: SourceRef): { state: 'ready'; text: string } | { state: 'loading' } | { state: 'failed'; collection: string } {
  if (typeof ref.excerpt === 'string') return { state: 'ready', text: ref.excerpt };
  const entry = (ref as Pending)[PENDING];
  return entry?.state === 'failed' ? { state: 'failed', collection: entry.collection } : { state: 'loading' };
}

const entriesByDataset = new WeakMap<object, Set<Entry>>();

const COLLECTIONS = Symbol.for('steppe-widgets/collections@1');

/** Every embedded collection's function the page's scripts brought (src/data/collections/collection.ts). */
function embeddedCollections(): Set<() => unknown> {
  const holder = globalThis as unknown as Record<symbol, Set<() => unknown> | undefined>;
  return (holder[COLLECTIONS] ??= new Set());
}

/**
 * Makes an embedded collection known, so that `excerptsReady()` can unpack it (a collection is
 * unpacked when first read, and registers its excerpts then).
 */
export function registerCollection(read: () => unknown): void {
  embeddedCollections().add(read);
}

/** The collections whose excerpts a dataset's records wait (or waited) for. */
function entriesOf(dataset: Partial<Dataset>): Set<Entry> {
  let found = entriesByDataset.get(dataset);
  if (found) return found;
  found = new Set();
  for (const list of Object.values(dataset) as (readonly { sources?: readonly object[] }[] | undefined)[]) {
    for (const record of list ?? []) {
      const entry = (record.sources?.[0] as Pending | undefined)?.[PENDING];
      if (entry) found.add(entry);
    }
  }
  entriesByDataset.set(dataset, found);
  return found;
}

/** Whether the excerpts of a dataset's records are there. */
export function excerptState(dataset: Partial<Dataset>): ExcerptState {
  const states = [...entriesOf(dataset)].map((e) => e.state);
  return states.includes('failed') ? 'failed' : states.every((s) => s === 'ready') ? 'ready' : 'loading';
}

/**
 * Starts loading the excerpts a dataset's records wait for (every embedded collection's without
 * one); settles when they have arrived or failed. The widgets call it after their first render.
 */
export function loadExcerpts(dataset?: Partial<Dataset>): Promise<void> {
  // every embedded collection: unpacked now if no widget has yet, so that their excerpts are known
  if (!dataset) embeddedCollections().forEach((read) => read());
  const entries = dataset ? entriesOf(dataset) : shared().entries;
  return Promise.all([...entries].map((e) => e.start())).then(() => undefined);
}

/**
 * Resolves when the verbatim excerpts of the embedded records (of `view` only, if given) are there,
 * unpacking the records and loading them if no widget has yet; rejects, naming the collections,
 * when they could not be loaded. Tests and scripts that read excerpts right after a widget renders await it; a page's
 * own records never wait.
 */
export async function excerptsReady(view?: { readonly dataset: Partial<Dataset> }): Promise<void> {
  await loadExcerpts(view?.dataset);
  const entries = view ? entriesOf(view.dataset) : shared().entries;
  const failed = [...entries].filter((e) => e.state === 'failed').map((e) => e.collection);
  if (failed.length) throw new Error(`steppe-widgets: the excerpts of the embedded ${failed.join(', ')} could not be loaded`);
}

/** On a collection's first rows while the rest is on its way: how many records it holds in all. */
const ARRIVING = Symbol.for('steppe-widgets/records-arriving@1');

/**
 * Marks a list as a collection's first rows only: the rest arrive when its excerpts are asked for
 * (or a view needs them), and the collection's function then returns the whole list
 * (src/data/unpack.ts). A view of these records says so (`arriving`) until then.
 */
export function markArriving(list: readonly unknown[], total: number): void {
  Object.defineProperty(list, ARRIVING, { value: total });
}

/**
 * How many records a collection holds in all, when `list` is only its first rows and the rest is on
 * its way (dist/trade-table.js ships its opening view's figures first); undefined for a whole list.
 */
export function arriving(list: readonly unknown[]): number | undefined {
  return (list as { [ARRIVING]?: number })[ARRIVING];
}

/** Tells every listener that excerpts arrived (or failed), or that a collection has become whole. */
function notifyViews(): void {
  shared().listeners.forEach((listener) => listener());
}

/** A collection has become whole (its first rows were shipped first): every view is made again. */
export const recordsArrived = notifyViews;

/** Calls `listener` when a collection's excerpts arrive (or fail), or it becomes whole; returns the function that stops it. */
export function onExcerpts(listener: () => void): () => void {
  const { listeners } = shared();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
