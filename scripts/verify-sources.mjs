#!/usr/bin/env node
// npm run verify:sources -- <dir>
// Checks every citation in src/data/records/*.json against the seed texts in <dir>: each
// excerpt (and each quotation's text) must be found verbatim in the cited file once runs of white
// space are collapsed. Curly quotes, dashes and hyphenation are compared as they are.
// Lists every excerpt it cannot find and exits 1; exits 2 when <dir> is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error(`usage: npm run verify:sources -- <folder with the seed texts>${dir ? ` (not found: ${dir})` : ''}`);
  process.exit(2);
}
const records = new URL('../src/data/records/', import.meta.url);
const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const texts = new Map();
const textOf = (doc) => {
  if (!texts.has(doc)) {
    const path = join(dir, doc);
    texts.set(doc, existsSync(path) ? collapse(readFileSync(path, 'utf8')) : null);
  }
  return texts.get(doc);
};

let checked = 0;
const missing = [];
for (const file of readdirSync(records).filter((f) => f.endsWith('.json')).sort()) {
  const list = JSON.parse(readFileSync(new URL(file, records), 'utf8'));
  for (const record of list) {
    for (const [i, ref] of (record.sources ?? []).entries()) {
      checked++;
      const text = textOf(ref.doc);
      if (text === null) missing.push(`${file} ${record.id} sources[${i}]: document not found: ${ref.doc}`);
      else if (!text.includes(collapse(ref.excerpt))) missing.push(`${file} ${record.id} sources[${i}] (${ref.doc}): excerpt not found: "${ref.excerpt}"`);
    }
    if (file === 'quotes.json') {
      checked++;
      const found = (record.sources ?? []).some((ref) => textOf(ref.doc)?.includes(collapse(record.text)));
      if (!found) missing.push(`${file} ${record.id}: quotation text not found in its sources: "${record.text}"`);
    }
  }
}
for (const line of missing) console.log(line);
console.log(`verify:sources: ${checked - missing.length} of ${checked} excerpts found${missing.length ? `, ${missing.length} missing` : ''}`);
process.exit(missing.length ? 1 : 0);
