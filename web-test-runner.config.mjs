import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryLineReporter } from './scripts/wtr-summary-reporter.mjs';

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

const launchers = { chromium, firefox };
const installed = {
  chromium: existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium'),
  firefox: existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
};
// Every installed browser by default; WTR_BROWSERS=chromium (or firefox) picks.
const wanted = process.env.WTR_BROWSERS?.split(',').map((b) => b.trim()) ?? Object.keys(installed).filter((b) => installed[b]);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: wanted.map((b) => launchers[b]()),
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryLineReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
