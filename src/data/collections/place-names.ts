// Every place by id, name and aliases only, without citations (scripts/derive-data.mjs derives
// it from ../records/places.json): what a widget needs that shows places by name and finds them
// by any name, but never shows their records. Typed as the records; only those fields are there.
import type { Place } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/derived/place-names.json';

export const placeNames = collection<Place>(records);
