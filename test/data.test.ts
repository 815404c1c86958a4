import { expect } from '@open-wc/testing';
import { smallDataset } from './fixtures.js';
import { COLLECTIONS, embeddedDataset, formatIssue, validateDataset, type DateSpec, excerptsReady } from '../src/data/index.js';

// The embedded excerpts load after a widget's first render (src/data/excerpts.ts); these tests
// read them, so every test starts once they are there (test/lazy-excerpts.test.ts tests the wait).
before(() => excerptsReady());

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Does the wording carry the stored precision? The year (or its decade) must be in it; the month
 * and day too unless the date is approximate ("in the fall of 2014"). A date read from its passage
 * ("that same day") is marked fromPassage instead.
 */
function wordingCarries(d: DateSpec): boolean {
  if (d.fromPassage) return true;
  const [year, month, day] = d.start.split('-');
  const decade = year.endsWith('0') && (d.text.includes(`${year}s`) || d.text.includes(`${year.slice(2)}s`));
  const hasYear = d.text.includes(year) || decade;
  if (!hasYear) return false;
  if (d.approximate || d.end) return true; // vague wording or a span ("the first eight months of 2020")
  const name = month ? MONTHS[Number(month) - 1] : '';
  return (!month || d.text.includes(name) || d.text.includes(name.slice(0, 3))) && (!day || new RegExp(`\\b0?${Number(day)}\\b`).test(d.text));
}
describe('embedded dataset', () => {
  it('is unpacked once: every read of a collection gives the same records, excerpts included', () => {
    for (const c of COLLECTIONS) {
      expect(embeddedDataset[c], c).to.equal(embeddedDataset[c]);
      expect(embeddedDataset[c].length, c).to.be.greaterThan(0);
    }
    // excerptsReady() (before) unpacked them all and waited for their excerpts
    const cited = COLLECTIONS.flatMap((c) => (embeddedDataset[c] as readonly { sources?: readonly { excerpt?: string }[] }[]).flatMap((r) => r.sources ?? []));
    expect(cited.filter((s) => typeof s.excerpt !== 'string').length).to.equal(0);
  });

  it('passes validation with no problem at all', () => {
    const { dataset, issues } = validateDataset(embeddedDataset);
    expect(issues.map(formatIssue)).to.deep.equal([]);
    for (const c of COLLECTIONS) expect(dataset[c].length, c).to.equal(embeddedDataset[c].length);
  });

  it('is stored exactly as validation outputs it (no default left to fill at run time)', () => {
    const { dataset } = validateDataset(embeddedDataset);
    for (const c of COLLECTIONS) expect(dataset[c], c).to.deep.equal(embeddedDataset[c]);
  });

  it('uses every id once, across all collections', () => {
    const ids = COLLECTIONS.flatMap((c) => embeddedDataset[c].map((r) => r.id));
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).to.deep.equal([]);
  });

  it('resolves every reference to a person, organization, place or document', () => {
    const { issues } = validateDataset(embeddedDataset);
    expect(issues.filter((i) => /refers to|cites/.test(i.message)).map(formatIssue)).to.deep.equal([]);
    // and references are really used: events name their actors, memberships their org and country
    expect(embeddedDataset.events.filter((e) => e.actors.length > 0).length).to.be.greaterThan(embeddedDataset.events.length * 0.9);
  });

  it('links every disagreement both ways and only between records of one collection', () => {
    const byId = new Map(COLLECTIONS.flatMap((c) => embeddedDataset[c].map((r) => [r.id, { c, r }] as const)));
    const problems: string[] = [];
    let links = 0;
    for (const c of COLLECTIONS) {
      for (const r of embeddedDataset[c] as readonly { id: string; conflictsWith?: readonly string[] }[]) {
        for (const other of r.conflictsWith ?? []) {
          links++;
          const target = byId.get(other);
          if (!target) problems.push(`${r.id} -> missing ${other}`);
          else if (target.c !== c) problems.push(`${r.id} -> ${other} is in ${target.c}`);
          else if (!(target.r as { conflictsWith?: readonly string[] }).conflictsWith?.includes(r.id)) problems.push(`${other} does not link back to ${r.id}`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
    expect(links).to.be.greaterThan(0);
  });

  it('gives every figure a unit and a finite value', () => {
    const bad = embeddedDataset.figures.filter((f) => !f.unit?.trim() || !Number.isFinite(f.value)).map((f) => f.id);
    expect(bad).to.deep.equal([]);
  });

  it('flattens the statistical tables with row, column and caption for every cell', () => {
    const cells = embeddedDataset.figures.filter((f) => f.table);
    expect(new Set(cells.map((f) => f.table!.id)).size).to.be.at.least(10);
    expect(cells.filter((f) => !f.table!.row || !f.table!.column || !f.table!.caption)).to.deep.equal([]);
  });

  it('has the five source documents and at least 20 quotations', () => {
    expect(embeddedDataset.sources.map((s) => s.id).sort()).to.deep.equal([
      '000_1964795e4a79208b.txt', '001_fe0b33c7f402fd8e.txt', '002_66eaf037ecb8c9af.txt',
      '003_e4b781084d2666f4.txt', '004_7168ac731e6251e9.txt',
    ]);
    expect(embeddedDataset.quotes.length).to.be.at.least(20);
  });

  it('cites each of the five documents in its quotations', () => {
    const cited = new Set(embeddedDataset.quotes.flatMap((q) => q.sources.map((s) => s.doc)));
    expect(cited.size).to.equal(5);
  });

  it('gives every date no more precision than its wording, unless the date comes from its passage', () => {
    const problems: string[] = [];
    for (const c of COLLECTIONS) {
      for (const record of embeddedDataset[c] as unknown as Record<string, unknown>[]) {
        for (const [field, value] of Object.entries(record)) {
          const d = value as DateSpec | undefined;
          if (!d || typeof d !== 'object' || typeof d.start !== 'string' || typeof d.text !== 'string') continue;
          if (!wordingCarries(d)) problems.push(`${record.id} ${field}: "${d.text}" vs ${d.start}`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });
});

describe('validateDataset', () => {
  it('accepts a good dataset and fills missing collections with empty arrays', () => {
    const { dataset, issues } = validateDataset(smallDataset());
    expect(issues).to.deep.equal([]);
    expect(dataset.quotes).to.have.length(4);
    expect(dataset.events).to.deep.equal([]);
  });

  it('names the record, the field and what was expected', () => {
    const data = smallDataset();
    (data.quotes[1] as Record<string, unknown>).text = 42;
    const { dataset, issues } = validateDataset(data);
    expect(issues).to.have.length(1);
    const line = formatIssue(issues[0]);
    expect(line).to.contain('quotes[1]');
    expect(line).to.contain('"q-second"');
    expect(line).to.contain('text');
    expect(line).to.contain('expected a string');
    expect(line).to.contain('42');
    expect(dataset.quotes.map((q) => q.id)).to.deep.equal(['q-first', 'q-anon', 'q-union']);
  });

  it('reports a record without an id by its position', () => {
    const data = smallDataset();
    delete (data.quotes[0] as Record<string, unknown>).id;
    const [issue] = validateDataset(data).issues;
    expect(formatIssue(issue)).to.match(/^quotes\[0\] id: /);
  });

  it('rejects sharpened or impossible dates', () => {
    const data = smallDataset();
    data.quotes[0].date = { text: 'in May 2014', start: '2014-13' };
    data.quotes[1].date = { text: '2010 to 2001', start: '2010', end: '2001', approximate: true };
    const messages = validateDataset(data).issues.map(formatIssue);
    expect(messages[0]).to.contain('(id "q-first") date.start: expected a date written YYYY, YYYY-MM or YYYY-MM-DD');
    expect(messages[1]).to.contain('(id "q-second") date: expected a date whose end is not before its start');
  });

  it('drops the second of two records with one id', () => {
    const data = smallDataset();
    data.quotes[2].id = 'q-first';
    const { dataset, issues } = validateDataset(data);
    expect(formatIssue(issues[0])).to.contain('quotes[2] (id "q-first") id: duplicate id');
    expect(dataset.quotes.filter((q) => q.id === 'q-first')).to.have.length(1);
  });

  it('keeps a record whose reference does not resolve, and says so', () => {
    const data = smallDataset();
    data.quotes[0].speakers = ['person-nobody'];
    data.quotes[0].sources[0].doc = 'missing.txt';
    const { dataset, issues } = validateDataset(data);
    const lines = issues.map(formatIssue);
    expect(lines).to.include('quotes[0] (id "q-first") speakers: refers to "person-nobody", which is not a record of people or organizations or places');
    expect(lines).to.include('quotes[0] (id "q-first") sources.0.doc: cites "missing.txt", which is not in sources');
    expect(dataset.quotes[0].id).to.equal('q-first');
  });

  it('reports unknown collections and non-objects instead of ignoring them', () => {
    expect(validateDataset({ quote: [] }).issues[0].message).to.contain('unknown collection "quote"');
    expect(validateDataset([1, 2]).issues[0].message).to.contain('expected an object with the collections');
    expect(validateDataset({ quotes: 'many' }).issues[0].message).to.contain('expected an array of records');
  });

  it('requires conflict links to be symmetric', () => {
    const data = smallDataset() as ReturnType<typeof smallDataset> & { quotes: Record<string, unknown>[] };
    data.quotes[0].conflictsWith = ['q-second'];
    const lines = validateDataset(data).issues.map(formatIssue);
    expect(lines).to.deep.equal(['quotes[0] (id "q-first") conflictsWith: "q-second" does not name this record back']);
  });
});
