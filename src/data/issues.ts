/**
 * Data problems and their one-line descriptions. Kept apart from validate.ts so that widgets can
 * show problems without bundling the schema library.
 */
import type { CollectionName, Dataset } from './schema.js';

export interface DataIssue {
  readonly collection?: CollectionName;
  readonly index?: number;
  readonly id?: string;
  /** Dotted path of the offending field inside the record, when there is one. */
  readonly field?: string;
  /** Whether the record was left out (`dropped`) or kept with a problem (`kept`). */
  readonly outcome: 'dropped' | 'kept';
  readonly message: string;
}

export const emptyDataset = (): Dataset => ({
  sources: [], events: [], organizations: [], memberships: [], figures: [], quotes: [], people: [], places: [],
});

/** A one-line, human-readable name for where a problem is. */
export const formatIssue = (issue: DataIssue): string => {
  const where = issue.collection
    ? `${issue.collection}${issue.index === undefined ? '' : `[${issue.index}]`}${issue.id ? ` (id "${issue.id}")` : ''}`
    : 'dataset';
  return `${where}${issue.field ? ` ${issue.field}` : ''}: ${issue.message}`;
};

