/**
 * Which events a story tells, and in what order: pure, shared by the story layout and its static
 * copy. The `events` attribute's ids in the author's order (an id merged into another finds it);
 * else the filtered events in time order; else the most-reported events (salience) in time order.
 */
import { salience } from '../data/salience.js';
import type { DatasetView } from '../data/view.js';
import { parseList, type TimelineItem } from './timeline-model.js';

export interface StorySource {
  readonly view: DatasetView;
  /** The events after filtering, in time order. */
  readonly shown: readonly TimelineItem[];
  /** Every event of the data, in time order. */
  readonly allItems: readonly TimelineItem[];
  /** The author's list of event ids (the `events` attribute). */
  readonly events: string;
  /** Whether any filter is set. */
  readonly filtered: boolean;
}

/** How many events a story made of the most-reported ones tells. */
const MOST_REPORTED = 12;

/**
 * The story's events: the `events` attribute's ids in the author's order (an id merged into
 * another finds it); else the filtered events in time order; else the most-reported events.
 */
export function storyItems(host: StorySource): { items: TimelineItem[]; unknown: string[] } {
  const ids = parseList(host.events);
  if (ids.length) {
    const byId = new Map(host.allItems.map((i) => [i.event.id, i]));
    const unknown: string[] = [];
    const items: TimelineItem[] = [];
    for (const id of ids) {
      const record = host.view.byId.get(id);
      const item = record ? byId.get(record.id) : undefined;
      if (item && !items.includes(item)) items.push(item);
      else if (!item) unknown.push(id);
    }
    return { items, unknown };
  }
  if (host.filtered) return { items: [...host.shown], unknown: [] };
  const top = [...host.shown].sort((a, b) => salience(b.event) - salience(a.event) || a.start - b.start).slice(0, MOST_REPORTED);
  return { items: top.sort((a, b) => a.start - b.start), unknown: [] };
}

