// The README's benchmark figures are written by `node bench/readme.mjs` from bench/results.json;
// this fails when someone edits them by hand, or commits new results without writing them again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentBlock, expectedBlock } from '../../bench/readme.mjs';

test('the README benchmark block is what bench/readme.mjs writes from bench/results.json', () => {
  assert.equal(currentBlock(), expectedBlock(), 'README.md is out of step with bench/results.json: run `node bench/readme.mjs`');
});
