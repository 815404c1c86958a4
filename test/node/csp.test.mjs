// The built bundle and the embed pages, served with a strict Content-Security-Policy header (not a
// meta tag): everything renders and the browser reports no violation. Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, visit } from './browser.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
let server;
let browser;
before(async () => {
  server = await serve({ headers: { 'Content-Security-Policy': CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Installed before any script of the page: collects every CSP violation the browser reports. */
function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
}

/** How many of each widget have rendered content in their shadow roots. */
const rendered = (page) => page.evaluate(() => Object.fromEntries(
  ['steppe-quote-card', 'steppe-timeline', 'steppe-membership-matrix', 'steppe-trade-table'].map((tag) => [tag,
    [...document.querySelectorAll(tag)].filter((el) => el.shadowRoot?.querySelector('[part~="base"] *')).length]),
));

test('the bundle under a strict CSP header: every widget renders, opens its details, no violation', async () => {
  const { page, log, status } = await visit(browser, `${server.origin}/test/pages/csp-bundle.html`, { beforeLoad: recordViolations });
  assert.equal(status, 200);
  assert.equal((await page.evaluate(() => document.querySelector('steppe-timeline') && getComputedStyle(document.body).display)), 'block');
  await page.waitForFunction(() => [...document.querySelectorAll('steppe-trade-table')].every((t) => t.shadowRoot?.querySelector('table')), { timeout: 10000 });
  assert.deepEqual(await rendered(page), { 'steppe-quote-card': 1, 'steppe-timeline': 2, 'steppe-membership-matrix': 1, 'steppe-trade-table': 2 });
  // what a reader opens: every source disclosure, and the Embed panel (its module loads lazily)
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('*')) for (const d of el.shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
    const card = document.querySelector('steppe-quote-card');
    for (let i = 0; i < 100 && !card.shadowRoot.querySelector('steppe-embed-code')?.shadowRoot?.querySelector('button'); i++) await new Promise(requestAnimationFrame);
    card.shadowRoot.querySelector('steppe-embed-code').shadowRoot.querySelector('button').click();
    await new Promise((r) => setTimeout(r, 200));
  });
  assert.match(await page.evaluate(() => document.querySelector('steppe-quote-card').shadowRoot.querySelector('steppe-embed-code').shadowRoot.querySelector('textarea').value), /^<iframe src="/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.errors, []);
  // the recorder works: an inline style attribute is a violation under this policy
  await page.evaluate(() => { const p = document.createElement('p'); p.setAttribute('style', 'color:red'); document.body.append(p); });
  await page.waitForFunction(() => window.__violations.length > 0, { timeout: 5000 });
});

for (const [widget, query] of [['timeline', 'actors=China&from=2013'], ['membership-matrix', 'orgs=SCO'], ['trade-table', 'table=Table%205&pivot'], ['quote-card', '']]) {
  test(`the ${widget} embed page under the same header renders with no violation`, async () => {
    const { page, log, status } = await visit(browser, `${server.origin}/dist/embed/${widget}.html?${query}`, { beforeLoad: recordViolations });
    assert.equal(status, 200);
    await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"] *'), { timeout: 10000 }, `steppe-${widget}`);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  });
}
