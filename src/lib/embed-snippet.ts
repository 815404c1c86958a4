import type { LitElement } from 'lit';

/** Attributes that configure the embed control itself, never the embedded view. */
const NOT_VIEW = new Set(['embed-code', 'embed-base']);

/** The embed folder beside the script: the bundle sits beside `embed/`, the ESM build two levels below it. */
function defaultBase(): string {
  return new URL(/\/esm\/lib\/[^/]+\.js$/.test(import.meta.url) ? '../../embed/' : './embed/', import.meta.url).href;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The query string of `el`'s current view: every public attribute it has now (filters reflect
 * to attributes as the reader changes them), except the embed settings and the default theme.
 */
export function viewQuery(el: LitElement): string {
  const ctor = el.constructor as typeof LitElement;
  const params = new URLSearchParams();
  for (const [name, options] of ctor.elementProperties) {
    if (options.attribute === false || options.state) continue;
    const key = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
    const value = el.getAttribute(key);
    if (value === null || NOT_VIEW.has(key) || (key === 'theme' && value === 'light')) continue;
    if (value === '' && options.type !== Boolean) continue; // a cleared filter (reflected as "")
    params.append(key, value);
  }
  return params.toString();
}

/** The iframe code for `el`'s current view, as HTML a reader pastes into a course page. */
export function embedSnippet(el: LitElement, page: string, base = ''): string {
  const query = viewQuery(el);
  const src = new URL(`${page}.html${query ? `?${query}` : ''}`, base ? new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI) : defaultBase()).href;
  const height = Math.max(300, Math.ceil(el.getBoundingClientRect().height));
  const title = `${(el as unknown as { heading?: string }).heading || page.replace(/-/g, ' ')} (steppe-widgets)`;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" frameborder="0" loading="lazy"></iframe>`;
}
