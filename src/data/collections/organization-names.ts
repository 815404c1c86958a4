// Every organization by id, name and aliases only, without citations (scripts/derive-data.mjs derives
// it from ../records/organizations.json): what a widget needs that shows organizations by name and finds them
// by any name, but never shows their records. Typed as the records; only those fields are there.
import type { Organization } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/derived/organization-names.json';

export const organizationNames = collection<Organization>(records);
