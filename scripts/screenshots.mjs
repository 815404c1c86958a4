#!/usr/bin/env node
// Writes the README's screenshots (docs/*.png) from the built bundle, in headless Chromium:
// the default timeline axis and the story layout at 1,280 px. Run after `npm run build`:
//   node scripts/screenshots.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, serve } from '../test/node/browser.mjs';

const SHOTS = {
  'timeline-axis': '<steppe-timeline></steppe-timeline>',
  'timeline-story': '<steppe-timeline layout="story" heading="The most-reported events, one at a time" no-filters></steppe-timeline>',
};
mkdirSync(new URL('../build/', import.meta.url), { recursive: true });
mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const [name, tag] of Object.entries(SHOTS)) {
    writeFileSync(new URL(`../build/${name}.html`, import.meta.url), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{font-family:Georgia,serif;margin:16px;background:#fff}</style>
<script type="module" src="../dist/steppe-widgets.js"></script></head><body>${tag}</body></html>`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/build/${name}.html`);
    await page.waitForFunction(() => {
      const root = document.querySelector('steppe-timeline')?.shadowRoot;
      return Boolean(root?.querySelector('.placed button.event, [part="story-progress"]'));
    });
    await new Promise((r) => setTimeout(r, 500));
    await (await page.$('steppe-timeline')).screenshot({ path: new URL(`../docs/${name}.png`, import.meta.url).pathname });
    await page.close();
    console.log(`docs/${name}.png`);
  }
} finally {
  await browser.close();
  await server.stop();
}
