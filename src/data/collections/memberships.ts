// The embedded memberships, one module per collection so a widget bundles only what it shows.
// Records live in ../records/memberships.json; tests validate every one and the source verifier checks
// every excerpt against the seed texts.
import type { Membership } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/memberships.json';

export const memberships = collection<Membership>(records);
