import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { summaryLineReporter } from './scripts/wtr-summary-reporter.mjs';
import { holdKeyPlugin } from './scripts/wtr-hold-key.mjs';
import { literals } from './scripts/minify-literals.mjs';
import { packedRecords } from './scripts/pack-data.mjs';
import { startWebKitWebDriver } from './scripts/webkit-driver.mjs';

// Debian's Chromium; npm packages may not download browsers here. As root it needs --no-sandbox.
const chromium = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--no-first-run'],
    },
  });

// Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core (no geckodriver needed).
const firefox = () =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
  });

// WebKitGTK's MiniBrowser through Debian's WebKitWebDriver (package webkit2gtk-driver). MiniBrowser
// has no headless mode, so scripts/webkit-driver.mjs starts it on its own Xvfb display.
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webkit = async () => {
  const { hostname, port } = await startWebKitWebDriver();
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname,
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true, // else webdriverio asks for BiDi: "Failed to match capabilities"
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
};

const launchers = { chromium, firefox, webkit };
const installed = {
  chromium: existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium'),
  firefox: existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
  webkit: existsSync('/usr/bin/WebKitWebDriver') && existsSync(MINIBROWSER) && existsSync('/usr/bin/Xvfb'),
};
// Every installed browser by default; WTR_BROWSERS=chromium (or firefox, webkit, or a list) picks.
const wanted = process.env.WTR_BROWSERS?.split(',').map((b) => b.trim()) ?? Object.keys(installed).filter((b) => installed[b]);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // the embedded collections in the packed form the bundles ship (scripts/pack-data.mjs)
  mimeTypes: { 'src/data/records/**/*.json': 'js' },
  plugins: [fromRollup(packedRecords)({ extension: '.ts' }), fromRollup(literals)(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), holdKeyPlugin()],
  browsers: await Promise.all(wanted.map((b) => launchers[b]())),
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryLineReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
