// The demo page (npm start) follows the reader's colour scheme, and so do its widgets (theme="auto").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './browser.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
const luminance = (rgb) => {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

for (const scheme of ['light', 'dark']) {
  test(`the demo page's widgets are ${scheme} when the reader's system is ${scheme}`, async () => {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${server.origin}/demo/`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => Boolean(document.querySelector('steppe-timeline')?.shadowRoot?.querySelector('[part="base"]')));
    const colours = await page.evaluate(() => ['steppe-timeline', 'steppe-membership-matrix', 'steppe-trade-table', 'steppe-quote-card']
      .map((tag) => getComputedStyle(document.querySelector(tag).shadowRoot.querySelector('[part="base"]')).backgroundColor));
    await page.close();
    for (const c of colours) {
      if (scheme === 'dark') assert.ok(luminance(c) < 0.3, `${c} is not dark`);
      else assert.ok(luminance(c) > 0.7, `${c} is not light`);
    }
  });
}
