// The embedded figures, one module per collection so a widget bundles only what it shows.
// Records live in ../records/figures.json; tests validate every one and the source verifier checks
// every excerpt against the seed texts.
import type { Figure } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/figures.json';

export const figures = collection<Figure>(records);
