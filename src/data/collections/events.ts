// The embedded events, one module per collection so a widget bundles only what it shows.
// Records live in ../records/events.json; tests validate every one and the source verifier checks
// every excerpt against the seed texts.
import type { TimelineEvent } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/events.json';

export const events = collection<TimelineEvent>(records);
