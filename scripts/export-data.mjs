#!/usr/bin/env node
// Writes dist/data/<collection>.json and .csv for every collection (a public contract: the file
// names and the JSON shape stay stable). Validates the embedded data first with the built library,
// so a bad record fails the build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { COLLECTIONS, formatIssue, validateDataset } from '../dist/esm/data/index.js';
import { readableDate } from '../dist/esm/lib/dates.js';
import { fullReference, readableExcerpt } from '../dist/esm/lib/reference.js';

const records = new URL('../src/data/records/', import.meta.url);
const out = new URL('../dist/data/', import.meta.url);
mkdirSync(out, { recursive: true });

const dataset = Object.fromEntries(
  COLLECTIONS.map((c) => [c, JSON.parse(readFileSync(new URL(`${c}.json`, records), 'utf8'))]),
);
const { issues } = validateDataset(dataset);
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
if (issues.length) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`export-data: the embedded data has ${issues.length} problems`);
  process.exit(1);
}

/**
 * One CSV row per record: nested objects become dotted columns (date.text, date.start), lists of
 * plain values are joined with "; ", lists of objects get numbered columns (sources.1.doc,
 * sources.1.excerpt), so citations stay beside the datum they support. Beside the data's own
 * fields, each date gets a `.reads` column (what the widgets show: "21 December 1991", never the
 * text's wording alone) and each citation a `.reference` (the document as a reader knows it, not its
 * file name) and an excerpt without the text file's markdown escapes.
 */
const isDate = (v) => v && typeof v === 'object' && typeof v.start === 'string' && typeof v.text === 'string';
function flatten(value, prefix, row) {
  if (isDate(value)) row[`${prefix}.reads`] = readableDate(value);
  if (value && typeof value === 'object' && typeof value.doc === 'string' && typeof value.excerpt === 'string') {
    const source = sources.get(value.doc);
    row[`${prefix}.reference`] = source ? fullReference(source) : value.doc;
    row[`${prefix}.title`] = source?.title ?? '';
    row[`${prefix}.authors`] = source ? (source.authors.length ? source.authors.join('; ') : 'unsigned') : '';
    row[`${prefix}.year`] = source?.year ?? '';
    value = { ...value, excerpt: readableExcerpt(value.excerpt) };
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) row[prefix] = value.join('; ');
    else value.forEach((v, i) => flatten(v, `${prefix}.${i + 1}`, row));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, row);
  } else row[prefix] = value;
  return row;
}

for (const c of COLLECTIONS) {
  const list = dataset[c];
  writeFileSync(new URL(`${c}.json`, out), `${JSON.stringify(list, null, 2)}\n`);
  const rows = list.map((r) => flatten(r, '', {}));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  writeFileSync(new URL(`${c}.csv`, out), stringify(rows, { bom: true, header: true, columns, record_delimiter: 'windows' }));
  console.log(`dist/data/${c}.json, ${c}.csv: ${list.length} records`);
}
