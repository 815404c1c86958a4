// Node-side browser harness for tests of built pages (the demo blog, the course page, dist/static):
// serves the repository read-only on a free port and opens a page in Debian's Chromium through
// puppeteer-core, recording what a user's console and network tab would show.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

export const root = new URL('../../', import.meta.url);

/**
 * A static server over the repository (no transforms: files exactly as built), with optional
 * response headers, and `pages`: HTML a test writes itself, served at the given paths.
 */
export async function serve({ headers = {}, pages = {} } = {}) {
  const setHeaders = async (ctx, next) => {
    if (Object.hasOwn(pages, ctx.path)) {
      ctx.type = 'html';
      ctx.body = pages[ctx.path];
    } else await next();
    for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  };
  const server = await startDevServer({
    config: { rootDir: root.pathname, port: 0, hostname: '127.0.0.1', nodeResolve: false, middleware: [setHeaders] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

export async function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Opens `url` and waits for the network to go quiet (`beforeLoad` runs in each new document of
 * the page, frames included, before its own scripts; requests whose URL the RegExp `block` matches
 * fail). Returns the page and what it logged:
 * console errors and warnings, uncaught exceptions, and every request URL (frames included).
 */
export async function visit(browser, url, { width = 1000, height = 800, beforeLoad, block } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
  // requests whose URL `block` matches fail, as if the file were missing
  if (block) {
    await page.setRequestInterception(true);
    page.on('request', (r) => (block.test(r.url()) ? r.abort() : r.continue()));
  }
  const log = { errors: [], warnings: [], requests: [], failed: [] };
  page.on('console', (m) => {
    // the browser's own request for /favicon.ico is not the page's doing
    if (m.type() === 'error' && /\/favicon\.ico$/.test(m.location()?.url ?? '')) return;
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warn' || m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.failed.push(r.url()));
  const response = await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, log, status: response?.status() };
}

/** Requests that left the page's origin (data: and blob: URLs are local). */
export const foreign = (requests, origin) =>
  requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(u));
