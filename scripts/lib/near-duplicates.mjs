// Near-duplicate detection for the records: two records of one collection that share a year and
// say nearly the same thing (title, quoted words, org × country × status, or a figure's quantity
// and number). A pair linked as conflicting (conflictsWith) is decided too. Every such pair must
// be merged into one record or marked distinct (`distinctFrom`); test/node/near-duplicates.test.mjs
// fails on any pair left undecided. Used by that test and by the review tooling.

const STOP = new Set(
  'a an the of in on at to and for with by from its their is as into over after under new first be'.split(' '),
);

/** Content words of a title, lowercased, with simple plural/verb endings dropped. */
export function words(title) {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w))
    .map((w) => w.replace(/(ing|es|s|ed)$/, ''));
}

/** Share of the shorter title's words that the other title also has (0–1). */
export function titleSimilarity(a, b) {
  const A = new Set(words(a));
  const B = new Set(words(b));
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return shared / Math.min(A.size, B.size);
}

const year = (d) => Number(d.start.slice(0, 4));
const lastYear = (d) => Number((d.end ?? d.start).slice(0, 4));
/** The two dates share at least one calendar year. */
export function shareAYear(a, b) {
  if (!a || !b) return false;
  return year(a) <= lastYear(b) && year(b) <= lastYear(a);
}

export const THRESHOLD = 0.6;

/** What makes two records of a collection "the same thing said" for the duplicate check. */
const KEYS = {
  events: (r) => [r.title, r.date],
  quotes: (r) => [r.text, r.date],
  memberships: (r) => [`${r.org} ${r.country} ${r.status}`, r.since ?? r.until],
};

const SCALE = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** A figure's quantity: what it measures, of whom, in which unit and year. */
const quantity = (f) => [f.metric, f.from, f.to, f.country, f.unit, f.period?.start.slice(0, 4)].join('|');
const plain = (f) => f.value * (SCALE[f.scale] ?? 1);

/**
 * Figures that look like one: the same quantity (metric, who, unit, year) and the same number,
 * with near-identical labels; two cells of one statistical table never count (a table has one
 * cell per row and column).
 */
function figurePairs(records) {
  const groups = new Map();
  for (const r of records) groups.set(quantity(r), [...(groups.get(quantity(r)) ?? []), r]);
  const pairs = [];
  for (const list of groups.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (a.table && b.table && a.table.id === b.table.id) continue;
        if (plain(a) === plain(b) && titleSimilarity(a.label, b.label) >= THRESHOLD) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** Pairs [a, b] of one collection that look like one fact: same year, near-identical wording. */
export function nearDuplicatePairs(collection, records) {
  if (collection === 'figures') return figurePairs(records);
  const key = KEYS[collection];
  if (!key) return [];
  const pairs = [];
  const keyed = records.map((r) => [r, ...key(r)]);
  for (let i = 0; i < keyed.length; i++) {
    for (let j = i + 1; j < keyed.length; j++) {
      const [a, ta, da] = keyed[i];
      const [b, tb, db] = keyed[j];
      if (collection === 'memberships') {
        if (ta !== tb) continue;
        if (da && db && !shareAYear(da, db)) continue;
      } else {
        if (!shareAYear(da, db)) continue;
        if (titleSimilarity(ta, tb) < THRESHOLD) continue;
      }
      pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Pairs not merged (one record) and not marked distinct on either side. */
export function undecidedPairs(collection, records) {
  return nearDuplicatePairs(collection, records).filter(
    ([a, b]) => ![...(a.distinctFrom ?? []), ...(a.conflictsWith ?? [])].includes(b.id)
      && ![...(b.distinctFrom ?? []), ...(b.conflictsWith ?? [])].includes(a.id),
  );
}
