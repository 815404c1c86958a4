/**
 * The data model: valibot schemas are the single definition; the TypeScript types are derived
 * from them, so what the compiler checks and what runtime validation checks cannot drift apart.
 * Vocabularies are const arrays, reused by validation, stories and tests.
 */
import * as v from 'valibot';

export * from './vocab.js';
import {
  EVENT_KINDS, MEMBERSHIP_STATUSES, ORGANIZATION_KINDS, PLACE_KINDS, SCALES, THEMES,
  type CollectionName,
} from './vocab.js';

const text = v.pipe(v.string('a string'), v.trim(), v.minLength(1, 'a non-empty string'));
const optionalText = v.optional(text);
const id = v.pipe(
  v.string('an id string'),
  v.regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'an id of lowercase letters, digits and - _ .'),
);
const ids = v.array(id, 'an array of ids');

/** A calendar date as precise as the text makes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialIsoDate = v.pipe(
  v.string('a date string'),
  v.regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  ),
);

/**
 * A date as a text gives it. `text` keeps the wording; `start` (and `end` for ranges and vague
 * spans) carry only the precision the text has; `approximate` marks vague wording; `fromPassage`
 * marks a date read from the surrounding passage because the wording is relative ("that same day").
 */
export const DateSpecSchema = v.pipe(
  v.object({
    text,
    start: partialIsoDate,
    end: v.optional(partialIsoDate),
    approximate: v.optional(v.boolean()),
    /** The wording alone does not carry the date ("two months later"); its passage does. */
    fromPassage: v.optional(v.boolean()),
    /**
     * The text does not date the thing itself: the date is that of the report it cites (an
     * endnote's headline or publication year). Widgets say "dated by the cited report (2014)".
     */
    fromCitation: v.optional(v.boolean()),
  }),
  v.check((d) => d.end === undefined || d.end >= d.start, 'a date whose end is not before its start'),
);
export type DateSpec = v.InferOutput<typeof DateSpecSchema>;

/**
 * What one text says of a fact where its wording differs from the record's: its own date (or
 * since/until), its own number. Kept on the citation, so that a record reported by several texts
 * still shows each text's words.
 */
export const SaysSchema = v.object({
  date: v.optional(DateSpecSchema),
  since: v.optional(DateSpecSchema),
  until: v.optional(DateSpecSchema),
  value: v.optional(v.pipe(v.number('a number'), v.finite('a finite number'))),
  scale: v.optional(v.picklist(SCALES, `one of ${SCALES.join(', ')}`)),
  qualifier: optionalText,
  period: v.optional(DateSpecSchema),
  /** The text dates another stage of the same process (entry into force, not signature). */
  stage: optionalText,
  /** A membership's status as this text words it ("founding member" where the record says member). */
  status: v.optional(v.picklist(MEMBERSHIP_STATUSES, `one of ${MEMBERSHIP_STATUSES.join(', ')}`)),
});
export type Says = v.InferOutput<typeof SaysSchema>;

/** Where a datum comes from: a source document and a verbatim excerpt of it. */
export const SourceRefSchema = v.object({
  doc: text,
  excerpt: text,
  note: optionalText,
  /** This text's own wording of the date or number, where it differs from the record's. */
  says: v.optional(SaysSchema),
});
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;

const sources = v.pipe(
  v.array(SourceRefSchema, 'an array of { doc, excerpt } citations'),
  v.minLength(1, 'at least one { doc, excerpt } citation'),
);
const conflicts = {
  /** A key shared by records that state the same fact (possibly differently). */
  claimOf: optionalText,
  /** Ids of records that state the same fact differently. Symmetric. */
  conflictsWith: v.optional(ids),
  /**
   * The texts' claims about this one fact cannot all hold: which text says what, in plain words
   * (each citation's `says` carries its own date or number). Widgets show "sources disagree".
   */
  disagreement: optionalText,
  /**
   * Ids of records merged into this one (the same fact, once per text before). They keep
   * resolving: a deep link or `quote-id` made with one of them finds this record.
   */
  replaces: v.optional(ids),
  /** Ids of records that look alike (same year, near-identical words) but are other facts. */
  distinctFrom: v.optional(ids),
  /**
   * Where the text itself is implausible or inconsistent (a scale word that cannot be right, a
   * date its own endnote contradicts): what is wrong, in the text's terms. Shown with the value;
   * the value is never corrected.
   */
  caveat: optionalText,
  note: optionalText,
};

export const SourceSchema = v.object({
  id,
  title: text,
  /** Authors as the text names them; empty when the text names none. */
  authors: v.array(text),
  kind: text,
  /** Publication details exactly as the text gives them (journal, issue, date). */
  published: optionalText,
  year: v.optional(v.pipe(v.number(), v.integer())),
  url: optionalText,
  sources,
  note: optionalText,
});
export type Source = v.InferOutput<typeof SourceSchema>;

export const EventSchema = v.object({
  id,
  title: text,
  date: DateSpecSchema,
  kind: v.picklist(EVENT_KINDS, `one of ${EVENT_KINDS.join(', ')}`),
  themes: v.optional(v.array(v.picklist(THEMES, `one of ${THEMES.join(', ')}`)), []),
  actors: v.optional(ids, []),
  places: v.optional(ids),
  sources,
  ...conflicts,
});
export type TimelineEvent = v.InferOutput<typeof EventSchema>;

export const OrganizationSchema = v.object({
  id,
  name: text,
  aliases: v.optional(v.array(text), []),
  kind: v.optional(v.picklist(ORGANIZATION_KINDS, `one of ${ORGANIZATION_KINDS.join(', ')}`)),
  founded: v.optional(DateSpecSchema),
  seat: optionalText,
  purpose: optionalText,
  sources,
  ...conflicts,
});
export type Organization = v.InferOutput<typeof OrganizationSchema>;

export const MembershipSchema = v.object({
  id,
  org: id,
  country: id,
  status: v.picklist(MEMBERSHIP_STATUSES, `one of ${MEMBERSHIP_STATUSES.join(', ')}`),
  since: v.optional(DateSpecSchema),
  until: v.optional(DateSpecSchema),
  sources,
  ...conflicts,
});
export type Membership = v.InferOutput<typeof MembershipSchema>;

export const FigureSchema = v.object({
  id,
  metric: text,
  label: text,
  value: v.pipe(v.number('a number'), v.finite('a finite number')),
  unit: text,
  scale: v.optional(v.picklist(SCALES, `one of ${SCALES.join(', ')}`)),
  qualifier: optionalText,
  period: v.optional(DateSpecSchema),
  from: v.optional(id),
  to: v.optional(id),
  country: v.optional(id),
  table: v.optional(
    v.object({ id, caption: text, row: text, column: text, source: optionalText }),
  ),
  sources,
  ...conflicts,
});
export type Figure = v.InferOutput<typeof FigureSchema>;

export const QuoteSchema = v.object({
  id,
  /** The quoted words, verbatim. */
  text,
  /** Ids of the people or organizations who said it; empty when the text names nobody. */
  speakers: v.optional(ids, []),
  /** Who said it, worded as the text gives it. */
  speakerLabel: text,
  role: optionalText,
  date: v.optional(DateSpecSchema),
  context: optionalText,
  sources,
  ...conflicts,
});
export type Quote = v.InferOutput<typeof QuoteSchema>;

export const PersonSchema = v.object({
  id,
  name: text,
  aliases: v.optional(v.array(text), []),
  roles: v.optional(
    v.array(
      v.object({
        title: text,
        org: v.optional(id),
        country: v.optional(id),
        period: v.optional(DateSpecSchema),
      }),
    ),
    [],
  ),
  sources,
  note: optionalText,
});
export type Person = v.InferOutput<typeof PersonSchema>;

export const PlaceSchema = v.object({
  id,
  name: text,
  kind: v.picklist(PLACE_KINDS, `one of ${PLACE_KINDS.join(', ')}`),
  aliases: v.optional(v.array(text), []),
  sources,
  note: optionalText,
});
export type Place = v.InferOutput<typeof PlaceSchema>;

export const RECORD_SCHEMAS = {
  sources: SourceSchema,
  events: EventSchema,
  organizations: OrganizationSchema,
  memberships: MembershipSchema,
  figures: FigureSchema,
  quotes: QuoteSchema,
  people: PersonSchema,
  places: PlaceSchema,
} as const;

/** A complete, validated dataset: every collection present (possibly empty). */
export interface Dataset {
  sources: readonly Source[];
  events: readonly TimelineEvent[];
  organizations: readonly Organization[];
  memberships: readonly Membership[];
  figures: readonly Figure[];
  quotes: readonly Quote[];
  people: readonly Person[];
  places: readonly Place[];
}
export type AnyRecord = Dataset[CollectionName][number];
