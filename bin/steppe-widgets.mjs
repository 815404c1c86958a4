#!/usr/bin/env node
// `npx steppe-widgets static <widget> [--<attribute> <value> …]`: prints the static HTML of a
// widget's view (the same items, order and wording as the widget given those attributes, each
// with its sources) for course pages that strip scripts and iframes. Only allow-listed markup
// that Canvas's sanitizer keeps; every data string escaped.
import { STATIC_ATTRIBUTES, excerptsReady, renderFragment, renderPage } from '../dist/esm/static/render.js';

const WIDGETS = ['timeline', 'membership-matrix', 'trade-table', 'quote-card'];
const OPTIONS = { page: 'a whole HTML page instead of the fragment to paste', locale: 'numbers in this locale (default en)', 'heading-level': 'level of the widget heading, 2 to 4 (default 2)', 'id-prefix': 'prefix of the ids in the output' };

function usage(out) {
  out(`Usage: steppe-widgets static <widget> [--<attribute> <value> …] [--page] [--locale <bcp47>] [--heading-level <2-4>] [--id-prefix <id>]

Prints the static HTML of a widget's view to standard output: paste it into a course page that
strips scripts (Canvas, Moodle, Open edX). The attributes are the widget's own:
${WIDGETS.map((w) => `  ${w.padEnd(18)} ${STATIC_ATTRIBUTES[w].map((a) => `--${a}`).join(' ')}`).join('\n')}

Examples:
  steppe-widgets static timeline --kinds summit --from 2010
  steppe-widgets static trade-table --metric gdp --period 2016 --sort-by value --sort-direction descending
  steppe-widgets static timeline --layout story --actors China --page > story.html`);
}

/** `--name value`, `--name=value`, or `--name` alone (a boolean attribute, or `--page`). */
function parse(args) {
  const named = new Map();
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const eq = arg.indexOf('=');
    if (eq > 0) { named.set(arg.slice(2, eq), arg.slice(eq + 1)); continue; }
    const next = args[i + 1];
    if (next === undefined || next.startsWith('--')) named.set(arg.slice(2), '');
    else { named.set(arg.slice(2), next); i++; }
  }
  return { named, positional };
}

function fail(message) {
  process.stderr.write(`steppe-widgets: ${message}\nRun \`steppe-widgets --help\` for the usage.\n`);
  process.exit(2);
}

const { named, positional } = parse(process.argv.slice(2));
if (named.has('help') || positional[0] === 'help') { usage((s) => process.stdout.write(`${s}\n`)); process.exit(0); }
if (positional[0] !== 'static') fail(positional.length ? `unknown command “${positional[0]}”; the command is “static”` : 'no command given');
const widget = positional[1];
if (!WIDGETS.includes(widget)) fail(widget ? `unknown widget “${widget}”; one of ${WIDGETS.join(', ')}` : `which widget? one of ${WIDGETS.join(', ')}`);
if (positional.length > 2) fail(`unexpected argument “${positional[2]}”; attributes are given as --name value`);

const attributes = {};
for (const [name, value] of named) {
  if (name in OPTIONS) continue;
  if (!STATIC_ATTRIBUTES[widget].includes(name)) {
    fail(`<steppe-${widget}> has no attribute “${name}” that changes a static copy; it takes ${STATIC_ATTRIBUTES[widget].map((a) => `--${a}`).join(', ')}`);
  }
  attributes[name] = value;
}
const options = {
  attributes,
  locale: named.get('locale') || undefined,
  headingLevel: named.has('heading-level') ? Number(named.get('heading-level')) : undefined,
  idPrefix: named.get('id-prefix') || undefined,
};
await excerptsReady(); // the embedded excerpts ship apart in dist/esm
process.stdout.write(named.has('page') ? renderPage(widget, undefined, options) : renderFragment(widget, undefined, options));
