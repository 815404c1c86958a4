import { expect } from '@open-wc/testing';
import '../src/index.js';
import { frame } from './fixtures.js';

async function settle(el: Element) {
  await frame();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await frame();
}

/** Elements that must be visible and inside the widget's box for a reader to use it. */
const essentials: Record<string, string[]> = {
  'steppe-timeline': ['[part="heading"]', '[part="count"]', 'input[type="search"]', '.row button, .item, [part="event"]'],
  'steppe-membership-matrix': ['[part="heading"]', '[part="list"], .table-wrap'],
  'steppe-trade-table': ['[part="heading"]', '.table-wrap, [part="cards"]', '.downloads button'],
  'steppe-quote-card': ['[part="quote"]', '[part="speaker-name"]', '[part="source-summary"]'],
};

const HOSTILE = `
  * { all: unset; }
  div { display: none !important; }
  html, body { font-size: 40px !important; direction: rtl; line-height: 0.8; text-align: justify;
    text-indent: 3em; letter-spacing: 0.5em; text-transform: uppercase; visibility: hidden; }
  section { visibility: visible; }
  section, article { display: block; }
  button, input, select, table, td, th, li { all: unset; }
`;

describe('hostile host CSS', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  const mounted: HTMLElement[] = [];
  afterEach(() => {
    style.remove();
    for (const m of mounted.splice(0)) m.remove();
  });

  for (const [tag, selectors] of Object.entries(essentials)) {
    it(`<${tag}> stays laid out and readable under "* { all: unset }", hidden divs, 40px rtl text`, async () => {
      // not open-wc's fixture: it wraps in a <div>, which this host hides
      const wrapper = document.createElement('section');
      wrapper.style.width = '700px';
      mounted.push(wrapper);
      const el = wrapper.appendChild(document.createElement(tag));
      // layout left on auto: the widget must measure its width even when the host is made inline
      document.body.append(wrapper);
      await settle(el);
      const box = el.getBoundingClientRect();
      expect(box.width, 'width').to.be.within(1, 700);
      expect(box.height, 'height').to.be.greaterThan(100);
      for (const selector of selectors) {
        const part = el.shadowRoot!.querySelector<HTMLElement>(selector);
        expect(part, selector).to.exist;
        expect(part!.checkVisibility(), `${selector} visible`).to.equal(true);
        const r = part!.getBoundingClientRect();
        expect(r.height, `${selector} height`).to.be.greaterThan(0);
        expect(r.left, `${selector} left`).to.be.at.least(box.left - 1);
        expect(r.right, `${selector} right`).to.be.at.most(box.right + 1);
      }
      // the timeline's list rows have fixed heights: each must hold its event and show a line of text
      for (const row of el.shadowRoot!.querySelectorAll<HTMLElement>('.row')) {
        const content = row.firstElementChild as HTMLElement;
        expect(content.offsetHeight, `row "${row.textContent!.trim().slice(0, 40)}"`).to.be.at.most(row.clientHeight + 1);
        const title = row.querySelector<HTMLElement>('.title');
        if (title) expect(title.clientHeight, 'a visible line of the title').to.be.at.least(parseFloat(getComputedStyle(title).fontSize));
      }
    });
  }
});

/**
 * Counts what outlives an element: observed targets of every ResizeObserver and MutationObserver,
 * and listeners on window and document. Installed around each test, removed after.
 */
function trackResources() {
  const observed = new Map<object, Set<Node>>();
  const listeners = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (o: object) => (ids.has(o) ? ids.get(o)! : (ids.set(o, ++next), next));
  const restore: (() => void)[] = [];
  const patch = <T extends object, K extends keyof T>(proto: T, key: K, wrap: (orig: T[K]) => T[K]) => {
    const orig = proto[key];
    proto[key] = wrap(orig);
    restore.push(() => (proto[key] = orig));
  };
  for (const Ctor of [ResizeObserver, MutationObserver] as unknown as { prototype: { observe(t: Node, o?: unknown): void; disconnect(): void; unobserve?(t: Node): void } }[]) {
    patch(Ctor.prototype, 'observe', (orig) => function (this: object, target: Node, options?: unknown) {
      if (!observed.has(this)) observed.set(this, new Set());
      observed.get(this)!.add(target);
      return orig.call(this, target, options);
    });
    patch(Ctor.prototype, 'disconnect', (orig) => function (this: object) {
      observed.delete(this);
      return orig.call(this);
    });
    if (Ctor.prototype.unobserve) {
      patch(Ctor.prototype, 'unobserve' as 'observe', (orig) => function (this: object, target: Node) {
        observed.get(this)?.delete(target);
        return (orig as unknown as (t: Node) => void).call(this, target);
      });
    }
  }
  const key = (target: EventTarget, type: string, fn: unknown, options?: boolean | EventListenerOptions) =>
    `${target === window ? 'window' : 'document'} ${type} ${id(fn as object)} ${typeof options === 'boolean' ? options : !!options?.capture}`;
  patch(EventTarget.prototype, 'addEventListener', (orig) => function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if ((this === window || this === document) && fn) listeners.add(key(this, type, fn, options));
    return orig.call(this, type, fn, options);
  });
  patch(EventTarget.prototype, 'removeEventListener', (orig) => function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if ((this === window || this === document) && fn) listeners.delete(key(this, type, fn, options));
    return orig.call(this, type, fn, options);
  });
  return {
    /** Observed targets that are inside `root` (or are `root`), and page listeners added since. */
    count: (root: Node) => ({
      observed: [...observed.values()].reduce((n, targets) => n + [...targets].filter((t) => root === t || root.contains(t) || (t.getRootNode() as ShadowRoot).host === root || root.contains((t.getRootNode() as ShadowRoot).host ?? null)).length, 0),
      listeners: listeners.size,
    }),
    restore: () => restore.reverse().forEach((r) => r()),
  };
}

const countText = (el: Element) =>
  el.shadowRoot!.querySelector('[part="count"], .count, [part="quote"], caption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Attribute values a reader's page might flip through quickly; the last one is the one to show. */
const churn: Record<string, [string, string[]]> = {
  'steppe-timeline': ['actors', ['China', 'Russia', 'EEU', '', 'Kazakhstan', 'SCO', 'China']],
  'steppe-membership-matrix': ['year', ['1996', '2001', '', '2015', '1992', '2001']],
  'steppe-trade-table': ['query', ['oil', 'gas', 'trade', '', 'Kazakhstan', 'oil']],
  'steppe-quote-card': ['speaker', ['Tokayev', 'Xi', 'Putin', '', 'Nazarbayev', 'Xi']],
};

describe('hostile host lifecycle', () => {
  let tracker: ReturnType<typeof trackResources>;
  const mounted: HTMLElement[] = [];
  beforeEach(() => (tracker = trackResources()));
  afterEach(() => {
    tracker.restore();
    for (const m of mounted.splice(0)) m.remove();
  });

  for (const [tag, [attr, values]] of Object.entries(churn)) {
    it(`<${tag}>: hidden, shown, moved, removed, re-added, attributes churned: renders right and leaks nothing`, async () => {
      const before = tracker.count(document).listeners;
      const hidden = document.createElement('section');
      hidden.style.cssText = 'display:none;width:720px';
      const other = document.createElement('article');
      other.style.width = '720px';
      mounted.push(hidden, other);
      document.body.append(hidden, other);
      const el = hidden.appendChild(document.createElement(tag));
      await settle(el);

      hidden.style.display = 'block'; // created hidden, then shown
      await settle(el);
      const shown = countText(el);
      expect(shown, 'rendered once shown').to.not.equal('');

      other.append(el); // moved to another place in the page
      await settle(el);
      expect(countText(el), 'same view after the move').to.equal(shown);

      el.remove();
      await settle(el);
      expect(tracker.count(el).observed, 'nothing observed while detached').to.equal(0);
      expect(tracker.count(document).listeners, 'no page listeners while detached').to.equal(before);

      other.append(el); // re-added
      await settle(el);
      expect(countText(el), 'same view after re-adding').to.equal(shown);
      expect(tracker.count(el).observed, 'observing again once re-added').to.be.greaterThan(tag === 'steppe-quote-card' ? -1 : 0);

      for (const v of values) el.setAttribute(attr, v); // no waiting between changes
      await settle(el);
      const reference = other.appendChild(document.createElement(tag));
      reference.setAttribute(attr, values.at(-1)!);
      await settle(reference);
      expect(countText(el), 'shows the last value').to.equal(countText(reference));
      reference.remove();

      for (let i = 0; i < 5; i++) { // removed and re-added in a tight loop
        el.remove();
        other.append(el);
      }
      el.remove();
      await settle(el);
      expect(tracker.count(el).observed, 'observers left behind').to.equal(0);
      expect(tracker.count(document).listeners, 'page listeners left behind').to.equal(before);
    });
  }

  it('<steppe-dataset> with linked widgets: removed and re-added, no observer or listener left', async () => {
    const before = tracker.count(document).listeners;
    const wrapper = document.createElement('section');
    mounted.push(wrapper);
    wrapper.innerHTML = '<steppe-dataset><script type="application/json">{"quotes":[]}</script><steppe-timeline></steppe-timeline><steppe-quote-card></steppe-quote-card></steppe-dataset>';
    document.body.append(wrapper);
    const ds = wrapper.firstElementChild!;
    await settle(ds.querySelector('steppe-timeline')!);
    expect(tracker.count(ds).observed).to.be.greaterThan(0);
    ds.remove();
    await settle(ds.querySelector('steppe-timeline')!);
    expect(tracker.count(ds).observed).to.equal(0);
    expect(tracker.count(document).listeners).to.equal(before);
    wrapper.append(ds);
    await settle(ds.querySelector('steppe-timeline')!);
    expect(countText(ds.querySelector('steppe-quote-card')!) || ds.querySelector('steppe-quote-card')!.shadowRoot!.textContent).to.match(/No quotations/);
    ds.remove();
    await settle(ds.querySelector('steppe-timeline')!);
    expect(tracker.count(ds).observed).to.equal(0);
    expect(tracker.count(document).listeners).to.equal(before);
  });
});
