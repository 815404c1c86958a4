// The embedded people, one module per collection so a widget bundles only what it shows.
// Records live in ../records/people.json; tests validate every one and the source verifier checks
// every excerpt against the seed texts.
import type { Person } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/people.json';

export const people = collection<Person>(records);
