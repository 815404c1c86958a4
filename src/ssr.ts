// The entry for server rendering (Lit's SSR in Node, @lit-labs/eleventy-plugin-lit's
// componentModules): every widget, and the embedded data's verbatim excerpts loaded before
// anything is rendered (in the browser they load after the first paint; a server page has no
// "after"), so that a server-rendered citation holds its passage, never "Loading the passage…".
import { excerptsReady } from './data/excerpts.js';

export * from './all.js';

await excerptsReady();
