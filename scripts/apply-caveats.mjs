#!/usr/bin/env node
// Applies a reviewed list of the texts' own slips (src/data/review/caveats.json) to the records:
// `caveats` set a record's caveat (what the text itself gets wrong, in its terms; the value is never
// corrected); `citationDates` mark a date that only a cited report gives (`fromCitation`), or replace
// it with the date the body of the text gives, when it gives one.
//   node scripts/apply-caveats.mjs <caveats.json>
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/data/records/', import.meta.url);
const COLLECTIONS = ['events', 'organizations', 'memberships', 'figures', 'quotes'];
const data = Object.fromEntries(COLLECTIONS.map((c) => [c, JSON.parse(readFileSync(new URL(`${c}.json`, dir), 'utf8'))]));
const find = (id) => {
  for (const c of COLLECTIONS) {
    const r = data[c].find((x) => x.id === id || x.replaces?.includes(id));
    if (r) return r;
  }
  throw new Error(`no record "${id}"`);
};
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const { id, caveat } of plan.caveats ?? []) find(id).caveat = caveat;
for (const { id, date } of plan.citationDates ?? []) {
  const r = find(id);
  if (date) r.date = date;
  else if (r.date) r.date = { ...r.date, fromCitation: true };
  else throw new Error(`${id} has no date to mark`);
}
for (const c of COLLECTIONS) writeFileSync(new URL(`${c}.json`, dir), `${JSON.stringify(data[c], null, 2)}\n`);
