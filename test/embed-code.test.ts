import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SteppeElement } from '../src/lib/steppe-element.js';
import type { SteppeTimeline } from '../src/components/timeline/timeline.js';
import { frame } from './fixtures.js';

(globalThis as Record<string, unknown>).__steppeEmbedTest = true;
const { attributesFromQuery } = await import('../src/embed/embed.js');

const BASE = 'https://widgets.example.org/steppe/embed/';
/** The control's module loads on first use: wait for its button, as a reader would. */
async function ready<T extends Element>(el: T): Promise<T> {
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('steppe-embed-code')?.shadowRoot?.querySelector('button'); i++) await frame();
  return el;
}
const inner = (el: Element) => el.shadowRoot!.querySelector('steppe-embed-code')!;
const embedButton = (el: Element) => inner(el).shadowRoot!.querySelector<HTMLButtonElement>('button[part="embed-button"]')!;
const textarea = (el: Element) => inner(el).shadowRoot!.querySelector('textarea')!;
const copyButton = (el: Element) => [...inner(el).shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Copy')!;
const status = (el: Element) => inner(el).shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const iframeOf = (code: string) => new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!;

/** Replaces navigator.clipboard.writeText for one test; returns what was written and a restore. */
function stubClipboard(impl: (text: string) => Promise<void>) {
  const written: string[] = [];
  const clip = navigator.clipboard;
  const own = Object.getOwnPropertyDescriptor(clip, 'writeText');
  Object.defineProperty(clip, 'writeText', { configurable: true, value: (t: string) => { written.push(t); return impl(t); } });
  return { written, restore: () => (own ? Object.defineProperty(clip, 'writeText', own) : delete (clip as unknown as Record<string, unknown>).writeText) };
}

describe('embed-code control', () => {
  it('is absent unless embed-code is set', async () => {
    const el = await fixture(html`<steppe-quote-card></steppe-quote-card>`);
    expect(el.shadowRoot!.querySelector('steppe-embed-code')).to.equal(null);
  });

  it('gives the iframe code of the view as the reader left it, filters included', async () => {
    const el = await ready(await fixture<SteppeTimeline>(html`<steppe-timeline embed-code embed-base=${BASE} actors="China" layout="list" style="width:500px"></steppe-timeline>`));
    // the reader narrows the view with the widget's own search box
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'pipeline';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    embedButton(el).click();
    await inner(el).updateComplete;
    expect(embedButton(el).getAttribute('aria-expanded')).to.equal('true');
    const frame = iframeOf(textarea(el).value);
    const src = new URL(frame.src);
    expect(src.origin + src.pathname).to.equal(`${BASE}timeline.html`);
    expect(Object.fromEntries(src.searchParams)).to.deep.equal({ actors: 'China', query: 'pipeline', layout: 'list' });
    expect(frame.title).to.equal('Timeline (steppe-widgets)');
    expect(Number(frame.getAttribute('height'))).to.be.at.least(300);
    // the embed page turns that query back into the same attributes
    const attrs = attributesFromQuery('steppe-timeline', src.search);
    for (const [name, value] of attrs) expect(el.getAttribute(name), name).to.equal(value);
  });

  it('copies the current code to the clipboard and says so', async () => {
    const clip = stubClipboard(() => Promise.resolve());
    try {
      const el = await ready(await fixture<SteppeElement>(html`<steppe-trade-table embed-code embed-base=${BASE}></steppe-trade-table>`));
      embedButton(el).click();
      await inner(el).updateComplete;
      el.setAttribute('pivot', ''); // the view changes while the panel is open
      await el.updateComplete;
      copyButton(el).click();
      await new Promise((r) => setTimeout(r));
      await inner(el).updateComplete;
      expect(clip.written).to.have.length(1);
      expect(new URL(iframeOf(clip.written[0]).src).searchParams.has('pivot')).to.equal(true);
      expect(textarea(el).value).to.equal(clip.written[0]);
      expect(status(el)).to.equal('Copied to the clipboard.');
    } finally {
      clip.restore();
    }
  });

  it('selects the code for the reader when the clipboard is refused', async () => {
    const clip = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    try {
      const el = await ready(await fixture<SteppeElement>(html`<steppe-membership-matrix embed-code embed-base=${BASE} orgs="SCO"></steppe-membership-matrix>`));
      embedButton(el).click();
      await inner(el).updateComplete;
      copyButton(el).click();
      await new Promise((r) => setTimeout(r));
      await inner(el).updateComplete;
      const area = textarea(el);
      expect(area.selectionStart).to.equal(0);
      expect(area.selectionEnd).to.equal(area.value.length);
      expect(status(el)).to.match(/press Ctrl\+C/);
    } finally {
      clip.restore();
    }
  });

  it('escapes a hostile heading in the code and never renders it', async () => {
    const el = await ready(await fixture<SteppeElement>(html`<steppe-timeline embed-code embed-base=${BASE} heading={'"><script>alert(1)</script>'}></steppe-timeline>`));
    el.setAttribute('heading', '"><img src=x onerror=alert(1)>');
    await el.updateComplete;
    embedButton(el).click();
    await inner(el).updateComplete;
    const code = textarea(el).value;
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.body.children.length).to.equal(1);
    expect(doc.querySelector('img')).to.equal(null);
    expect(doc.querySelector('iframe')!.title).to.equal('"><img src=x onerror=alert(1)> (steppe-widgets)');
    expect(new URL(doc.querySelector('iframe')!.src).searchParams.get('heading')).to.equal('"><img src=x onerror=alert(1)>');
  });

  it('works from the keyboard alone and passes axe when open', async () => {
    const el = await ready(await fixture<SteppeElement>(html`<steppe-quote-card embed-code embed-base=${BASE}></steppe-quote-card>`));
    embedButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await inner(el).updateComplete;
    expect(textarea(el).checkVisibility()).to.equal(true);
    expect(iframeOf(textarea(el).value).src).to.equal(`${BASE}quote-card.html`);
    await sendKeys({ press: ' ' });
    await inner(el).updateComplete;
    expect(textarea(el).checkVisibility()).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await inner(el).updateComplete;
    await expect(el).to.be.accessible();
  });

  it('defaults to the embed folder beside the script', async () => {
    const el = await ready(await fixture<SteppeElement>(html`<steppe-quote-card embed-code quote-id="q-004-tokayev-single-state"></steppe-quote-card>`));
    embedButton(el).click();
    await inner(el).updateComplete;
    const src = new URL(iframeOf(textarea(el).value).src);
    expect(src.pathname.endsWith('/embed/quote-card.html')).to.equal(true);
    expect(src.searchParams.get('quote-id')).to.equal('q-004-tokayev-single-state');
  });
});

const luminance = (color: string) => {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};
const surface = (el: Element) => luminance(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor);

/** Emulates the reader's colour scheme where the browser allows it (Chromium); false elsewhere. */
async function emulateScheme(colorScheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme });
    return true;
  } catch {
    return false; // Firefox over WebDriver BiDi has no media emulation
  }
}

describe('theme attribute', () => {
  after(() => emulateScheme('light'));

  it('is light by default and dark on request, readable in both', async () => {
    const light = await fixture<SteppeElement>(html`<steppe-quote-card></steppe-quote-card>`);
    expect(light.getAttribute('theme')).to.equal('light');
    expect(surface(light)).to.be.greaterThan(0.9);
    const dark = await fixture<SteppeElement>(html`<steppe-quote-card theme="dark"></steppe-quote-card>`);
    expect(surface(dark)).to.be.lessThan(0.2);
    expect(luminance(getComputedStyle(dark).color)).to.be.greaterThan(0.8);
    await expect(dark).to.be.accessible();
  });

  it('auto follows the reader’s system setting, light and dark', async () => {
    const auto = await fixture<SteppeElement>(html`<steppe-quote-card theme="auto"></steppe-quote-card>`);
    const fixed = await fixture<SteppeElement>(html`<steppe-quote-card theme="light"></steppe-quote-card>`);
    const check = () => {
      const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
      expect(surface(auto) < 0.2, 'auto is dark exactly when the system is').to.equal(systemDark);
      expect(surface(fixed)).to.be.greaterThan(0.9);
    };
    check(); // the browser's own setting
    if (await emulateScheme('dark')) {
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      check();
      await emulateScheme('light');
      check();
    }
  });

  it('lets custom properties override either palette', async () => {
    const el = await fixture<SteppeElement>(html`<steppe-timeline theme="dark" style="--steppe-color-background: rgb(255, 250, 240)"></steppe-timeline>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(255, 250, 240)');
  });

  it('copies the view on screen as static HTML: the same figures, each with its sources, markup a course platform keeps', async () => {
    const el = await ready(await fixture<SteppeElement>(html`<steppe-trade-table embed-code embed-base=${BASE} default-view="all" layout="table"></steppe-trade-table>`));
    const table = el as unknown as { query: string; visibleFigures: readonly { label: string }[] };
    // the reader narrows the view with the widget's own controls
    table.query = 'Kazakhstan GDP';
    await el.updateComplete;
    embedButton(el).click();
    await inner(el).updateComplete;
    const clip = stubClipboard(async () => undefined);
    try {
      inner(el).shadowRoot!.querySelector<HTMLButtonElement>('button[part="embed-static"]')!.click();
      for (let i = 0; i < 100 && !clip.written.length; i++) await frame();
      expect(clip.written.length).to.equal(1);
      const doc = new DOMParser().parseFromString(clip.written[0], 'text/html');
      const labels = [...doc.querySelectorAll('table tbody th')].map((th) => th.textContent!.replace(/\s*⚠$/, '').trim());
      expect(labels.length).to.be.greaterThan(0);
      expect(labels).to.deep.equal(table.visibleFigures.map((f) => f.label));
      expect(doc.querySelectorAll('script, style, [style], steppe-trade-table').length).to.equal(0);
      expect(doc.querySelectorAll('ol.steppe-figure-sources > li').length).to.equal(labels.length);
      await inner(el).updateComplete;
      const statuses = [...inner(el).shadowRoot!.querySelectorAll('[role="status"]')].map((s) => s.textContent!.trim());
      expect(statuses.join(' ')).to.match(/Copied: \d+ kB of HTML/);
      await expect(el).to.be.accessible();
    } finally {
      clip.restore();
    }
  });
});
