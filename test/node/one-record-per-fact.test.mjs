// One record per fact: what several texts report is one record citing each of them. These tests
// read the records (src/data/records) and fail when a merge loses anything or a look-alike pair
// is left undecided; they list the claim groups and the disagreements for the reviewer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nearDuplicatePairs, undecidedPairs } from '../../scripts/lib/near-duplicates.mjs';
import { root } from './browser.mjs';

const COLLECTIONS = ['sources', 'events', 'organizations', 'memberships', 'figures', 'quotes', 'people', 'places'];
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const data = Object.fromEntries(COLLECTIONS.map((c) => [c, read(`src/data/records/${c}.json`)]));
const all = COLLECTIONS.flatMap((c) => data[c]);
const docs = (r) => [...new Set(r.sources.map((s) => s.doc))];

for (const c of ['events', 'quotes', 'memberships', 'figures']) {
  test(`${c}: every look-alike pair (same year, near-identical words) is merged or marked distinct`, (t) => {
    const found = nearDuplicatePairs(c, data[c]);
    t.diagnostic(`${found.length} look-alike pairs, all marked distinctFrom`);
    const open = undecidedPairs(c, data[c]).map(([a, b]) => `${a.id} ~ ${b.id}`);
    assert.deepStrictEqual(open, []);
  });
}

test('the look-alike check finds a pair left undecided (it can fail)', () => {
  const ev = (id, title) => ({ id, title, date: { text: '2015', start: '2015' }, sources: [] });
  const pair = [ev('ev-a', 'Armenia joins the EAEU'), ev('ev-b', 'Armenia joins the Eurasian EAEU')];
  assert.equal(undecidedPairs('events', pair).length, 1);
  assert.equal(undecidedPairs('events', [{ ...pair[0], distinctFrom: ['ev-b'] }, pair[1]]).length, 0);
});

test('no citation is lost: distinct (document, excerpt) pairs do not drop below the 1,817 before merging', (t) => {
  const pairs = new Set(all.flatMap((r) => r.sources.map((s) => `${s.doc}\u0000${s.excerpt}`)));
  t.diagnostic(`${pairs.size} distinct (document, excerpt) pairs`);
  assert.ok(pairs.size >= 1817, `${pairs.size} < 1817`);
});

test('every id published before the merge still resolves, to its own record or the one that replaces it', () => {
  const ids = new Set(all.map((r) => r.id));
  const replaced = new Map();
  for (const r of all) for (const old of r.replaces ?? []) {
    assert.ok(!ids.has(old), `${r.id} replaces ${old}, which is still a record`);
    assert.ok(!replaced.has(old), `${old} is replaced by both ${replaced.get(old)} and ${r.id}`);
    replaced.set(old, r.id);
  }
  const lost = read('src/data/review/published-ids.json').filter((id) => !ids.has(id) && !replaced.has(id));
  assert.deepStrictEqual(lost, []);
});

test('distinctFrom names existing records and is stated on both sides', () => {
  const byId = new Map(all.map((r) => [r.id, r]));
  const bad = all.flatMap((r) => (r.distinctFrom ?? []).filter((id) => !byId.get(id)?.distinctFrom?.includes(r.id)).map((id) => `${r.id} → ${id}`));
  assert.deepStrictEqual(bad, []);
});

/** The years a date allows, as [first, last]. */
const years = (d) => [Number(d.start.slice(0, 4)), Number((d.end ?? d.start).slice(0, 4))];
/** Two dates can both hold: their spans share a day at the precision they give. */
const compatible = (a, b) => {
  const lo = (d) => d.start;
  const hi = (d) => `${d.end ?? d.start}\uffff`;
  return lo(a) <= hi(b) && lo(b) <= hi(a);
};

test('claim groups: a record whose texts date it in ways that cannot both hold says that its sources disagree', (t) => {
  const groups = [];
  const unflagged = [];
  for (const c of ['events', 'quotes', 'memberships']) {
    for (const r of data[c]) {
      if (docs(r).length < 2 && !r.replaces) continue;
      const field = c === 'memberships' ? 'since' : 'date';
      // a text that dates another stage of the process (says.stage) does not contradict the others
      const claims = r.sources.filter((s) => !s.says?.stage).map((s) => s.says?.[field] ?? r[field]).filter(Boolean);
      const clash = claims.some((a) => claims.some((b) => !compatible(a, b)));
      groups.push(`${r.id}: ${docs(r).length} texts${r.disagreement ? ' · sources disagree' : ''}${clash ? ' · dates clash' : ''}`);
      if (clash && !r.disagreement) unflagged.push(`${r.id}: ${[...new Set(claims.map((d) => d.text))].join(' / ')}`);
    }
  }
  t.diagnostic(`${groups.length} claim groups (records merged or cited by several texts):`);
  for (const g of groups) t.diagnostic(g);
  assert.deepStrictEqual(unflagged, []);
});

test('every disagreement names the texts that disagree, and its record cites them', () => {
  const bad = [];
  for (const r of all) {
    if (!r.disagreement) continue;
    const numbers = new Set(r.disagreement.match(/\b\d{3}\b/g) ?? []);
    const cited = new Set(docs(r).map((d) => d.slice(0, 3)));
    if (![...numbers].filter((n) => cited.has(n)).length) bad.push(`${r.id}: names no cited text`);
    if (docs(r).length < 2 && r.sources.length < 2) bad.push(`${r.id}: one citation cannot disagree with itself`);
  }
  assert.deepStrictEqual(bad, []);
});

test('the texts’ known slips carry a caveat, worded as a sentence, and their values stay as printed', (t) => {
  const caveats = all.filter((r) => r.caveat);
  t.diagnostic(`${caveats.length} caveats`);
  for (const r of caveats) assert.match(r.caveat, /^[A-Z“(0-9].{20,}[.”)]$/s, r.id);
  const byId = new Map(all.map((r) => [r.id, r]));
  const china = byId.get('fig-003-d-china-fdi-net-inflow-2017');
  assert.deepStrictEqual([china.value, china.scale, Boolean(china.caveat)], [168.22, 'trillion', true]);
  const russia = byId.get('fig-003-d-russia-fdi-net-inflow-2016');
  assert.deepStrictEqual([russia.value, russia.scale, Boolean(russia.caveat)], [32.539, undefined, true]);
  const protests = byId.get('ev-001-land-reform-protests-2016');
  assert.ok(protests.caveat && protests.disagreement, 'the land protests: 002 says 2019, its endnote 2016');
});

test('a date only a cited report gives is marked so, and the Lukoil stake is dated as the body dates it', () => {
  const fromCitation = all.filter((r) => r.date?.fromCitation);
  assert.ok(fromCitation.length >= 15, `${fromCitation.length} dates from citations`);
  const lukoil = all.find((r) => r.replaces?.includes('ev-002-lukoil-acquires-al-farabi-stake-2021'));
  assert.equal(lukoil.date.start, '2020');
});
