// Dates that read: the one function the widgets use after "since", "until", "Founded:", in
// screen-reader labels and CSV, run over every date of every record (and every citation's own
// date). A label that doesn't read fails here. Runs on the built library (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { root } from './browser.mjs';

const { datePhrase, readableDate } = await import(new URL('dist/esm/lib/dates.js', root).href);
const COLLECTIONS = ['events', 'organizations', 'memberships', 'figures', 'quotes', 'people'];
const read = (c) => JSON.parse(readFileSync(new URL(`src/data/records/${c}.json`, root), 'utf8'));

/** Every date in the records, with where it is: [path, DateSpec]. */
function* dates(value, path) {
  if (value && typeof value === 'object') {
    if (typeof value.start === 'string' && typeof value.text === 'string') yield [path, value];
    for (const [k, v] of Object.entries(value)) yield* dates(v, `${path}.${k}`);
  }
}

const PREPOSITION = /\b(?:since|until|founded)\s+(?:in|on|at|from|by|since|until|after|before|effectively|during|of|withdrew|joined)\b/i;
const RELATIVE = /\b(?:next|same|later|earlier|ago|previous|following|that year|this year|of membership)\b/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// a month needs its year, or to open a span that ends in the same year ("March – May 2016")
const NO_YEAR = new RegExp(`\\b(?:${MONTHS})\\b(?!\\s+\\d{4})(?!\\s+–\\s+(?:${MONTHS})\\s+\\d{4})`);

/** Why a label does not read, or '' when it does. */
export function unreadable(label) {
  if (!/\d{4}/.test(label)) return 'no year';
  if (PREPOSITION.test(label)) return 'a doubled or glued preposition';
  if (RELATIVE.test(label)) return 'a relative phrase';
  if (NO_YEAR.test(label)) return 'a day or month without its year';
  if (/\s{2,}|^\s|\s$/.test(label)) return 'stray spaces';
  return '';
}

test('the check rejects the labels readers met before', () => {
  for (const bad of ['until effectively from January 2015', 'Withdrawn since withdrew in 2017', 'since on December 21',
    'since after two years of membership', 'since the next day', 'since In July 2010', 'since at the end of the year']) {
    assert.notEqual(unreadable(bad), '', bad);
  }
  assert.equal(unreadable('since 21 December 1991'), '');
  assert.equal(unreadable('about March – May 2016'), '');
  assert.notEqual(unreadable('about March – May'), '');
});

test('since/until/readable forms of dates as the texts word them', () => {
  const d = (text, start, more = {}) => ({ text, start, ...more });
  assert.equal(datePhrase('since', d('effectively from January 2015', '2015-01')), 'since January 2015');
  assert.equal(datePhrase('until', d('in 2015', '2015')), 'until 2015');
  assert.equal(datePhrase('since', d('on December 21', '1991-12-21', { fromPassage: true })), 'since 21 December 1991');
  assert.equal(datePhrase('since', d('after two years of membership', '2017', { fromPassage: true })), 'since 2017');
  assert.equal(datePhrase('since', d('in the 1990s', '1990', { end: '1999', approximate: true })), 'since the 1990s');
  assert.equal(datePhrase('since', d('in the late 1990s', '1997', { end: '1999', approximate: true })), 'since about 1997');
  assert.equal(datePhrase('until', d('by 2020', '2018', { end: '2020', approximate: true })), 'until about 2020');
  assert.equal(readableDate(d('TengriNews 2014', '2014', { fromCitation: true })), 'dated by the cited report (2014)');
  assert.equal(readableDate(d('2015–2019', '2015', { end: '2019' })), '2015–2019');
  assert.equal(readableDate(d('in the 18th century', '1700', { end: '1799', approximate: true })), 'the 1700s');
  assert.equal(readableDate(d('In September 2013', '2013-09')), 'September 2013');
  assert.equal(readableDate(d('In the spring of 2016', '2016-03', { end: '2016-05', approximate: true })), 'about March – May 2016');
  assert.equal(readableDate(d('from May 2014 to January 2015', '2014-05', { end: '2015-01' })), 'May 2014 – January 2015');
});

test('every date of every record reads after since, until and on its own', (t) => {
  const bad = [];
  let n = 0;
  for (const c of COLLECTIONS) {
    for (const r of read(c)) {
      for (const [path, date] of dates(r, `${c}/${r.id}`)) {
        n++;
        for (const label of [datePhrase('since', date), datePhrase('until', date), `Founded: ${readableDate(date)}`]) {
          const why = unreadable(label);
          if (why) bad.push(`${path}: “${label}” (${why}; the text says “${date.text}”)`);
        }
      }
    }
  }
  t.diagnostic(`${n} dates checked`);
  assert.deepStrictEqual(bad, []);
});

test('a note names documents by reference, and leaves numbers that are not document numbers alone', async () => {
  const { readableNote } = await import(new URL('dist/esm/lib/reference.js', root).href);
  const sources = [{ id: '002_66eaf037ecb8c9af.txt', title: 'Tracks, Troops, and Treaties', authors: ['Nicholas G. Mosher'], year: 2022, kind: 'thesis', sources: [] }];
  assert.equal(readableNote(sources, 'Text 002 says 2019; 002 cites it.'), 'Mosher 2022 says 2019; Mosher 2022 cites it.');
  assert.equal(readableNote(sources, 'about 1,002 tonnes, $002 and 3.002'), 'about 1,002 tonnes, $002 and 3.002');
});
