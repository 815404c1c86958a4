import { expect } from '@open-wc/testing';
import { compareNames, formatNumber } from '../src/lib/locale.js';
import { embeddedDataset, excerptsReady } from '../src/data/index.js';

before(() => excerptsReady());

// formatNumber writes some numbers by hand, to spare a page the browser's first number format;
// what it writes must be exactly what Intl.NumberFormat writes, in this browser.
describe('formatNumber', () => {
  const locales = ['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-NZ', 'en-IN', 'de', 'fr', 'ru', 'kk', 'zh', undefined];
  const values = [
    0, -0, 1, -1, 7, 12, 123, 999, 1000, -1000, 1234, 9999, 10000, 12345, 99999, 100000, 123456, 1234567, -7654321,
    1e9, 123456789012, 999999999999999, 1e15, 1.23e21, 2 ** 53, 0.5, 1.5, 20.8, -3.25, 0.001, 0.0001, 0.000001, 1.23456,
    1.234567, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0005, 1.9999995, 12345.678, 0.3, 45.05, 1e-7, Number.NaN, Infinity, -Infinity,
  ];
  for (const digits of [3, 6]) {
    it(`writes every number as Intl.NumberFormat does, with at most ${digits} decimals`, () => {
      const wrong: string[] = [];
      for (const locale of locales) {
        const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        for (const value of values) {
          const ours = formatNumber(value, locale, digits);
          if (ours !== intl.format(value)) wrong.push(`${locale} ${value}: ${ours} ≠ ${intl.format(value)}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });
  }

  it('writes every value of the embedded figures as Intl.NumberFormat does', () => {
    const intl = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
    const figures = embeddedDataset.figures;
    expect(figures.length).to.be.greaterThan(800);
    const wrong = figures.filter((f) => formatNumber(f.value, 'en', 6) !== intl.format(f.value)).map((f) => `${f.id}: ${f.value}`);
    expect(wrong).to.deep.equal([]);
  });
});

describe('compareNames', () => {
  const sign = (n: number) => Math.sign(n);

  it('orders names as localeCompare does: every country and organization name, and plain letters in every mix of case and spaces', () => {
    // the test browsers run in English; in another language every pair goes to localeCompare
    expect(navigator.language).to.match(/^en/i);
    const names = [...embeddedDataset.places, ...embeddedDataset.organizations].map((r) => r.name);
    // random names of letters and spaces, and near-twins: case, a space, a prefix
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const letters = 'aAbBkKzZ ';
    for (let i = 0; i < 400; i++) names.push(Array.from({ length: Math.floor(next() * 7) }, () => letters[Math.floor(next() * letters.length)]).join(''));
    names.push('Kazakhstan', 'kazakhstan', 'KAZAKHSTAN', 'Kazakh stan', 'Kazakhstans', 'New Zealand', 'Newark', 'China', 'Chin', '');
    const wrong: string[] = [];
    for (const a of names) for (const b of names) {
      if (sign(compareNames(a, b)) !== sign(a.localeCompare(b))) wrong.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
    expect(wrong.slice(0, 10)).to.deep.equal([]);
  });
});
