// Canvas LMS's HTML allow-list as sanitize-html options, transcribed from instructure/canvas-lms
// gems/canvas_sanitize/lib/canvas_sanitize/canvas_sanitize.rb (CanvasSanitize::SANITIZE; the version
// at commit 03f405c9c2e10e0d973d9e5978e91169b9f8f122, which allows `lang` and `dir` on every element).
// Canvas runs it (through the Ruby `sanitize` gem) on the HTML of every page, assignment and
// discussion an author saves. What it does not list is removed: <script>, <style>, custom elements
// such as <steppe-quote-card> (their content is kept), <section>, <time>, <details>, <abbr>, and
// every on* or data-* attribute.
import sanitizeHtml from 'sanitize-html';

export const CANVAS_ELEMENTS = [
  'a', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
  'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8',
  'del', 'ins', 'iframe', 'font',
  'colgroup', 'dd', 'div', 'dl', 'dt', 'em', 'figure', 'figcaption', 'i', 'img', 'li', 'ol', 'p', 'pre',
  'q', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'u', 'ul', 'object', 'embed', 'param', 'video', 'audio',
];

/** Attributes per element; `*` is Canvas's `:all` (duplicates in the Ruby list left out). */
export const CANVAS_ATTRIBUTES = {
  '*': [
    'style', 'class', 'id', 'title', 'role', 'lang', 'dir',
    'aria-labelledby', 'aria-atomic', 'aria-busy', 'aria-controls', 'aria-describedby', 'aria-disabled',
    'aria-dropeffect', 'aria-flowto', 'aria-grabbed', 'aria-haspopup', 'aria-hidden', 'aria-invalid',
    'aria-label', 'aria-live', 'aria-owns', 'aria-relevant', 'aria-autocomplete', 'aria-checked',
    'aria-expanded', 'aria-level', 'aria-multiline', 'aria-multiselectable', 'aria-orientation',
    'aria-pressed', 'aria-readonly', 'aria-required', 'aria-selected', 'aria-sort', 'aria-valuemax',
    'aria-valuemin', 'aria-valuenow', 'aria-valuetext',
  ],
  a: ['href', 'target', 'name'],
  blockquote: ['cite'],
  col: ['span', 'width'],
  colgroup: ['span', 'width'],
  img: ['align', 'alt', 'height', 'src', 'width'],
  iframe: ['src', 'width', 'height', 'name', 'align', 'frameborder', 'scrolling', 'sandbox', 'allowfullscreen', 'webkitallowfullscreen', 'mozallowfullscreen'],
  ol: ['start', 'type'],
  q: ['cite'],
  table: ['summary', 'width', 'border', 'cellpadding', 'cellspacing', 'center', 'frame', 'rules'],
  tr: ['align', 'valign', 'dir'],
  td: ['abbr', 'axis', 'colspan', 'rowspan', 'width', 'align', 'valign', 'dir'],
  th: ['abbr', 'axis', 'colspan', 'rowspan', 'width', 'align', 'valign', 'dir', 'scope'],
  ul: ['type'],
  param: ['name', 'value'],
  object: ['width', 'height', 'style', 'data', 'type', 'classid', 'codebase'],
  embed: ['name', 'src', 'type', 'allowfullscreen', 'pluginspage', 'wmode', 'allowscriptaccess', 'width', 'height'],
  video: ['name', 'src', 'allowfullscreen', 'muted', 'poster', 'width', 'height'],
  audio: ['name', 'src', 'muted'],
  font: ['face', 'color', 'size'],
};

/** URL schemes per element (`:relative`, a URL with no scheme, is always allowed: sanitize-html's default). */
export const CANVAS_PROTOCOLS = {
  a: ['ftp', 'http', 'https', 'mailto'],
  blockquote: ['http', 'https'],
  img: ['http', 'https'],
  q: ['http', 'https'],
  object: ['http', 'https'],
  embed: ['http', 'https'],
  iframe: ['http', 'https'],
};

/** :style_properties, followed by every name that :style_expressions (regular expressions) accept. */
export const CANVAS_STYLE_PROPERTIES = [
  'background', 'border', 'clear', 'color', 'cursor', 'direction', 'display', 'float', 'font', 'height', 'left',
  'line-height', 'list-style', 'margin', 'max-height', 'max-width', 'min-height', 'min-width', 'overflow',
  'overflow-x', 'overflow-y', 'padding', 'position', 'right', 'text-align', 'table-layout', 'text-decoration',
  'text-indent', 'top', 'vertical-align', 'visibility', 'white-space', 'width', 'z-index', 'zoom',
  // /\Abackground-(?:attachment|color|image|position|repeat)\z/, /\Abackground-position-(?:x|y)\z/
  ...['attachment', 'color', 'image', 'position', 'repeat', 'position-x', 'position-y'].map((s) => `background-${s}`),
  // /\Aborder-(?:bottom|collapse|color|left|right|spacing|style|top|width)\z/
  ...['bottom', 'collapse', 'color', 'left', 'right', 'spacing', 'style', 'top', 'width'].map((s) => `border-${s}`),
  // /\Aborder-(?:bottom|left|right|top)-(?:color|style|width)\z/
  ...['bottom', 'left', 'right', 'top'].flatMap((side) => ['color', 'style', 'width'].map((s) => `border-${side}-${s}`)),
  // /\Afont-(?:family|size|stretch|style|variant|weight)\z/
  ...['family', 'size', 'stretch', 'style', 'variant', 'weight'].map((s) => `font-${s}`),
  // /\Alist-style-(?:image|position|type)\z/
  ...['image', 'position', 'type'].map((s) => `list-style-${s}`),
  // /\Amargin-(?:bottom|left|right|top|offset)\z/, /\Apadding-(?:bottom|left|right|top)\z/
  ...['bottom', 'left', 'right', 'top', 'offset'].map((s) => `margin-${s}`),
  ...['bottom', 'left', 'right', 'top'].map((s) => `padding-${s}`),
];

// CanvasSanitize.clean_style_value: every "name(" must be url( (:style_methods) and every "name:"
// an allowed protocol (:protocols['style']['any']); the same regular expressions, scanned the way
// Ruby's String#scan does. (The whole-attribute "gauntlet" before it is not reproduced:
// sanitize-html parses declarations with postcss instead.)
const STYLE_PROTOCOL = /([A-Za-z0-9+\-.&;#\s]*?)(?::|&#0*58|&#x0*3a)/gi;
const STYLE_METHOD = /([A-Za-z0-9+\-.&;#\s]*?)(?:\(|&#0*40|&#x0*28)/gi;
export function canvasStyleValueAllowed(value) {
  const v = String(value).toLowerCase();
  for (const [, name] of v.matchAll(STYLE_METHOD)) if (name !== 'url') return false;
  for (const [, name] of v.matchAll(STYLE_PROTOCOL)) if (name !== 'http' && name !== 'https') return false;
  return true;
}
const styleValue = { test: canvasStyleValueAllowed }; // sanitize-html only calls .test()

/** sanitize-html options that keep what Canvas keeps. */
export const canvasSanitizeOptions = {
  allowedTags: CANVAS_ELEMENTS,
  allowedAttributes: CANVAS_ATTRIBUTES,
  // Canvas checks no scheme on video/audio src; http(s) here, a little stricter
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: CANVAS_PROTOCOLS,
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'data'],
  allowProtocolRelative: true,
  allowedStyles: { '*': Object.fromEntries(CANVAS_STYLE_PROPERTIES.map((p) => [p, [styleValue]])) },
  // removed elements keep their content (Sanitize's default), except script and style
  disallowedTagsMode: 'discard',
};

/**
 * Sanitizes `html` as Canvas would; also returns what was removed (elements, and attributes of
 * kept elements), for showing on the mock page.
 */
export function canvasSanitize(html) {
  const removed = [];
  const allowed = new Set(CANVAS_ELEMENTS);
  const clean = sanitizeHtml(html, {
    ...canvasSanitizeOptions,
    onOpenTag(name, attribs) {
      if (!allowed.has(name)) {
        removed.push({ element: name, attributes: attribs });
        return;
      }
      const ok = new Set([...CANVAS_ATTRIBUTES['*'], ...(CANVAS_ATTRIBUTES[name] ?? [])]);
      for (const [attribute, value] of Object.entries(attribs)) {
        if (!ok.has(attribute)) removed.push({ element: name, attribute, value });
      }
    },
  });
  return { html: clean, removed };
}
