import { expect, fixture, html } from '@open-wc/testing';
import { heightFrom, heightMessages } from '../src/embed/protocols.js';
import { frame, text } from './fixtures.js';

(globalThis as Record<string, unknown>).__steppeEmbedTest = true;
const { attributesFromQuery } = await import('../src/embed/embed.js');
const { handleMessage } = await import('../src/embed/resize.js');

const pageUrl = (query: string) => `${new URL('./pages/embed/timeline.html', import.meta.url).href}?${query}`;

/** Collects the messages a child iframe posts to this window. */
function listen(from: () => Window | null) {
  const messages: unknown[] = [];
  const handler = (e: MessageEvent) => { if (e.source === from()) messages.push(e.data); };
  window.addEventListener('message', handler);
  return { messages, stop: () => window.removeEventListener('message', handler) };
}

describe('embed pages', () => {
  it('turn known query parameters into the widget’s attributes and ignore the rest', () => {
    expect(attributesFromQuery('steppe-timeline', '?actors=China&from=2013&hash-link&bogus=1&onclick=alert(1)')).to.deep.equal([
      ['actors', 'China'], ['from', '2013'], ['hash-link', ''],
    ]);
    expect(attributesFromQuery('steppe-trade-table', '?table=Table%205&pivot=true&page-size=20')).to.deep.equal([
      ['table', 'Table 5'], ['pivot', ''], ['page-size', '20'],
    ]);
    expect(attributesFromQuery('steppe-trade-table', '?pivot=false')).to.deep.equal([]);
  });

  it('speak all four height protocols, and the host side reads each back', () => {
    const messages = heightMessages(412.3, { pymId: 'tl', chartId: 'chart-1' });
    expect(messages).to.deep.equal([
      'pymxPYMxtlxPYMxheightxPYMx413',
      { 'datawrapper-height': { 'chart-1': 413 } },
      { sentinel: 'amp', type: 'embed-size', height: 413 },
      '{"subject":"lti.frameResize","height":413}',
    ]);
    expect(messages.map(heightFrom)).to.deep.equal([413, 413, 413, 413]);
    expect(heightFrom('hello')).to.equal(undefined);
    expect(heightFrom({ 'datawrapper-height': { x: 'tall' } })).to.equal(undefined);
  });

  it('render the widget from the query string and post its height, again after a filter changes it', async () => {
    let iframe!: HTMLIFrameElement;
    const { messages, stop } = listen(() => iframe?.contentWindow ?? null);
    try {
      iframe = await fixture<HTMLIFrameElement>(html`<iframe title="embed" style="width:420px;height:300px" src=${pageUrl('actors=Kazakhstan&layout=list&childId=tl&chartId=c1')}></iframe>`);
      for (let i = 0; i < 200 && messages.length < 4; i++) await frame();
      const el = iframe.contentDocument!.querySelector('steppe-timeline')!;
      expect(el.getAttribute('actors')).to.equal('Kazakhstan');
      expect(messages.slice(0, 4).map((m) => typeof m === 'string' ? m.replace(/\d+$/, 'N').replace(/"height":\d+/, '"height":N') : JSON.stringify(m).replace(/\d+(?=\D*$)/, 'N'))).to.deep.equal([
        'pymxPYMxtlxPYMxheightxPYMxN', '{"datawrapper-height":{"c1":N}}', '{"sentinel":"amp","type":"embed-size","height":N}', '{"subject":"lti.frameResize","height":N}',
      ]);
      const first = heightFrom(messages[0])!;
      expect(first).to.be.closeTo(Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height), 1);
      el.setAttribute('query', 'no such words anywhere');
      for (let i = 0; i < 200 && messages.length < 8; i++) await frame();
      const second = heightFrom(messages[4])!;
      expect(second).to.be.lessThan(first);
      expect(messages.slice(4, 8).map(heightFrom)).to.deep.equal([second, second, second, second]);
    } finally {
      stop();
    }
  });
});

describe('every embed page', () => {
  const cases: [string, string, (doc: ShadowRoot) => string][] = [
    ['steppe-timeline', 'actors=China&from=2013&layout=list', (r) => text(r.querySelector('[part="count"]'))],
    ['steppe-membership-matrix', 'orgs=SCO&countries=Kazakhstan%2C%20China&layout=table', (r) => [...r.querySelectorAll('tbody th[scope="row"]')].map(text).join('|')],
    ['steppe-trade-table', 'table=Table%205&pivot', (r) => text(r.querySelector('caption'))],
    ['steppe-quote-card', 'quote-id=q-004-tokayev-single-state', (r) => text(r.querySelector('[part="speaker-name"]'))],
  ];
  for (const [tag, query, read] of cases) {
    it(`renders <${tag}> from its query string like the same tag in a page`, async () => {
      const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="embed" style="width:800px;height:600px"
        src=${new URL(`./pages/embed/any.html?widget=${tag}&${query}`, import.meta.url).href}></iframe>`);
      let framed: Element | null = null;
      for (let i = 0; i < 200 && !(framed = iframe.contentDocument?.querySelector(tag) ?? null)?.shadowRoot?.childElementCount; i++) await frame();
      const reference = await fixture<HTMLElement>(`<div style="width:800px"><${tag} ${query.split('&').map((kv) => { const [k, v = ''] = kv.split('='); return `${k}="${decodeURIComponent(v)}"`; }).join(' ')}></${tag}></div>`);
      const el = reference.firstElementChild!;
      for (let i = 0; i < 60 && !read(el.shadowRoot!); i++) await frame();
      for (let i = 0; i < 60 && read(framed!.shadowRoot!) !== read(el.shadowRoot!); i++) await frame();
      expect(read(el.shadowRoot!), 'the reference shows something').to.not.equal('');
      expect(read(framed!.shadowRoot!)).to.equal(read(el.shadowRoot!));
    });
  }
});

describe('resize.js (host script)', () => {
  it('resizes an iframe inside a shadow root from its own messages', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const iframe = document.createElement('iframe');
    iframe.title = 'embedded timeline';
    iframe.src = pageUrl('layout=list');
    shadow.append(iframe);
    const resized = new Promise<HTMLIFrameElement | undefined>((resolve) => {
      const onMessage = (e: MessageEvent) => {
        const hit = handleMessage(e);
        if (hit) { window.removeEventListener('message', onMessage); resolve(hit); }
      };
      window.addEventListener('message', onMessage);
    });
    const hit = await resized;
    expect(hit === iframe).to.equal(true);
    expect(parseFloat(iframe.style.height)).to.be.greaterThan(150);
  });

  it('ignores a forged message from another origin or another window', async () => {
    const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="target" src=${pageUrl('layout=list')}></iframe>`);
    for (let i = 0; i < 200 && !iframe.contentDocument?.querySelector('steppe-timeline'); i++) await frame();
    expect(iframe.contentDocument?.querySelector('steppe-timeline'), 'the embed page rendered').to.exist;
    const data = { 'datawrapper-height': { c1: 9999 } };
    // right window, wrong origin (compared as booleans: chai would try to print an element)
    expect(handleMessage(new MessageEvent('message', { data, origin: 'https://evil.example', source: iframe.contentWindow })) === undefined).to.equal(true);
    // a srcdoc frame shares this page's origin, so its messages are not trusted at all
    const forger = await fixture<HTMLIFrameElement>(html`<iframe title="forger" srcdoc="<p>x</p>"></iframe>`);
    expect(forger.contentWindow).to.exist;
    expect(handleMessage(new MessageEvent('message', { data, origin: location.origin, source: forger.contentWindow })) === undefined).to.equal(true);
    expect(forger.style.height).to.equal('');
    // the genuine sender with its own origin is obeyed
    expect(handleMessage(new MessageEvent('message', { data, origin: location.origin, source: iframe.contentWindow })) === iframe).to.equal(true);
    expect(iframe.style.height).to.equal('9999px');
  });
});
