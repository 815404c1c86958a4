#!/usr/bin/env node
// Applies a reviewed merge plan to src/data/records: what several texts (or one text twice) report
// as the same fact becomes one record citing every text. See src/data/README.md, "One record per
// fact", for how a merge is decided; the reviewed plans are kept in src/data/review/.
//
//   node scripts/merge-records.mjs <plan.json>...
//
// A plan is { merges: [{ keep, merge: [ids], title?, date?, until?, disagreement? }],
//             distinct: [{ ids: [a, b], why }], fixes?: [{ id, set: {...} }], add?: [records] }.
// For each merge: the `keep` record survives with its id; every citation of the merged records is
// kept (a (document, excerpt) pair cited twice is kept once), and a citation whose record dated or
// numbered the fact differently carries its text's own wording in `says`; actors, places, themes
// and speakers are joined; the merged ids go into `replaces` (they keep resolving); `claimOf` and
// the conflict links inside the cluster go. `distinct` pairs are marked `distinctFrom` both ways.
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/data/records/', import.meta.url);
const COLLECTIONS = ['sources', 'events', 'organizations', 'memberships', 'figures', 'quotes', 'people', 'places'];
const raw = Object.fromEntries(COLLECTIONS.map((c) => [c, readFileSync(new URL(`${c}.json`, dir), 'utf8')]));
const data = Object.fromEntries(COLLECTIONS.map((c) => [c, JSON.parse(raw[c])]));
const where = new Map();
for (const c of COLLECTIONS) for (const r of data[c]) where.set(r.id, c);

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const union = (...lists) => [...new Set(lists.flat().filter((x) => x !== undefined))];
/** The fields in which one text's telling of a fact may differ from the record's. */
const CLAIM_FIELDS = { events: ['date'], quotes: ['date'], memberships: ['since', 'until', 'status'], figures: ['value', 'scale', 'qualifier', 'period'] };

function find(id) {
  const c = where.get(id);
  if (!c) throw new Error(`no record "${id}"`);
  return [c, data[c].find((r) => r.id === id)];
}

function merge(plan) {
  const [collection, keep] = find(plan.keep);
  const others = plan.merge.map((id) => {
    const [c, r] = find(id);
    if (c !== collection) throw new Error(`${id} is in ${c}, ${plan.keep} in ${collection}`);
    return r;
  });
  const all = [keep, ...others];
  const fields = CLAIM_FIELDS[collection] ?? [];
  const merged = { ...keep };
  if (plan.title) merged.title = plan.title;
  if (plan.date) merged[collection === 'memberships' ? 'since' : 'date'] = plan.date;
  if (plan.until) merged.until = plan.until;
  const seen = new Set();
  const sources = [];
  for (const r of all) {
    const says = {};
    for (const f of fields) if (r[f] !== undefined && !same(r[f], merged[f])) says[f] = r[f];
    for (const c of r.sources) {
      const key = `${c.doc}\u0000${c.excerpt}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const own = { ...says, ...(c.says ?? {}) };
      sources.push(Object.keys(own).length ? { ...c, says: own } : { ...c });
    }
  }
  merged.sources = sources;
  for (const f of ['actors', 'places', 'themes', 'speakers']) {
    if (all.some((r) => r[f])) merged[f] = union(...all.map((r) => r[f] ?? []));
  }
  const notes = union(...all.map((r) => r.note));
  // each note a sentence of its own
  if (notes.length) merged.note = notes.map((n) => (/[.!?”")]$/.test(n.trim()) ? n.trim() : `${n.trim()}.`)).join(' ');
  const gone = new Set(others.map((r) => r.id));
  merged.replaces = union(keep.replaces ?? [], ...others.map((r) => [r.id, ...(r.replaces ?? [])]));
  if (!merged.replaces.length) delete merged.replaces;
  if (plan.disagreement) merged.disagreement = plan.disagreement;
  delete merged.claimOf;
  const links = union(...all.map((r) => r.conflictsWith ?? [])).filter((id) => id !== keep.id && !gone.has(id));
  if (links.length) merged.conflictsWith = links;
  else delete merged.conflictsWith;
  const distinct = union(...all.map((r) => r.distinctFrom ?? [])).filter((id) => id !== keep.id && !gone.has(id));
  if (distinct.length) merged.distinctFrom = distinct;
  data[collection] = data[collection].filter((r) => !gone.has(r.id)).map((r) => (r === keep ? merged : r));
  for (const id of gone) where.delete(id);
  // links from other records to a merged id now point at the record that replaces it
  for (const c of COLLECTIONS) {
    for (const r of data[c]) {
      for (const f of ['conflictsWith', 'distinctFrom']) {
        if (!r[f]) continue;
        r[f] = union(r[f].map((id) => (gone.has(id) ? keep.id : id))).filter((id) => id !== r.id);
        if (!r[f].length) delete r[f];
      }
    }
  }
}

function markDistinct([a, b]) {
  const [, ra] = find(a);
  const [, rb] = find(b);
  ra.distinctFrom = union(ra.distinctFrom ?? [], [b]);
  rb.distinctFrom = union(rb.distinctFrom ?? [], [a]);
  // two facts do not conflict: a link between them goes
  for (const [x, y] of [[ra, rb], [rb, ra]]) {
    if (!x.conflictsWith) continue;
    x.conflictsWith = x.conflictsWith.filter((id) => id !== y.id);
    if (!x.conflictsWith.length) delete x.conflictsWith;
  }
}

/** The id a record now has: its own, or the one of the record it was merged into. */
function current(id) {
  if (where.has(id)) return id;
  for (const c of COLLECTIONS) for (const r of data[c]) if (r.replaces?.includes(id)) return r.id;
  throw new Error(`no record "${id}", merged or not`);
}

const plans = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')));
for (const plan of plans) {
  for (const record of plan.add ?? []) {
    const c = record.collection;
    const { collection: _, ...rest } = record;
    data[c].push(rest);
    where.set(rest.id, c);
  }
  for (const m of plan.merges ?? []) merge({ ...m, keep: current(m.keep), merge: m.merge.map(current).filter((id) => id !== current(m.keep)) });
  for (const d of plan.distinct ?? []) {
    const [a, b] = d.ids.map(current);
    if (a !== b) markDistinct([a, b]);
  }
  for (const fix of plan.fixes ?? []) {
    const [, r] = find(current(fix.id));
    for (const [k, v] of Object.entries(fix.set)) {
      if (v === null) delete r[k];
      else r[k] = v;
    }
  }
}
for (const c of COLLECTIONS) {
  const indent = raw[c].match(/^\[\n( +)/)?.[1].length ?? 1;
  const text = `${JSON.stringify(data[c], null, indent)}\n`;
  if (JSON.stringify(JSON.parse(raw[c])) !== JSON.stringify(data[c])) writeFileSync(new URL(`${c}.json`, dir), text);
}
console.log(Object.fromEntries(COLLECTIONS.map((c) => [c, data[c].length])));
