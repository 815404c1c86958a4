/**
 * The script of the embed pages (dist/embed/<widget>.html): course platforms that strip <script>
 * but allow iframes embed this page. It reads the widget's attributes from the query string
 * (`?actors=China&from=2013`), renders one widget with no chrome, and tells the parent page its
 * height in the four common protocols whenever it changes.
 */
import type { LitElement } from 'lit';
import '../index.js';
import { heightMessages, type EmbedIds } from './protocols.js';

/** Embed page names and the element each one shows. */
export const EMBEDDABLE: Record<string, string> = {
  timeline: 'steppe-timeline',
  'membership-matrix': 'steppe-membership-matrix',
  'trade-table': 'steppe-trade-table',
  'quote-card': 'steppe-quote-card',
};

/**
 * The attributes a query string sets on `tag`: only the element's own public attributes; a
 * boolean attribute is on for `?pivot`, `?pivot=` or `?pivot=true`. Anything else is ignored.
 */
export function attributesFromQuery(tag: string, search: string): [string, string][] {
  const ctor = customElements.get(tag) as (typeof LitElement & CustomElementConstructor) | undefined;
  if (!ctor) return [];
  const known = new Map<string, boolean>();
  for (const [name, options] of ctor.elementProperties) {
    if (options.attribute === false || options.state) continue;
    const attr = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
    if (attr.startsWith('embed-')) continue; // the embed control's own settings make no sense inside the frame
    known.set(attr, options.type === Boolean);
  }
  const out: [string, string][] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (!known.has(key)) continue;
    if (known.get(key)) {
      if (value === '' || value === 'true' || value === key) out.push([key, '']);
    } else out.push([key, value]);
  }
  return out;
}

/** Renders the page's widget and starts reporting its height; returns the element. */
export function mountEmbed(doc: Document = document, loc: Location = location, parentWindow: Window = parent): HTMLElement | undefined {
  const page = (loc.pathname.split('/').pop() ?? '').replace(/\.html$/, '');
  const tag = EMBEDDABLE[page] ?? new URLSearchParams(loc.search).get('widget') ?? '';
  if (!Object.values(EMBEDDABLE).includes(tag)) {
    const p = doc.createElement('p');
    p.textContent = `Unknown widget “${page}”. Embed pages: ${Object.keys(EMBEDDABLE).join(', ')}.`;
    doc.body.append(p);
    return undefined;
  }
  const el = doc.createElement(tag);
  for (const [name, value] of attributesFromQuery(tag, loc.search)) el.setAttribute(name, value);
  doc.body.append(el);

  const params = new URLSearchParams(loc.search);
  const ids: EmbedIds = { pymId: params.get('childId') ?? page, chartId: params.get('chartId') ?? page };
  let last = -1;
  let frame = 0;
  const report = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last || parentWindow === window) return;
    last = height;
    // '*' is deliberate: the page does not know who embeds it, and a height is no secret
    for (const message of heightMessages(height, ids)) parentWindow.postMessage(message, '*');
  };
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(report);
  }).observe(doc.documentElement);
  return el;
}

// tests import this module to check its parts, and set this flag first
if (typeof document !== 'undefined' && !('__steppeEmbedTest' in globalThis)) mountEmbed();
