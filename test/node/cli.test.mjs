// `npx steppe-widgets static <widget> [--<attribute> <value> …]`: the static copy of any view on
// standard output, what Canvas's sanitizer keeps whole; clear errors for what it cannot do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { root } from './browser.mjs';
import { canvasSanitize } from '../../examples/course/canvas-allow-list.mjs';

const bin = new URL('bin/steppe-widgets.mjs', root).pathname;
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const count = (html, re) => (html.match(re) ?? []).length;

test('prints a filtered timeline: fewer events than the whole, each with its sources, nothing Canvas would remove', () => {
  const all = run('static', 'timeline');
  const summits = run('static', 'timeline', '--kinds', 'summit', '--actors=Kazakhstan', '--from', '2010');
  assert.equal(summits.status, 0, summits.stderr);
  const n = count(summits.stdout, /<li class="steppe-event"/g);
  assert.ok(n > 2 && n < count(all.stdout, /<li class="steppe-event"/g) / 10, `${n} summits`);
  assert.match(summits.stdout, /Filters: actors “Kazakhstan”, kinds “summit”, from “2010”/);
  assert.equal(count(summits.stdout, /<ul class="steppe-sources"/g), n, 'every event has its sources');
  assert.ok(!/<li class="steppe-event"[^]*?<strong class="steppe-date">(?:19\d\d|200\d)/.test(summits.stdout), 'nothing before 2010');
  assert.deepEqual(canvasSanitize(summits.stdout).removed, []);
});

test('takes boolean and sort attributes: a printed table, figures sorted by value', () => {
  const pivot = run('static', 'trade-table', '--table', 'Table 2. GDP', '--pivot');
  assert.equal(pivot.status, 0, pivot.stderr);
  assert.match(pivot.stdout, /<table class="steppe-figures steppe-pivot">\n<caption>Table 2\. GDP of Central Asian/);
  const sorted = run('static', 'trade-table', '--metric', 'gdp', '--period', '2016', '--sort-by', 'value', '--sort-direction', 'descending');
  const labels = [...sorted.stdout.matchAll(/<tr><th scope="row">([^<]+)</g)].map((m) => m[1]);
  assert.ok(labels.length > 3);
  assert.equal(labels[0], 'GDP of China (current US$)');
  assert.deepEqual(canvasSanitize(sorted.stdout).removed, []);
});

test('--page gives a whole page; the quote card takes a quotation id', () => {
  const page = run('static', 'quote-card', '--quote-id', 'q-000-wang-lavrov-comprehensive-partnership', '--page');
  assert.equal(page.status, 0, page.stderr);
  assert.match(page.stdout, /^<!doctype html>/);
  assert.match(page.stdout, /<blockquote><p>comprehensive strategic cooperative partnership<\/p><\/blockquote>/);
});

test('says what is wrong, on standard error, with exit code 2', () => {
  for (const [args, message] of [
    [['static', 'globe'], /unknown widget “globe”; one of timeline, membership-matrix, trade-table, quote-card/],
    [['static', 'timeline', '--colour', 'red'], /<steppe-timeline> has no attribute “colour”/],
    [['render', 'timeline'], /unknown command “render”/],
    [[], /no command given/],
  ]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
  }
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: steppe-widgets static <widget>/);
});
