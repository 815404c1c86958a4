/**
 * Runtime validation of a dataset that enters as `unknown` (a user's `data` property or JSON).
 * Every record is checked on its own, so one bad record never hides the good ones: valid records
 * are kept, each bad one becomes a DataIssue that names its collection, index, id, field and what
 * was expected. Cross-record rules follow: unique ids, resolvable references, symmetric conflicts.
 */
import * as v from 'valibot';
import { emptyDataset, formatIssue, type DataIssue } from './issues.js';
import {
  COLLECTIONS,
  RECORD_SCHEMAS,
  type AnyRecord,
  type CollectionName,
  type Dataset,
} from './schema.js';

export interface ValidationResult {
  readonly dataset: Dataset;
  readonly issues: readonly DataIssue[];
}

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  try {
    const s = JSON.stringify(value);
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
  } catch {
    return typeof value;
  }
};

const recordIssues = (
  collection: CollectionName,
  index: number,
  raw: unknown,
): { record?: AnyRecord; issues: DataIssue[] } => {
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : undefined;
  const result = v.safeParse(RECORD_SCHEMAS[collection], raw);
  if (result.success) return { record: result.output as AnyRecord, issues: [] };
  const issues = result.issues.slice(0, 5).map((i): DataIssue => {
    const field = v.getDotPath(i) ?? undefined;
    const missing = i.input === undefined && i.message.startsWith('Invalid key');
    const message = missing
      ? 'is required but missing'
      : i.message.startsWith('Invalid')
        ? i.message
        : `expected ${i.message}, received ${describe(i.input)}`;
    return { collection, index, id, field, outcome: 'dropped', message };
  });
  return { issues };
};

type RefRule = readonly [field: string, targets: readonly CollectionName[]];
const REFERENCES: Partial<Record<CollectionName, readonly RefRule[]>> = {
  quotes: [['speakers', ['people', 'organizations', 'places']]],
  events: [['actors', ['people', 'organizations', 'places']], ['places', ['places']]],
  memberships: [['org', ['organizations']], ['country', ['places']]],
  figures: [['from', ['places', 'organizations', 'people']], ['to', ['places', 'organizations', 'people']], ['country', ['places', 'organizations']]],
};

const refsOf = (record: AnyRecord, field: string): string[] => {
  const value = (record as unknown as Record<string, unknown>)[field];
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as string[]) : [value as string];
};

/**
 * Validates `input` as a dataset. Collections may be missing (they become empty); anything that is
 * not a known collection is reported, never silently ignored.
 */
export function validateDataset(input: unknown): ValidationResult {
  const issues: DataIssue[] = [];
  const dataset = emptyDataset() as { -readonly [K in CollectionName]: AnyRecord[] };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push({ outcome: 'dropped', message: `expected an object with the collections ${COLLECTIONS.join(', ')}, received ${describe(input)}` });
    return { dataset: dataset as unknown as Dataset, issues };
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!(COLLECTIONS as readonly string[]).includes(key)) {
      issues.push({ outcome: 'dropped', message: `unknown collection "${key}"; expected one of ${COLLECTIONS.join(', ')}` });
    }
  }

  const seen = new Map<string, CollectionName>();
  const position = new Map<AnyRecord, number>(); // index in the input, for messages
  for (const collection of COLLECTIONS) {
    const list = raw[collection];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({ collection, outcome: 'dropped', message: `expected an array of records, received ${describe(list)}` });
      continue;
    }
    list.forEach((item, index) => {
      const { record, issues: found } = recordIssues(collection, index, item);
      issues.push(...found);
      if (!record) return;
      const first = seen.get(record.id);
      if (first) {
        issues.push({ collection, index, id: record.id, field: 'id', outcome: 'dropped', message: `duplicate id; already used in ${first}` });
        return;
      }
      seen.set(record.id, collection);
      position.set(record, index);
      dataset[collection].push(record);
    });
  }

  // an id merged into a record (`replaces`) must not be another record's id or replaced twice
  const replaced = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    for (const record of dataset[collection]) {
      for (const old of (record as { replaces?: readonly string[] }).replaces ?? []) {
        const clash = seen.has(old) ? `is the id of a record in ${seen.get(old)}` : replaced.has(old) ? `is already replaced by "${replaced.get(old)}"` : '';
        if (clash) issues.push({ collection, index: position.get(record), id: record.id, field: 'replaces', outcome: 'kept', message: `replaces "${old}", which ${clash}` });
        else replaced.set(old, record.id);
      }
    }
  }

  const docs = new Set(dataset.sources.map((s) => s.id));
  for (const collection of COLLECTIONS) {
    for (const record of dataset[collection]) {
      const index = position.get(record);
      const problem = (field: string, message: string) =>
        issues.push({ collection, index, id: record.id, field, outcome: 'kept', message });
      for (const [field, targets] of REFERENCES[collection] ?? []) {
        for (const ref of refsOf(record, field)) {
          const found = seen.get(ref);
          if (!found || !targets.includes(found)) {
            problem(field, `refers to "${ref}", which is not a record of ${targets.join(' or ')}`);
          }
        }
      }
      record.sources.forEach((src, i) => {
        if (!docs.has(src.doc)) problem(`sources.${i}.doc`, `cites "${src.doc}", which is not in sources`);
      });
      const withConflicts = record as { conflictsWith?: readonly string[] };
      for (const other of withConflicts.conflictsWith ?? []) {
        const target = seen.get(other);
        const back = target
          ? (dataset[target].find((r) => r.id === other) as { conflictsWith?: readonly string[] })
          : undefined;
        if (!back) problem('conflictsWith', `refers to "${other}", which is not in the dataset`);
        else if (!back.conflictsWith?.includes(record.id)) problem('conflictsWith', `"${other}" does not name this record back`);
      }
    }
  }
  return { dataset: dataset as unknown as Dataset, issues };
}

const MAX_CONSOLE_LINES = 50;

/** Writes one console error per bad record (capped), naming it, for page authors' dev tools. */
export function reportIssues(issues: readonly DataIssue[], who: string): void {
  issues.slice(0, MAX_CONSOLE_LINES).forEach((issue) => console.error(`[${who}] ${formatIssue(issue)}`));
  if (issues.length > MAX_CONSOLE_LINES) {
    console.error(`[${who}] …and ${issues.length - MAX_CONSOLE_LINES} more data problems`);
  }
}
