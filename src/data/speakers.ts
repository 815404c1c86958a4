// A speaker's name as the quote card needs it (src/data/records/derived/quote-speakers.json holds
// one per speaker the quotations name), and those names as the records of a view. No data here: a
// one-quotation entry brings its own speakers.
import type { Organization, Person, Place } from './schema.js';

export interface SpeakerName {
  readonly id: string;
  readonly collection: 'people' | 'organizations' | 'places';
  readonly name: string;
  readonly aliases?: readonly string[];
}

/**
 * The speakers as the records a view holds. Only `id`, `name` and `aliases` are there: what the
 * card reads (names, and finding quotations by a speaker's name).
 */
export function speakerCollections(speakers: readonly SpeakerName[]): {
  people: Person[];
  organizations: Organization[];
  places: Place[];
} {
  const of = <T>(collection: SpeakerName['collection']): T[] =>
    speakers
      .filter((s) => s.collection === collection)
      .map((s) => ({ id: s.id, name: s.name, aliases: s.aliases ?? [], sources: [] }) as unknown as T);
  return { people: of<Person>('people'), organizations: of<Organization>('organizations'), places: of<Place>('places') };
}
