/**
 * dist/embed/resize.js: a tiny optional script for a host page that embeds steppe-widgets embed
 * pages in iframes. It sets each iframe's height from the messages the page sends (Pym.js,
 * Datawrapper, AMP or Canvas style), finds iframes inside shadow roots too, and trusts a message
 * only when it comes from that iframe's own window and its origin is the iframe's origin.
 */
import { heightFrom } from './protocols.js';

/** Every iframe in `root`, looking inside open shadow roots. */
export function allIframes(root: Document | ShadowRoot | Element = document): HTMLIFrameElement[] {
  const out: HTMLIFrameElement[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLIFrameElement) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

export function handleMessage(event: MessageEvent, root: Document | ShadowRoot | Element = document): HTMLIFrameElement | undefined {
  const height = heightFrom(event.data);
  if (height === undefined) return undefined;
  const iframe = allIframes(root).find((f) => f.contentWindow !== null && f.contentWindow === event.source);
  // a srcdoc or src-less frame inherits this page's origin, so its messages prove nothing
  if (!iframe || iframe.hasAttribute('srcdoc') || !iframe.getAttribute('src')) return undefined;
  let origin: string;
  try {
    origin = new URL(iframe.getAttribute('src')!, document.baseURI).origin;
  } catch {
    return undefined;
  }
  if (origin === 'null' || event.origin !== origin) return undefined; // a forged or sandboxed sender
  iframe.style.height = `${height}px`;
  return iframe;
}

const KEY = Symbol.for('steppe-widgets/resize');
export function startResizing(win: Window = window): void {
  const holder = win as unknown as Record<symbol, boolean>;
  if (holder[KEY]) return; // the script included twice listens once
  holder[KEY] = true;
  win.addEventListener('message', (event) => handleMessage(event));
}

if (typeof window !== 'undefined' && !('__steppeEmbedTest' in globalThis)) startResizing();
