// The organizations as the membership matrix shows them (scripts/derive-data.mjs derives it from
// ../records/organizations.json): every one by id, name and aliases; those that a membership names
// also with the founding date, seat, purpose and citations its detail shows. Typed as the records;
// an organization no membership names has no citations here (`sources` is absent).
import type { Organization } from '../schema.js';
import { collection } from './collection.js';
import records from '../records/derived/matrix-organizations.json';

export const matrixOrganizations = collection<Organization>(records);
