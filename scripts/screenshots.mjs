#!/usr/bin/env node
// Writes the README's screenshots (docs/*.png) from the built bundle, in headless Chromium. Run
// after `npm run build`:
//   node scripts/screenshots.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, serve } from '../test/node/browser.mjs';

/** name: the page's widget, the viewport width, what shows it is ready, what a reader did first. */
const SHOTS = {
  'timeline-axis': { tag: '<steppe-timeline></steppe-timeline>', width: 1280, ready: '.placed button.event' },
  'timeline-story': {
    tag: '<steppe-timeline layout="story" heading="The most-reported events, one at a time" no-filters></steppe-timeline>',
    width: 1280, ready: '[part="story-progress"]',
  },
  'membership-matrix': { tag: '<steppe-membership-matrix></steppe-membership-matrix>', width: 1024, ready: 'td[data-r]' },
  'trade-table': { tag: '<steppe-trade-table></steppe-trade-table>', width: 1024, ready: '.cell-button' },
  'trade-table-phone': {
    tag: '<steppe-trade-table></steppe-trade-table>', width: 390, ready: '.cell-button', dark: true,
  },
  'cite-this': {
    tag: '<steppe-quote-card quote-id="q-000-wang-lavrov-comprehensive-partnership"></steppe-quote-card>',
    width: 740, ready: '[part="cite-button"]', click: '[part="cite-button"]', after: 'steppe-cite',
  },
};
mkdirSync(new URL('../build/', import.meta.url), { recursive: true });
mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const [name, shot] of Object.entries(SHOTS)) {
    const tag = shot.dark ? shot.tag.replace('><', ' theme="dark"><') : shot.tag;
    writeFileSync(new URL(`../build/${name}.html`, import.meta.url), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<style>body{font-family:Georgia,serif;margin:16px;background:${shot.dark ? '#111' : '#fff'}}</style>
<script type="module" src="../dist/steppe-widgets.js"></script></head><body>${tag}</body></html>`);
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: 900 });
    await page.goto(`${server.origin}/build/${name}.html`);
    const host = tag.match(/^<([a-z-]+)/)[1];
    await page.waitForFunction((h, s) => Boolean(document.querySelector(h)?.shadowRoot?.querySelector(s)), {}, host, shot.ready);
    if (shot.click) {
      await page.evaluate((h, s) => document.querySelector(h).shadowRoot.querySelector(s).click(), host, shot.click);
      await page.waitForFunction((h, s) => Boolean(document.querySelector(h)?.shadowRoot?.querySelector(s)?.shadowRoot), {}, host, shot.after);
    }
    await new Promise((r) => setTimeout(r, 500));
    await (await page.$(host)).screenshot({ path: new URL(`../docs/${name}.png`, import.meta.url).pathname });
    await page.close();
    console.log(`docs/${name}.png`);
  }
} finally {
  await browser.close();
  await server.stop();
}
