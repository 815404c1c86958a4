// The example apps, run as their users run them: examples/react (React 19) and examples/vue (Vue 3),
// each a Vite app with its own package.json and lockfile that depends on this package as
// "file:../..". Their .npmrc sets install-links, so npm installs a copy of what `npm pack` would
// publish (with its own lit), as from the registry, and the app's types meet only the app's own
// React or Vue, never the copies in this repository's node_modules. For each app:
// 1. install: `npm ci` when its node_modules is missing or holds another build of the package;
// 2. type-check (`npm run typecheck`: tsc or vue-tsc) together with test/node/examples/<app>-wrong-usage.*,
//    a file of mistakes: as written it must compile (so each expect-error line does fail), and with
//    the directives removed it must fail on exactly those lines, so the check cannot pass vacuously;
// 3. build (`npm run build`: vite build);
// 4. serve dist/ and open it in headless Chromium: the widget shows the app's own records, and a
//    click and a keypress in the widget reach the app, which shows the selection in its own DOM;
// and the README's React and Vue sections show the apps' files exactly as they are.
// Runs after `npm run build` (npm test builds first).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, visit, foreign, root } from './browser.mjs';

const rootDir = fileURLToPath(root);

const EXAMPLES = [
  { name: 'react', mistakes: 'react-wrong-usage.tsx', copyAs: 'src/wrong-usage.check.tsx',
    inReadme: [['src/records.ts', 'ts'], ['src/App.tsx', 'tsx']] },
  { name: 'vue', mistakes: 'vue-wrong-usage.vue', copyAs: 'src/WrongUsage.check.vue',
    inReadme: [['vite.config.ts', 'ts'], ['src/env.d.ts', 'ts'], ['src/App.vue', 'vue'], ['src/records.ts', 'ts']] },
];

// What the apps' records (examples/<app>/src/records.ts) and attributes put on screen.
const HEADING = 'What we read about';
const TITLES = [
  'Xi Jinping proposes the Silk Road Economic Belt in Astana',
  'Treaty on the Eurasian Economic Union signed',
];
const README = readFileSync(join(rootDir, 'README.md'), 'utf8');

const run = (command, args, cwd) => {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, output: `${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}` };
};

const filesUnder = (dir) => (existsSync(dir)
  ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(rootDir, join(e.parentPath, e.name)))
  : []);

/** Why the package installed in `dir` is not this build (a file missing or different), or ''. */
function staleInstall(dir) {
  const copy = join(dir, 'node_modules/steppe-widgets');
  if (!existsSync(copy)) return 'not installed';
  for (const file of ['package.json', 'custom-elements.json', ...filesUnder(join(rootDir, 'dist')), ...filesUnder(join(rootDir, 'bin'))]) {
    const installed = join(copy, file);
    if (!existsSync(installed) || !readFileSync(join(rootDir, file)).equals(readFileSync(installed))) return `${file} differs`;
  }
  return '';
}

/** tsc / vue-tsc diagnostics, `file(line,col): error TSxxxx: text`. */
const diagnostics = (output) => [...output.matchAll(/^(\S[^(\n]*)\((\d+),\d+\): error (TS\d+): (.*)$/gm)]
  .map(([, file, line, code, text]) => ({ file, line: Number(line), code, text }));

const CONTENT_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** A static server over a built app's dist/ (index.html for /). */
async function serveDir(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

for (const { name, mistakes, copyAs, inReadme } of EXAMPLES) {
  const dir = join(rootDir, 'examples', name);

  describe(`examples/${name}`, () => {
    before(() => {
      assert.ok(existsSync(join(rootDir, 'dist/types/frameworks/jsx.d.ts')), 'the package is not built: run npm run build');
    });

    test('the README shows its files as they are', () => {
      for (const [file, lang] of inReadme) {
        const block = `\`\`\`${lang}\n${readFileSync(join(dir, file), 'utf8')}\`\`\``;
        assert.ok(README.includes(block), `README.md has no \`\`\`${lang} block that is examples/${name}/${file} as it is`);
      }
      if (name === 'vue') {
        assert.match(readFileSync(join(dir, 'tsconfig.json'), 'utf8'), /"vueCompilerOptions": \{\s*(\/\/.*\s*)*"strictTemplates": true/);
        assert.ok(README.includes('"vueCompilerOptions": { "strictTemplates": true }'));
      }
    });

    test('installs from its lockfile, with this build of the package', () => {
      const why = staleInstall(dir);
      if (why) {
        rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
        const ci = run('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund', '--prefer-offline'], rootDir);
        assert.equal(ci.status, 0, `npm ci in examples/${name} (${why}) failed; if its lockfile no longer matches the package's dependencies, run npm install --prefix examples/${name}:\n${ci.output}`);
      }
      assert.equal(staleInstall(dir), '', 'after npm ci the package installed is this build');
    });

    test('type-checks, and its types reject the mistakes of a file written wrong on purpose', () => {
      const source = readFileSync(new URL(`examples/${mistakes}`, import.meta.url), 'utf8');
      const target = join(dir, copyAs);
      const typecheck = () => run('npm', ['run', '--silent', 'typecheck', '--', '--pretty', 'false'], dir);
      try {
        copyFileSync(new URL(`examples/${mistakes}`, import.meta.url), target);
        const asWritten = typecheck();
        assert.equal(asWritten.status, 0, `examples/${name} with ${mistakes} should type-check:\n${asWritten.output}`);

        const lines = source.split('\n');
        const directive = (l) => /^\s*(\/\/|\{\/\*|<!--)\s*@(ts|vue)-expect-error/.test(l);
        const expected = lines.flatMap((l, i) => (directive(l) ? [i + 2] : [])); // the line after
        assert.ok(expected.length >= 4, `${mistakes} has too few expect-error lines to prove anything`);
        writeFileSync(target, lines.map((l) => (directive(l) ? '' : l)).join('\n'));
        const stripped = typecheck();
        assert.notEqual(stripped.status, 0, `without its directives ${mistakes} must not type-check:\n${stripped.output}`);
        const errors = diagnostics(stripped.output);
        const inMistakes = errors.filter((e) => e.file === copyAs);
        assert.deepEqual(errors.filter((e) => e.file !== copyAs), [], 'errors outside the file of mistakes');
        assert.deepEqual([...new Set(inMistakes.map((e) => e.line))].sort((a, b) => a - b), expected,
          `without its directives ${mistakes} should fail on lines ${expected.join(', ')}:\n${stripped.output}`);
        const unresolved = inMistakes.filter((e) => ['TS2307', 'TS2304', 'TS2305', 'TS2614', 'TS2339'].includes(e.code) && /Cannot find|has no exported|IntrinsicElements/.test(e.text));
        assert.deepEqual(unresolved, [], 'an import, a name or an element does not resolve');
      } finally {
        rmSync(target, { force: true });
      }
    });

    test('builds with Vite', () => {
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      const build = run('npm', ['run', '--silent', 'build', '--', '--logLevel', 'warn'], dir);
      assert.equal(build.status, 0, build.output);
      assert.ok(existsSync(join(dir, 'dist/index.html')), 'dist/index.html');
    });

    describe('in headless Chromium', () => {
      let server;
      let browser;
      let page;
      let log;
      let status;

      const statusText = () => page.evaluate(() => document.querySelector('main [role="status"]')?.textContent.trim());
      const waitForStatus = (text) => page.waitForFunction(
        (t) => document.querySelector('main [role="status"]')?.textContent.trim() === t, { timeout: 5000 }, text,
      ).catch(async () => assert.fail(`the app shows "${await statusText()}", not "${text}"`));
      const eventButton = (index) => page.evaluateHandle(
        (i) => document.querySelector('steppe-timeline').shadowRoot.querySelectorAll('button[part~="event"]')[i], index,
      );

      before(async () => {
        assert.ok(existsSync(join(dir, 'dist/index.html')), `examples/${name} is not built`);
        server = await serveDir(join(dir, 'dist'));
        browser = await launch();
        ({ page, log, status } = await visit(browser, `${server.origin}/`));
        await page.waitForFunction(async () => {
          const timeline = document.querySelector('steppe-timeline');
          await timeline?.updateComplete;
          return timeline?.shadowRoot?.querySelectorAll('button[part~="event"]').length > 0;
        }, { timeout: 10000 });
      });

      after(async () => {
        await browser?.close();
        await server?.stop();
      });

      test('loads with no error, warning or failed request, and nothing from another origin', () => {
        assert.equal(status, 200);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.warnings, []);
        assert.deepEqual(log.failed, []);
        assert.deepEqual(foreign(log.requests, server.origin), []);
      });

      test('the timeline shows the app\'s own records (the dataset\'s data property) under the heading attribute', async () => {
        const shown = await page.evaluate(() => ({
          text: document.querySelector('steppe-timeline').shadowRoot.textContent.replace(/\s+/g, ' '),
          issues: document.querySelector('steppe-dataset').issues.length,
          buttons: document.querySelector('steppe-timeline').shadowRoot.querySelectorAll('button[part~="event"]').length,
        }));
        assert.equal(shown.issues, 0, 'the app\'s records are valid');
        assert.ok(shown.text.includes(HEADING), `heading "${HEADING}" in: ${shown.text}`);
        assert.ok(shown.text.includes('Showing 2 of 2 events'), `only the app's two events (not the embedded data): ${shown.text}`);
        for (const title of TITLES) assert.ok(shown.text.includes(title), `"${title}" in: ${shown.text}`);
        assert.equal(shown.buttons, 2);
        assert.equal(await statusText(), 'Nothing selected yet');
      });

      test('a click on an event reaches the app as steppe-select', async () => {
        await (await eventButton(1)).click();
        await waitForStatus(`Selected: ${TITLES[1]}`);
      });

      test('so does the keyboard: ArrowUp, then Enter', async () => {
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Enter');
        await waitForStatus(`Selected: ${TITLES[0]}`);
      });
    });
  });
}
