// Near-duplicate detection for the records: two records of one collection that share a year and
// say nearly the same thing (title, quoted words, or org × country × status). Every such pair must
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

/** Pairs [a, b] of one collection that look like one fact: same year, near-identical wording. */
export function nearDuplicatePairs(collection, records) {
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
    ([a, b]) => !(a.distinctFrom ?? []).includes(b.id) && !(b.distinctFrom ?? []).includes(a.id),
  );
}
