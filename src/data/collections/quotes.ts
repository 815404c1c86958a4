// The embedded quotes, one module per collection so a widget bundles only what it shows.
// Records live in ../records/quotes.json; tests validate every one and the source verifier checks
// every excerpt against the seed texts.
import type { Quote } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/quotes.json';

export const quotes = collection<Quote>(records);
