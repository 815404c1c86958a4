// The hydrating entry, for pages whose widgets were rendered on a server (Lit's SSR, the Eleventy
// plugin, `renderWidget` below in Node): Lit's hydration support must be installed before any
// LitElement class is defined, so it is imported first; then every widget, as the library entry.
// A widget the server rendered then takes over its declarative shadow root in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './all.js';
