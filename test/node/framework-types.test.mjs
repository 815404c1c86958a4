// What a React, Preact, Solid, Vue or Svelte app (and a plain TypeScript page) writes, type-checked
// against the built package's generated types (test/node/types/*). Runs after `npm run build`.
// Each fixture is compiled twice with tsc, on its own, as an app would (strict, skipLibCheck, the
// package resolved through its `exports`):
// - as written, it must compile: what an app should write passes, and every `@ts-expect-error`
//   line does fail (tsc reports an unused directive otherwise);
// - with the directives removed, it must fail on exactly those lines and nowhere else, so no
//   expected error comes from a typo or an unresolved import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = new URL('types/', import.meta.url);
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const COMMON = ['--ignoreConfig', '--noEmit', '--pretty', 'false', '--strict', '--skipLibCheck', '--target', 'es2022',
  '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom,dom.iterable'];
const JSX = { react: 'react', preact: 'preact', solid: 'solid-js' };

function check(file, jsxSource) {
  const args = [...COMMON, ...(jsxSource ? ['--jsx', 'react-jsx', '--jsxImportSource', jsxSource] : []), fileURLToPath(file)];
  const r = spawnSync(process.execPath, [tsc, ...args], { encoding: 'utf8' });
  const errors = [...r.stdout.matchAll(/\((\d+),\d+\): error (TS\d+): (.*)/g)].map(([, line, code, text]) => ({ line: Number(line), code, text }));
  return { status: r.status, errors, output: r.stdout + r.stderr };
}

const fixtures = [
  ['react.tsx', 'React 19: attributes typed, onsteppe-select gets a SteppeSelectEvent'],
  ['preact.tsx', 'Preact'],
  ['solid.tsx', 'Solid: attr:, prop: and on:'],
  ['vue.mts', 'Vue: GlobalComponents'],
  ['svelte.mts', 'Svelte: svelteHTML'],
  ['events.mts', 'a widget\'s module alone types addEventListener(\'steppe-select\')'],
  ['events-class.mts', 'steppe-widgets/events: the event class as a value'],
];

for (const [name, what] of fixtures) {
  test(`${name}: ${what}`, () => {
    const file = new URL(name, dir);
    const jsxSource = JSX[name.replace(/\.tsx$/, '')];
    const asWritten = check(file, jsxSource);
    assert.equal(asWritten.status, 0, `${name} should compile:\n${asWritten.output}`);

    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const directive = (l) => /^\s*(\/\/|\{\/\*)\s*@ts-expect-error/.test(l);
    const expected = lines.flatMap((l, i) => (directive(l) ? [i + 2] : [])); // the line after
    assert.ok(expected.length > 0, `${name} has no @ts-expect-error lines to prove anything`);
    const stripped = new URL(`.stripped-${name}`, dir);
    writeFileSync(stripped, lines.map((l) => (directive(l) ? '' : l)).join('\n'));
    try {
      const bare = check(stripped, jsxSource);
      const failed = [...new Set(bare.errors.map((e) => e.line))].sort((a, b) => a - b);
      assert.deepEqual(failed, expected, `${name} without its directives should fail on lines ${expected.join(', ')}:\n${bare.output}`);
      const unrelated = bare.errors.filter((e) => ['TS2307', 'TS2304', 'TS2305', 'TS2614'].includes(e.code));
      assert.deepEqual(unrelated, [], 'an import or name does not resolve');
    } finally {
      rmSync(stripped, { force: true });
    }
  });
}
