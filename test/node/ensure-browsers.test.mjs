// scripts/ensure-browsers.mjs, which `npm test` runs first: what it decides for a machine with some
// browsers missing, as root or not, and that it leaves a complete machine alone. Nothing here
// installs or removes anything: PATH points at a temporary folder of stand-in executables, and the
// stand-in `apt-get` only records how it was called.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plan, explain } from '../../scripts/ensure-browsers.mjs';

const script = fileURLToPath(new URL('../../scripts/ensure-browsers.mjs', import.meta.url));

/** A folder with the named stand-in executables; `apt-get` among them appends its arguments to `log`. */
function fakeBin(names) {
  const dir = mkdtempSync(join(tmpdir(), 'ensure-browsers-'));
  const log = join(dir, 'apt-get.log');
  for (const name of names) {
    const body = name === 'apt-get' ? `#!/bin/sh\necho "$@" >> '${log}'\n` : '#!/bin/sh\nexit 0\n';
    writeFileSync(join(dir, name), body);
    chmodSync(join(dir, name), 0o755);
  }
  return { dir, log, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const ALL = ['chromium', 'firefox-esr', 'WebKitWebDriver', 'Xvfb', 'MiniBrowser', 'apt-get'];
/** An environment whose PATH is only `dir` (no system folders) and whose MiniBrowser is in `dir`. */
const envFor = (dir, extra = {}) => ({ PATH: dir, MINIBROWSER_PATH: join(dir, 'MiniBrowser'), ...extra });

test('everything installed: nothing to do, and apt-get is never run', () => {
  const bin = fakeBin(ALL);
  try {
    assert.equal(plan({ env: envFor(bin.dir), uid: 0 }).action, 'none');
    const r = spawnSync(process.execPath, [script], { env: envFor(bin.dir), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /chromium, firefox, webkit installed/);
    assert.equal(existsSync(bin.log), false, 'apt-get was called');
  } finally {
    bin.cleanup();
  }
});

test('not root: the exact apt-get command for the missing packages, and a failing exit', () => {
  const bin = fakeBin(['chromium', 'Xvfb', 'apt-get']);
  try {
    const p = plan({ env: envFor(bin.dir), uid: 1000 });
    assert.equal(p.action, 'instruct');
    assert.deepEqual(p.packages, ['firefox-esr', 'webkit2gtk-driver', 'libwebkit2gtk-4.1-0']);
    const message = explain(p);
    assert.ok(message.includes('sudo apt-get update && sudo apt-get install -y firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0'), message);
    assert.match(message, /Firefox ESR for firefox \(firefox-esr on PATH; Debian package firefox-esr\)/);
    assert.match(message, /WTR_BROWSERS=chromium npm test/);
  } finally {
    bin.cleanup();
  }
});

test('root: apt-get update, then apt-get install -y with only the missing packages', () => {
  const bin = fakeBin(['chromium', 'firefox-esr', 'MiniBrowser', 'apt-get']);
  try {
    const p = plan({ env: envFor(bin.dir), uid: 0 });
    assert.equal(p.action, 'install');
    assert.deepEqual(p.commands, [['apt-get', 'update'], ['apt-get', 'install', '-y', 'webkit2gtk-driver', 'xvfb']]);
    if (process.getuid?.() !== 0) return; // the script below decides by its own uid
    // The stand-in apt-get installs nothing, so the script runs both commands, checks again and fails.
    const r = spawnSync(process.execPath, [script], { env: envFor(bin.dir), encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(readFileSync(bin.log, 'utf8'), 'update\ninstall -y webkit2gtk-driver xvfb\n');
    assert.match(r.stderr, /still missing after apt-get install/);
  } finally {
    bin.cleanup();
  }
});

test('WTR_BROWSERS narrows what is needed; Chromium is always needed for the node tests', () => {
  const bin = fakeBin(['firefox-esr', 'apt-get']);
  try {
    const p = plan({ env: envFor(bin.dir, { WTR_BROWSERS: 'firefox' }), uid: 0 });
    assert.deepEqual(p.browsers, ['chromium', 'firefox']);
    assert.deepEqual(p.packages, ['chromium']);
    assert.equal(plan({ env: envFor(bin.dir, { WTR_BROWSERS: 'firefox', CHROME_PATH: join(bin.dir, 'firefox-esr') }), uid: 0 }).action, 'none',
      'CHROME_PATH stands in for chromium on PATH');
    assert.throws(() => plan({ env: envFor(bin.dir, { WTR_BROWSERS: 'safari' }) }), /unknown browsers: safari/);
  } finally {
    bin.cleanup();
  }
});

test('no apt-get: says what is missing and how to point at other copies, installs nothing', () => {
  const bin = fakeBin(['chromium']);
  try {
    const p = plan({ env: envFor(bin.dir, { WTR_BROWSERS: 'chromium,firefox' }), uid: 0 });
    assert.equal(p.action, 'unsupported');
    assert.match(explain(p), /no apt-get.*FIREFOX_PATH/s);
  } finally {
    bin.cleanup();
  }
});
