// The README's benchmark figures are written by `node bench/readme.mjs` from bench/results.json;
// this fails when someone edits them by hand, or commits new results without writing them again,
// and when the block leaves out figures that results.json holds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { currentBlock, expectedBlock } from '../../bench/readme.mjs';

const results = JSON.parse(readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8'));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const number = (text) => Number(text.replaceAll(',', ''));

test('the README benchmark block is what bench/readme.mjs writes from bench/results.json', () => {
  assert.equal(currentBlock(), expectedBlock(), 'README.md is out of step with bench/results.json: run `node bench/readme.mjs`');
});

test('the README shows every trade-table figure from navigation that bench/results.json holds', () => {
  const table = results.navigation?.results?.fast?.table ?? {};
  const block = currentBlock();
  let checked = 0;
  for (const [n, tools] of Object.entries(table)) {
    const label = Number(n) ? `${Number(n).toLocaleString('en')} rows` : 'real data, ';
    const row = block.split('\n').find((line) => line.startsWith(`| ${label}`) && line.includes(' / '));
    assert.ok(row, `no row for ${label} in the README's trade table from navigation`);
    const cells = row.split('|').slice(2, -1).map((c) => c.trim());
    ['ours', 'tabulator', 'gridjs'].forEach((tool, i) => {
      const shown = cells[i].split(' / ');
      ['first', 'sort', 'filter'].forEach((measure, j) => {
        const values = tools[tool]?.[measure] ?? [];
        if (!values.length) return;
        assert.ok(Math.abs(number(shown[j]) - median(values)) <= 0.5, `${label} ${tool} ${measure}: the README shows "${shown[j]}", results.json's median is ${median(values)}`);
        checked++;
      });
    });
  }
  assert.ok(checked >= 15, `only ${checked} figures checked`);
});
