// Every person by id, name and aliases only, without citations (scripts/derive-data.mjs derives
// it from ../records/people.json): what a widget needs that shows people by name and finds them
// by any name, but never shows their records. Typed as the records; only those fields are there.
import type { Person } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/derived/people-names.json';

export const peopleNames = collection<Person>(records);
