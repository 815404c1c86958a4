#!/usr/bin/env node
// Prints the embedded data's counts per collection and per cited document, as Markdown tables
// (used for src/data/README.md and release notes): `node scripts/data-stats.mjs`.
import { readFileSync } from 'node:fs';

const COLLECTIONS = ['sources', 'events', 'organizations', 'memberships', 'figures', 'quotes', 'people', 'places'];
const records = new URL('../src/data/records/', import.meta.url);
const data = Object.fromEntries(COLLECTIONS.map((c) => [c, JSON.parse(readFileSync(new URL(`${c}.json`, records), 'utf8'))]));
const docs = data.sources.map((s) => s.id);
const short = (doc) => doc.slice(0, 3);

console.log(`| collection | records | ${docs.map(short).join(' | ')} |`);
console.log(`| --- | ---: | ${docs.map(() => '---:').join(' | ')} |`);
for (const c of COLLECTIONS) {
  const perDoc = docs.map((d) => data[c].filter((r) => r.sources.some((s) => s.doc === d)).length);
  console.log(`| ${c} | ${data[c].length} | ${perDoc.join(' | ')} |`);
}
const all = COLLECTIONS.flatMap((c) => data[c]);
const excerpts = all.reduce((n, r) => n + r.sources.length, 0);
const cells = data.figures.filter((f) => f.table);
const tables = new Set(cells.map((f) => f.table.id));
const conflicted = all.filter((r) => r.conflictsWith?.length).length;
const disputed = all.filter((r) => r.disagreement).length;
const caveats = all.filter((r) => r.caveat).length;
const merged = all.filter((r) => r.replaces?.length);
const multi = (c) => data[c].filter((r) => new Set(r.sources.map((s) => s.doc)).size >= 2).length;
const pairs = new Set(all.flatMap((r) => r.sources.map((s) => `${s.doc}\u0000${s.excerpt}`))).size;
const fromCitation = all.filter((r) => r.date?.fromCitation).length;
const vague = all.flatMap((r) => Object.values(r)).filter((v) => v && typeof v === 'object' && v.approximate).length;
const fromPassage = all.flatMap((r) => Object.values(r)).filter((v) => v && typeof v === 'object' && v.fromPassage).length;
console.log(`\n${all.length} records, ${excerpts} cited excerpts; ${cells.length} figures are cells of ${tables.size} statistical tables; ${vague} dates are approximate, ${fromPassage} are read from their passage and ${fromCitation} are only the cited report's.`);
console.log(`One record per fact: ${merged.length} records replace ${merged.reduce((n, r) => n + r.replaces.length, 0)} merged ones; records citing two or more texts: ${['events', 'memberships', 'figures', 'quotes'].map((c) => `${c} ${multi(c)}`).join(', ')}; ${pairs} distinct (document, excerpt) pairs. ${disputed} records carry a disagreement between texts and ${conflicted} more are linked to a conflicting record; ${caveats} records carry a caveat.`);
