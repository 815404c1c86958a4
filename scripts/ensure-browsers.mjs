#!/usr/bin/env node
// `npm test` runs this first: it makes sure the browsers the tests need are installed, the way
// Playwright's `install --with-deps` does. The node tests (test/node/) always use Chromium; wtr uses
// the browsers WTR_BROWSERS names (chromium, firefox, webkit), or all three when it is unset.
//
// - everything present: nothing to do, exit 0;
// - something missing and we are root on a Debian-like machine: `apt-get update` and
//   `apt-get install -y <the missing packages>`, then check again;
// - missing and not root: print the exact command to run (and how to run fewer browsers), exit 1;
// - missing and no apt-get: say what is missing and which variables point at other copies, exit 1.
//
// `--dry-run` prints what it would do and exits 0 without installing. The decision is `plan()`,
// a pure function of the environment, PATH and uid (test/node/ensure-browsers.test.mjs).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * What each browser needs: an executable found by an environment variable, on PATH, or at a fixed
 * path, and the Debian package that provides it. The same names and paths as
 * web-test-runner.config.mjs and scripts/webkit-driver.mjs use.
 */
export const REQUIREMENTS = {
  chromium: [{ what: 'Chromium', command: 'chromium', envVar: 'CHROME_PATH', pkg: 'chromium' }],
  firefox: [{ what: 'Firefox ESR', command: 'firefox-esr', envVar: 'FIREFOX_PATH', pkg: 'firefox-esr' }],
  webkit: [
    { what: 'WebKitWebDriver', command: 'WebKitWebDriver', pkg: 'webkit2gtk-driver' },
    { what: "WebKitGTK's MiniBrowser", path: MINIBROWSER, envVar: 'MINIBROWSER_PATH', pkg: 'libwebkit2gtk-4.1-0' },
    { what: 'Xvfb (MiniBrowser has no headless mode)', command: 'Xvfb', pkg: 'xvfb' },
  ],
};

const isExecutableFile = (file) => {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first `command` on `path` (a PATH string), or undefined. */
export function which(command, path, isExecutable = isExecutableFile) {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

/** The browsers a test run needs: Chromium for the node tests, plus those wtr will launch. */
export function wantedBrowsers(env) {
  const wtr = env.WTR_BROWSERS?.split(',').map((b) => b.trim()).filter(Boolean) ?? Object.keys(REQUIREMENTS);
  const unknown = wtr.filter((b) => !(b in REQUIREMENTS));
  if (unknown.length) throw new Error(`WTR_BROWSERS names unknown browsers: ${unknown.join(', ')} (known: ${Object.keys(REQUIREMENTS).join(', ')})`);
  return [...new Set(['chromium', ...wtr])];
}

/**
 * What to do, without doing it. `env` supplies PATH, WTR_BROWSERS and the *_PATH overrides; `uid`
 * is the effective user id (0 = root). Returns `action` ('none' | 'install' | 'instruct' |
 * 'unsupported'), the missing items, the Debian packages and the commands to run.
 */
export function plan({ env = process.env, uid = process.getuid?.() ?? -1, isExecutable = isExecutableFile } = {}) {
  const browsers = wantedBrowsers(env);
  const missing = [];
  for (const browser of browsers) {
    for (const req of REQUIREMENTS[browser]) {
      const override = req.envVar && env[req.envVar];
      const found = override ? isExecutable(override) : req.command ? which(req.command, env.PATH, isExecutable) : isExecutable(req.path);
      if (!found) missing.push({ browser, ...req, looked: override || (req.command ? `${req.command} on PATH` : req.path) });
    }
  }
  const packages = [...new Set(missing.map((m) => m.pkg))];
  if (!missing.length) return { action: 'none', browsers, missing, packages, commands: [] };
  const hasApt = Boolean(which('apt-get', env.PATH, isExecutable));
  const install = ['apt-get', 'install', '-y', ...packages];
  if (!hasApt) return { action: 'unsupported', browsers, missing, packages, commands: [] };
  if (uid === 0) return { action: 'install', browsers, missing, packages, commands: [['apt-get', 'update'], install] };
  return { action: 'instruct', browsers, missing, packages, commands: [['sudo', 'apt-get', 'update'], ['sudo', ...install]] };
}

const list = (missing) => missing.map((m) => `  - ${m.what} for ${m.browser} (${m.looked}; Debian package ${m.pkg})`).join('\n');
const others = (browsers) => (browsers.length > 1
  ? '\nOr test in fewer browsers, e.g. WTR_BROWSERS=chromium npm test (the node tests always need Chromium).' : '');

/** The message for a plan that cannot be carried out here. */
export function explain(p) {
  if (p.action === 'instruct') {
    return `The tests need browsers that are not installed:\n${list(p.missing)}\n` +
      `Install them (as root, this script would run the same commands itself):\n  ${p.commands.map((c) => c.join(' ')).join(' && ')}` +
      others(p.browsers);
  }
  if (p.action === 'unsupported') {
    return `The tests need browsers that are not installed:\n${list(p.missing)}\n` +
      `This machine has no apt-get, so they cannot be installed for you. Install them some other way and point ` +
      `CHROME_PATH, FIREFOX_PATH or MINIBROWSER_PATH at them (WebKitWebDriver and Xvfb must be on PATH).` + others(p.browsers);
  }
  return '';
}

function run(argv) {
  const p = plan();
  const dryRun = argv.includes('--dry-run');
  if (p.action === 'none') {
    console.log(`ensure-browsers: ${p.browsers.join(', ')} installed`);
    return 0;
  }
  if (p.action !== 'install') {
    console.error(`ensure-browsers: ${explain(p)}`);
    return dryRun ? 0 : 1;
  }
  console.log(`ensure-browsers: installing ${p.packages.join(' ')} for ${p.browsers.join(', ')} (missing:\n${list(p.missing)})`);
  for (const command of p.commands) {
    console.log(`ensure-browsers: ${command.join(' ')}`);
    if (dryRun) continue;
    const r = spawnSync(command[0], command.slice(1), {
      stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) {
      console.error(`ensure-browsers: \`${command.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`})`);
      return 1;
    }
  }
  if (dryRun) return 0;
  const after = plan();
  if (after.action !== 'none') {
    console.error(`ensure-browsers: still missing after apt-get install:\n${list(after.missing)}`);
    return 1;
  }
  console.log(`ensure-browsers: ${after.browsers.join(', ')} installed`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    console.error(`ensure-browsers: ${e.message}`);
    process.exitCode = 1;
  }
}
