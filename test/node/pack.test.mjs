// What `npm install steppe-widgets` gives a user: the packed file list, checked against the
// package.json that describes it. Runs after `npm run build` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { root } from './browser.mjs';

const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
const files = new Set(packed.files.map((f) => f.path));

/** The targets of the exports map, with `*` patterns expanded against the packed files. */
function targets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(targets);
}
const matches = (pattern) => {
  const re = new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?')}$`);
  return [...files].filter((f) => re.test(f));
};

test('every export points at a packed file', () => {
  for (const [entry, value] of Object.entries(pkg.exports)) {
    for (const target of targets(value)) {
      assert.ok(matches(target).length > 0, `exports["${entry}"] → ${target} is not in the package`);
    }
  }
  for (const [name, target] of Object.entries(pkg.bin ?? {})) {
    assert.ok(files.has(target.replace(/^\.\//, '')), `bin ${name}: ${target} is not in the package`);
    assert.match(readFileSync(new URL(target, root), 'utf8'), /^#!\/usr\/bin\/env node\n/, `bin ${name} runs with node`);
  }
  for (const field of ['main', 'module', 'types', 'customElements']) {
    assert.ok(files.has(pkg[field].replace(/^\.\//, '')), `${field}: ${pkg[field]} is not in the package`);
  }
});

test('the package holds what users need: bundle, modules, types, data, embed pages, static fallback, manifest', () => {
  for (const name of ['dist/steppe-widgets.js', 'dist/esm/index.js', 'dist/types/index.d.ts', 'custom-elements.json', 'README.md',
    'dist/data/events.json', 'dist/data/events.csv', 'dist/embed/embed.js', 'dist/embed/resize.js']) {
    assert.ok(files.has(name), `${name} missing`);
  }
  for (const widget of ['timeline', 'membership-matrix', 'trade-table', 'quote-card']) {
    assert.ok(files.has(`dist/embed/${widget}.html`), `embed page for ${widget} missing`);
    assert.ok(matches(`dist/static/${widget}*.html`).length > 0, `static fallback for ${widget} missing`);
    assert.ok(files.has(`dist/esm/components/${widget}/${widget}.js`), `module for ${widget} missing`);
  }
});

test('and nothing users do not need: no sources, tests, stories, examples or build tooling', () => {
  const stray = [...files].filter((f) => /^(src|test|stories|examples|scripts|bench|node_modules|build|\.storybook|\.ci)\//.test(f) || /\.test\./.test(f));
  assert.deepEqual(stray, []);
});

test('sideEffects names the entry modules that register elements, and not the class modules', () => {
  // A bare `import 'steppe-widgets/timeline'` must keep its module; `import { SteppeTimeline } from
  // 'steppe-widgets'` must keep only that widget, so the class modules (which register their element
  // when a bundle keeps them) are not listed (test/node/tree-shaking.test.mjs bundles both).
  const covered = new Set(pkg.sideEffects.flatMap(matches));
  const entries = Object.entries(pkg.exports).filter(([k]) => /^\.\/(all|dataset|timeline|membership-matrix|trade-table|quote-card)$/.test(k))
    .map(([, v]) => v.default.replace(/^\.\//, ''));
  assert.equal(entries.length, 6);
  assert.deepEqual(entries.filter((f) => !covered.has(f)), []);
  // the embed pages' scripts and the one-quotation entries run on load
  const scripts = [...files].filter((f) => /^dist\/(embed|quote)\/.*\.js$/.test(f));
  assert.ok(scripts.length >= 3, `expected the embed and quotation scripts, found ${scripts.join(', ')}`);
  assert.deepEqual(scripts.filter((f) => !covered.has(f)), []);
  const classModules = [...files].filter((f) => /^dist\/esm\/(index|events|components\/.*)\.js$/.test(f));
  assert.deepEqual(classModules.filter((f) => covered.has(f)), []);
});

test('is a reasonable download', () => {
  assert.ok(packed.size < 4_000_000, `packed ${packed.size} bytes`);
  console.log(`npm pack: ${files.size} files, ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked`);
});
