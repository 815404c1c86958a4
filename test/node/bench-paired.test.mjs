// bench/report.mjs's "load by load" column: the interval of the paired loads' ratio and its verdict.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paired, targetsOf } from '../../bench/report.mjs';

test('eleven pairs: the 3rd and 9th smallest ratios bound the median at 93 %', () => {
  // ratios 1.0, 1.1, …, 2.0, given out of order
  const ratios = [1.5, 1.0, 2.0, 1.2, 1.8, 1.1, 1.9, 1.3, 1.7, 1.4, 1.6];
  const b = ratios.map((_, i) => 50 + i);
  const a = ratios.map((r, i) => r * b[i]);
  const p = paired(a, b, 1.5);
  assert.equal(p.n, 11);
  assert.ok(Math.abs(p.lo - 1.2) < 1e-9 && Math.abs(p.hi - 1.8) < 1e-9, `${p.lo}–${p.hi}`);
  assert.ok(Math.abs(p.median - 1.5) < 1e-9);
  assert.ok(Math.abs(p.confidence - (1 - 2 * 67 / 2048)) < 1e-9, String(p.confidence));
  assert.equal(p.clear, false, 'a range that holds 1.5 is within noise');
  assert.equal(paired(a, b, 1.1).clear, true, 'every plausible median above 1.1: missed beyond noise');
  assert.equal(paired(a, b, 1.1).met, false);
  assert.equal(paired(a, b, 1.9).met, true);
});

test('five pairs: the range is the smallest and largest ratio (94 %); "at least" targets read the other way', () => {
  const p = paired([30, 20, 50, 40, 10], [2, 2, 2, 2, 2], 10, false);
  assert.deepEqual([p.lo, p.median, p.hi], [5, 15, 25]);
  assert.ok(Math.abs(p.confidence - 30 / 32) < 1e-9);
  assert.equal(p.clear, false);
  assert.equal(paired([30, 22, 50, 40, 24], [2, 2, 2, 2, 2], 10, false).clear, true);
});

test('loads that do not pair up (a tool failed, or was loaded once) give no interval', () => {
  assert.equal(paired([1, 2, 3, 4, 5], [1, 2, 3, 4], 1.5), undefined);
  assert.equal(paired([1, 2, 3], [1, 2, 3], 1.5), undefined, 'too few to say anything');
});

test('a target whose paired range holds its limit is marked within noise, and one that does not is not', () => {
  const fast = (ours, stat) => ({ navigation: { results: { fast: { quote: { 0: { ours: { first: ours }, static: { first: stat } } } } } } });
  const near = targetsOf(fast([100, 95, 105, 110, 90], [70, 62, 66, 80, 61]))[0];
  assert.match(near.noise, /within noise/);
  assert.equal(near.withinNoise, true);
  const far = targetsOf(fast([200, 210, 190, 205, 220], [70, 62, 66, 80, 61]))[0];
  assert.match(far.noise, /missed beyond noise/);
  assert.equal(far.withinNoise, false);
  assert.equal(far.met, false);
});
