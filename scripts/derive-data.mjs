#!/usr/bin/env node
// Slices of the records that a widget needs instead of whole collections, written to
// src/data/records/derived/ and committed (test/node/derived-data.test.mjs fails when one is stale):
// - quote-speakers.json: the name and aliases of every person, organization or place that a
//   quotation names as its speaker, and which collection it is in. The quote card shows speakers'
//   names (and finds quotations by them); it does not show their records, so it does not load
//   the people, organizations and places collections (about 18 kB gzip of citations it never shows).
// - people-names.json, organization-names.json, place-names.json: every person, organization and
//   place by id, name and aliases, in the collection's order (a renamed record's old ids too, as
//   `replaces`). The timeline and the trade table show actors' names and find them by any name;
//   they show none of these records' citations, roles or dates, so they load these instead of the
//   whole collections (about 60 kB gzip less for the timeline's own file, dist/timeline.js).
// - matrix-organizations.json: every organization by id, name and aliases, and, for each one that
//   a membership names (the matrix's columns), what the matrix's detail shows of it too: founding
//   date, seat, purpose and citations. Its kind and notes are left out (the matrix shows neither).
// Usage: node scripts/derive-data.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/data/records/', import.meta.url);
const out = new URL('derived/', dir);
const read = (name) => JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));

export function quoteSpeakers(quotes, collections) {
  const wanted = new Set(quotes.flatMap((q) => q.speakers ?? []));
  const slice = [];
  for (const [collection, records] of Object.entries(collections)) {
    for (const r of records) {
      if (!wanted.has(r.id)) continue;
      slice.push({ id: r.id, collection, name: r.name, ...(r.aliases?.length ? { aliases: r.aliases } : {}) });
    }
  }
  return slice;
}

const NAME_FIELDS = ['id', 'name', 'aliases', 'replaces'];
const pick = (record, fields) => Object.fromEntries(fields.filter((f) => record[f] !== undefined).map((f) => [f, record[f]]));

/** Each record by the fields a widget names it and finds it by: id, name, aliases (and replaced ids). */
export const names = (records) => records.map((r) => pick(r, NAME_FIELDS));

/** Organizations as the matrix shows them: names for all, and its detail's fields for those in a membership. */
export function matrixOrganizations(organizations, memberships) {
  const members = new Set(memberships.map((m) => m.org));
  return organizations.map((o) =>
    pick(o, members.has(o.id) ? [...NAME_FIELDS, 'founded', 'seat', 'purpose', 'sources'] : NAME_FIELDS));
}

export function derived() {
  const collections = { people: read('people'), organizations: read('organizations'), places: read('places') };
  return {
    'quote-speakers': quoteSpeakers(read('quotes'), collections),
    'people-names': names(collections.people),
    'organization-names': names(collections.organizations),
    'place-names': names(collections.places),
    'matrix-organizations': matrixOrganizations(collections.organizations, read('memberships')),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, records] of Object.entries(derived())) {
    const file = new URL(`${name}.json`, out);
    const text = `${JSON.stringify(records, null, 2)}\n`;
    let current = '';
    try { current = readFileSync(file, 'utf8'); } catch { /* not written yet */ }
    if (current === text) continue;
    if (check) { stale++; console.error(`src/data/records/derived/${name}.json is stale: run node scripts/derive-data.mjs`); }
    else { writeFileSync(file, text); console.log(`wrote src/data/records/derived/${name}.json (${records.length} records)`); }
  }
  process.exit(stale ? 1 : 0);
}
