#!/usr/bin/env node
// Writes the README's benchmark table (between <!-- bench:start --> and <!-- bench:end -->) from
// bench/results.json, so that the README's figures are always the measured ones. `npm run bench`
// (bench/render.mjs) runs it last; test/node/readme-bench.test.mjs fails when the README's block differs from what
// this would write. `node bench/readme.mjs --check` only compares (exit code 1 when out of step).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readmeBlock } from './report.mjs';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';
const readmeFile = new URL('../README.md', import.meta.url);
const resultsFile = new URL('./results.json', import.meta.url);

/** The block as it should read, markers included, from the committed results. */
export function expectedBlock(results = JSON.parse(readFileSync(resultsFile, 'utf8'))) {
  return `${START}\n${readmeBlock(results)}\n${END}`;
}

/** The README's block as it reads now, markers included. */
export function currentBlock(readme = readFileSync(readmeFile, 'utf8')) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return readme.slice(start, end + END.length);
}

/** Writes the block into README.md (render.mjs calls this last); returns whether it changed. */
export function writeReadme() {
  const readme = readFileSync(readmeFile, 'utf8');
  const now = currentBlock(readme);
  const expected = expectedBlock();
  if (now === expected) return false;
  writeFileSync(readmeFile, readme.replace(now, () => expected));
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    if (currentBlock() !== expectedBlock()) {
      console.error('README.md: the benchmark block is out of step with bench/results.json; run `node bench/readme.mjs`');
      process.exit(1);
    }
  } else {
    console.log(writeReadme() ? 'README.md: benchmark block written from bench/results.json' : 'README.md: benchmark block already matches bench/results.json');
  }
}
