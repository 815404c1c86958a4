/**
 * Registers a custom element unless the tag is taken. Blogs load scripts twice and pages mix our
 * files (dist/timeline.js and dist/quote-card.js both carry <steppe-dataset>) and versions;
 * `customElements.define` would throw there. The first definition wins. Each definition carries
 * its release: one of the same release is the same element, kept without a word; one of another
 * release (or another script's) gets one console warning, since the page then runs that one.
 */

/** This release, as package.json names it (test/node/standalone.test.mjs checks that they agree). */
export const RELEASE = '0.1.0';
const BRAND = Symbol.for('steppe-widgets/release');
const warned = new Set<string>();

const releaseOf = (ctor: CustomElementConstructor): unknown => (ctor as unknown as Record<symbol, unknown>)[BRAND];

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    Object.defineProperty(ctor, BRAND, { value: RELEASE });
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || releaseOf(existing) === RELEASE || warned.has(tag)) return;
  warned.add(tag);
  const release = releaseOf(existing);
  console.warn(`[steppe-widgets] <${tag}> is already defined${typeof release === 'string' ? ` by steppe-widgets ${release}` : ''} (this is ${RELEASE}); keeping the first definition.`);
}
