// The headless Chromium both clocks launch, and why each switch is there.
//
// Chromium 156 (headless, the full browser) starts, for every new browser context, a renderer of
// its own for the omnibox's suggestion popup (chrome://omnibox-popup.top-chrome/, a WebUI page),
// and preloads it while the context's first page loads. Traced here, that renderer took 130–270 ms
// of one core's main thread and 50–390 ms of its workers within the 215 ms of loading the trade
// table's page, on a machine of two cores: the page under test ran beside another browser's UI
// starting up, which a reader's browser, its UI long since loaded, never does. Puppeteer's later
// releases disable these features by default for the same reason (its pull request 15278);
// puppeteer-core 24.43.1 here predates that, so the bench turns them off itself. puppeteer merges
// this --disable-features list with its own.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info', '--window-size=1024,800',
  '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
];

/** How the report names the launch: the switches that bear on timing. */
export const CHROMIUM_SWITCHES = CHROMIUM_ARGS.filter((a) => !a.startsWith('--window-size')).join(' ');
