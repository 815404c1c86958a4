#!/usr/bin/env node
// Writes dist/data/<collection>.json and .csv for every collection (a public contract: the file
// names and the JSON shape stay stable). Validates the embedded data first with the built library,
// so a bad record fails the build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { COLLECTIONS, formatIssue, validateDataset } from '../dist/esm/data/index.js';

const records = new URL('../src/data/records/', import.meta.url);
const out = new URL('../dist/data/', import.meta.url);
mkdirSync(out, { recursive: true });

const dataset = Object.fromEntries(
  COLLECTIONS.map((c) => [c, JSON.parse(readFileSync(new URL(`${c}.json`, records), 'utf8'))]),
);
const { issues } = validateDataset(dataset);
if (issues.length) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`export-data: the embedded data has ${issues.length} problems`);
  process.exit(1);
}

/**
 * One CSV row per record: nested objects become dotted columns (date.text, date.start), lists of
 * plain values are joined with "; ", lists of objects get numbered columns (sources.1.doc,
 * sources.1.excerpt), so citations stay beside the datum they support.
 */
function flatten(value, prefix, row) {
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
