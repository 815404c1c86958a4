/**
 * Registers a custom element unless the tag is taken. Blogs load scripts twice and pages mix
 * versions; `customElements.define` would throw there. The first definition wins and one console
 * warning says so.
 */
const warned = new Set<string>();

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`[steppe-widgets] <${tag}> is already defined (the script is loaded twice?); keeping the first definition.`);
  }
}
