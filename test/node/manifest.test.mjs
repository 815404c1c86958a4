// custom-elements.json and what the generators make of it, as the package ships them. Runs after
// `npm run build`. A manifest with an event named `id`, an unnamed one or a src/*.ts path made the
// generated framework types say `onid`, `onundefined` and `CustomEvent<never>`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { root } from './browser.mjs';
import { shippedEvents, shippedPaths } from '../../scripts/cem-plugins.mjs';

const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const packed = new Set(JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0].files.map((f) => f.path));
const TAGS = ['steppe-dataset', 'steppe-membership-matrix', 'steppe-quote-card', 'steppe-timeline', 'steppe-trade-table'];
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: m.path })));

test('every element is described, with its tag', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), TAGS);
});

test('every event is named steppe-<verb> and typed with its event class; none unnamed, none never', () => {
  const events = elements.flatMap((e) => (e.events ?? []).map((ev) => ({ element: e.tagName, ...ev })));
  assert.ok(events.length >= 3, 'the timeline, matrix and trade table fire steppe-select');
  for (const ev of events) {
    assert.match(ev.name ?? '', /^steppe-[a-z]+(-[a-z]+)*$/, `${ev.element}: event ${JSON.stringify(ev)}`);
    assert.equal(ev.type?.text, 'SteppeSelectEvent', `${ev.element}: ${ev.name} type`);
    assert.ok(ev.description, `${ev.element}: ${ev.name} has no description`);
  }
  const types = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.type?.text === 'string') types.push(node.type.text);
      Object.values(node).forEach(walk);
    }
  };
  walk(manifest.modules);
  assert.deepEqual(types.filter((t) => /\bnever\b/.test(t)), [], 'a type says never');
});

test('every path in it is a file the package ships', () => {
  const paths = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.module === 'string') paths.add(node.module);
      Object.values(node).forEach(walk);
    }
  };
  for (const m of manifest.modules) paths.add(m.path);
  walk(manifest.modules);
  const missing = [...paths].filter((p) => !packed.has(p.replace(/^\.?\//, '')));
  assert.deepEqual(missing, []);
  assert.ok(packed.has(pkg.customElements), 'the manifest itself is shipped');
});

test('each element names the entry module that registers it', () => {
  for (const tag of TAGS) {
    const definition = manifest.modules.flatMap((m) => (m.exports ?? []).map((e) => ({ ...e, path: m.path })))
      .find((e) => e.kind === 'custom-element-definition' && e.name === tag);
    assert.ok(definition, `no definition of <${tag}>`);
    assert.equal(definition.path, pkg.exports[`./${tag.replace('steppe-', '')}`].default.replace(/^\.\//, ''));
  }
});

test('the generated types and editor data name every element and its event, and nothing undefined', () => {
  const files = {
    jsx: read('dist/types/frameworks/jsx.d.ts'),
    vue: read('dist/types/frameworks/vue.d.ts'),
    svelte: read('dist/types/frameworks/svelte-elements.d.ts'),
    vscode: read('dist/vscode.html-custom-data.json'),
    webTypes: read('dist/web-types.json'),
  };
  for (const [name, text] of Object.entries(files)) {
    for (const tag of TAGS) assert.ok(text.includes(`"${tag}"`), `${name}: no ${tag}`);
    assert.ok(text.includes('steppe-select'), `${name}: no steppe-select`);
    assert.doesNotMatch(text, /onundefined|on:?undefined|"onid"|on:id"|CustomEvent<never>|CustomEvent<SteppeSelectEvent>/, name);
    assert.doesNotMatch(text, /\bsrc\/[\w/-]+\.ts\b/, `${name} points at sources`);
  }
  // an attribute typed by an alias lists the alias's values, not its name
  const theme = JSON.parse(files.vscode).tags.find((t) => t.name === 'steppe-quote-card').attributes.find((a) => a.name === 'theme');
  assert.deepEqual(theme.values.map((v) => v.name).sort(), ['auto', 'dark', 'light']);
  const webTypes = JSON.parse(files.webTypes);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(pkg['web-types'], './dist/web-types.json');
});

test('the analysis fails on an event that is dispatched but not documented with @fires {Class} name', () => {
  const run = (events) => shippedEvents().packageLinkPhase({ customElementsManifest: { modules: [{ path: 'src/x.ts', declarations: [{ name: 'SteppeX', events }] }] } });
  assert.doesNotThrow(() => run([{ name: 'id', type: { text: 'SteppeSelectEvent' } }, { name: 'steppe-select', description: 'd', type: { text: 'SteppeSelectEvent' } }]));
  assert.throws(() => run([{ type: { text: 'SteppeOtherEvent' } }, { name: 'steppe-select', description: 'd', type: { text: 'SteppeSelectEvent' } }]), /dispatches SteppeOtherEvent without an @fires/);
  assert.throws(() => run([{ name: 'steppe-select', description: 'd' }]), /names no event class/);
});

test('paths: relative and rooted references become package paths', () => {
  const manifest = { modules: [{ path: 'src/index.ts', declarations: [{ name: 'SteppeX', tagName: 'steppe-x', superclass: { name: 'B', module: '/src/lib/b.js' } }],
    exports: [{ kind: 'js', name: 'E', declaration: { name: 'E', module: './lib/events.js' } }, { kind: 'custom-element-definition', name: 'tag', declaration: { name: 'ctor', module: 'src/lib/define.ts' } }] }] };
  shippedPaths({ entries: {} }).packageLinkPhase({ customElementsManifest: manifest });
  const [mod] = manifest.modules;
  assert.equal(mod.path, 'dist/esm/index.js');
  assert.equal(mod.declarations[0].superclass.module, 'dist/esm/lib/b.js');
  assert.deepEqual(mod.exports, [{ kind: 'js', name: 'E', declaration: { name: 'E', module: 'dist/esm/lib/events.js' } }]);
});
