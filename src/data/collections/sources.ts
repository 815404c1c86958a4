// The embedded sources, one module per collection so a widget bundles only what it shows.
// Records live in ../records/sources.json; tests validate every one and the source verifier checks
// every excerpt against the seed texts.
import type { Source } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/sources.json';

export const sources = collection<Source>(records);
