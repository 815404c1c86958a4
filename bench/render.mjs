#!/usr/bin/env node
// Time to first render (element created → the frame that paints its first rows) of
// <steppe-timeline> (real dataset; synthetic 1k / 3.5k / 10k events) and <steppe-trade-table>
// (real figures; synthetic 1k / 10k rows), in headless Chromium, over several runs.
// Needs `npm run build` first. Usage: node bench/render.mjs [runs]
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const runs = Number(process.argv[2] ?? 7);
const server = await startDevServer({ config: { rootDir: '.', port: Number(process.env.BENCH_PORT ?? 8765), hostname: '127.0.0.1' }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const base = `http://127.0.0.1:${server.server.address().port}/bench/render.html`;
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const rows = [];
for (const [label, query] of [['timeline: real dataset, axis', 'n=0&layout=axis'], ['timeline: real dataset, list', 'n=0&layout=list'],
  ['timeline: 1,000 synthetic, axis', 'n=1000&layout=axis'], ['timeline: 3,500 synthetic, axis', 'n=3500&layout=axis'],
  ['timeline: 10,000 synthetic, axis', 'n=10000&layout=axis'], ['timeline: 10,000 synthetic, list', 'n=10000&layout=list'],
  ['trade table: real figures', 'widget=steppe-trade-table&n=0&layout=table'],
  ['trade table: 1,000 synthetic rows', 'widget=steppe-trade-table&n=1000&layout=table'],
  ['trade table: 10,000 synthetic rows', 'widget=steppe-trade-table&n=10000&layout=table']]) {
  const times = [];
  let buttons = 0;
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.goto(`${base}?${query}`);
    await page.waitForFunction(() => window.__result, { timeout: 60000 });
    const r = await page.evaluate(() => window.__result);
    times.push(r.ms);
    buttons = r.buttons;
    await page.close();
  }
  rows.push({ label, median: median(times), min: Math.min(...times), max: Math.max(...times), buttons });
}
const version = await browser.version();
await browser.close();
await server.stop();
console.log(`| case | median ms | min–max ms | rows/events in the DOM |\n| --- | ---: | ---: | ---: |`);
for (const r of rows) console.log(`| ${r.label} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)}–${r.max.toFixed(0)} | ${r.buttons} |`);
console.log(`\n${runs} runs each, ${version}, ${(await import('node:os')).cpus().length} cores.`);
