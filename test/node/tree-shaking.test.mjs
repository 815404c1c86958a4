// What a bundler keeps of the package, for each way an app imports it (scripts/lib/app-bundle.mjs:
// esbuild, as if installed). Runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { bundleAsApp } from '../../scripts/lib/app-bundle.mjs';

const WIDGETS = ['dataset', 'membership-matrix', 'quote-card', 'timeline', 'trade-table'];
const widgetsIn = (kept) => WIDGETS.filter((w) => kept.some((p) => p.startsWith(`dist/esm/components/${w}/`)));
const collectionsIn = (kept) => kept.filter((p) => /\/records\//.test(p)).map((p) => p.replace(/.*records\//, '').replace(/\.json\.js$/, '')).sort();

test('one class from the root keeps that widget, registered, with only its data, within 60 kB gzip', async () => {
  const { code, kept } = await bundleAsApp("import { SteppeQuoteCard } from 'steppe-widgets'; console.log(SteppeQuoteCard);");
  assert.deepEqual(widgetsIn(kept), ['quote-card']);
  assert.deepEqual(collectionsIn(kept), ['derived/quote-speakers', 'quotes', 'sources']);
  assert.match(code.toString(), /"steppe-quote-card"/, 'the element is registered');
  const gz = gzipSync(code, { level: 9 }).length;
  assert.ok(gz <= 60_000, `${gz} bytes gzip`);
});

for (const w of WIDGETS) {
  test(`import 'steppe-widgets/${w}' keeps and registers <steppe-${w}> alone`, async () => {
    const { code, kept } = await bundleAsApp(`import 'steppe-widgets/${w}';`);
    assert.deepEqual(widgetsIn(kept), [w]);
    assert.match(code.toString(), new RegExp(`"steppe-${w}"`));
  });
}

test("import 'steppe-widgets/all' registers every widget", async () => {
  const { code, kept } = await bundleAsApp("import 'steppe-widgets/all';");
  assert.deepEqual(widgetsIn(kept), WIDGETS);
  for (const w of WIDGETS) assert.match(code.toString(), new RegExp(`"steppe-${w}"`));
});

test('steppe-widgets/events: the event class, no element, no data, no lit', async () => {
  const { code, kept } = await bundleAsApp("import { SteppeSelectEvent } from 'steppe-widgets/events'; console.log(new SteppeSelectEvent('kz', 'actor'));");
  assert.deepEqual(kept.filter((p) => !p.startsWith('<stdin>')), ['dist/esm/lib/events.js']);
  assert.ok(code.length < 1000, `${code.length} bytes`);
});
