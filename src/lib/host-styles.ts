import { css, unsafeCSS } from 'lit';

/**
 * The dark palette: used by `theme="dark"`, and by `theme="auto"` when the reader's system is dark.
 * Declarations only, not a stylesheet, so not a css`` literal (the build's CSS minifier parses
 * those as whole stylesheets).
 */
const darkTokens = unsafeCSS(`
  color-scheme: dark;
  --_fg: var(--steppe-color-text, #e8e6e1);
  --_muted: var(--steppe-color-muted, #b3ada2);
  --_bg: var(--steppe-color-background, #1c1f24);
  --_surface: var(--steppe-color-surface, #262a31);
  --_border: var(--steppe-color-border, #4a4f57);
  --_accent: var(--steppe-accent, #5cc8c8);
  --_danger: var(--steppe-color-danger, #ff8a8a);
  --_focus: var(--steppe-color-focus, #8cb8ff);
`);

/**
 * Rules every widget shares: block display, the hidden attribute, box sizing, and the design
 * tokens. Page authors set the public `--steppe-*` properties; `--_*` are internal.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color-scheme: light;
    --_fg: var(--steppe-color-text, #1d232b);
    --_muted: var(--steppe-color-muted, #56606c);
    --_bg: var(--steppe-color-background, #ffffff);
    --_surface: var(--steppe-color-surface, #f4f2ed);
    --_border: var(--steppe-color-border, #d5d0c4);
    --_accent: var(--steppe-accent, #0b6e6e);
    --_danger: var(--steppe-color-danger, #a4262c);
    --_focus: var(--steppe-color-focus, #1a5fb4);
    --_radius: var(--steppe-radius, 6px);
    --_space: var(--steppe-space, 1rem);
    --_font: var(--steppe-font-family, inherit);
    --_font-quote: var(--steppe-font-family-quote, Georgia, 'Times New Roman', serif);
    font-family: var(--_font);
    color: var(--_fg);
    line-height: 1.5;
    direction: ltr;
  }
  /* The same again on the top-level boxes inside: a page rule on the host element itself (even
     "* { all: unset }") beats :host, but not these. The texts are English: left to right even on
     a right-to-left page, and none of the styling a host gives its prose (indents, justification,
     capitals, spacing). Font family and size stay the page's. */
  [part~='base'],
  [part~='message'],
  steppe-embed-code {
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_fg);
    line-height: 1.5;
    direction: ltr;
    unicode-bidi: isolate;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    text-shadow: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * The panel every widget draws (its `part="base"` box, or a quote card's message) and the form
 * controls inside: one look for all four, each widget's own styles adding only what is its own.
 */
export const panelStyles = css`
  [part~='base'],
  [part~='message'] {
    margin: 0;
    padding: var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .heading {
    font-size: 1.2em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    color: var(--_muted);
  }
  input,
  select,
  button {
    font: inherit;
    color: var(--_fg);
  }
  input,
  select {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.3em 0.4em;
    min-width: 0;
  }
  button {
    cursor: pointer;
  }
  /* the widgets' secondary buttons: filter chips, close, clear, zoom, downloads, pager, citations */
  .chip,
  .close,
  .clear,
  .latest,
  .actor,
  .cite,
  .zoom button,
  .downloads button,
  .pager button,
  .cite-this > button {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.25em 0.6em;
  }
  .cite-this {
    margin-top: 0.5rem;
    font-size: 0.9em;
  }
  /* for screen readers only */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
