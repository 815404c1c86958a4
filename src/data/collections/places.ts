// The embedded places, one module per collection so a widget bundles only what it shows.
// Records live in ../records/places.json; tests validate every one and the source verifier checks
// every excerpt against the seed texts.
import type { Place } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/places.json';

export const places = collection<Place>(records);
