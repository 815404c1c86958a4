// The embedded organizations, one module per collection so a widget bundles only what it shows.
// Records live in ../records/organizations.json; tests validate every one and the source verifier checks
// every excerpt against the seed texts.
import type { Organization } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/organizations.json';

export const organizations = collection<Organization>(records);
