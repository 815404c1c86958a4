// Custom Elements Manifest analyzer plugins (custom-elements-manifest.config.mjs) that make the
// manifest describe the package as shipped, before the framework type generators read it.
//
// - shippedEvents: the analyzer adds an event for every `this.dispatchEvent(new X(a, b))` and takes
//   `a` as its name, so `new SteppeSelectEvent(id, 'actor')` became an event named `id` and
//   `new SteppeSelectEvent('', 'event')` one with no name. The `@fires {Type} name - …` tags are
//   what the manifest should say: this keeps those, drops the guesses they cover, and fails the
//   analysis for an event that is dispatched but not documented, or documented without its class.
// - shippedPaths: module paths and references say src/**/*.ts, which the package does not ship;
//   this points them at dist/esm/**/*.js, and records which entry module registers each element
//   (a `custom-element-definition` export, since the analyzer does not see `defineElement()`).
// - frameworkGlue: runs after the generators; see its comment.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Every object in the manifest that has a `module` reference, and the modules themselves. */
function* references(node) {
  if (Array.isArray(node)) for (const n of node) yield* references(n);
  else if (node && typeof node === 'object') {
    if (typeof node.module === 'string') yield node;
    for (const v of Object.values(node)) yield* references(v);
  }
}

/** src/x/y.ts (or ./src/…, /src/…, …/y.js) → dist/esm/x/y.js; other paths unchanged. */
export const shippedPath = (path) => path.replace(/^(\.?\/)?src\/(.*?)\.(ts|js)$/, 'dist/esm/$2.js');

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function shippedEvents() {
  return {
    name: 'steppe:shipped-events',
    packageLinkPhase({ customElementsManifest }) {
      const problems = [];
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.events?.length) continue;
          const documented = decl.events.filter((e) => e.name && e.description !== undefined);
          const typed = new Map(documented.filter((e) => e.type?.text).map((e) => [e.type.text, e]));
          for (const e of documented) {
            if (!e.type?.text) problems.push(`${decl.name}: @fires ${e.name} names no event class (write @fires {EventClass} ${e.name} - …)`);
            if (!/^steppe-[a-z]+(-[a-z]+)*$/.test(e.name)) problems.push(`${decl.name}: event name ${e.name} is not steppe-<verb>`);
          }
          for (const e of decl.events) {
            if (documented.includes(e)) continue;
            if (!typed.has(e.type?.text)) problems.push(`${decl.name}: dispatches ${e.type?.text ?? 'an event'} without an @fires {${e.type?.text}} tag naming it`);
          }
          decl.events = documented;
        }
      }
      if (problems.length) throw new Error(`custom-elements.json events:\n- ${problems.join('\n- ')}`);
    },
  };
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function shippedPaths({ entries }) {
  return {
    name: 'steppe:shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const byTag = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.tagName) byTag.set(decl.tagName, { name: decl.name, module: mod.path });
      }
      for (const [tag, entry] of Object.entries(entries)) {
        const mod = customElementsManifest.modules.find((m) => m.path === entry);
        const declaration = byTag.get(tag);
        if (!mod || !declaration) throw new Error(`custom-elements.json: no module ${entry} or no element <${tag}>`);
        mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { ...declaration } }];
      }
      for (const mod of customElementsManifest.modules) {
        // the analyzer writes some references relative to their module ('./lib/events.js') and
        // some from the root ('/src/lib/steppe-element.js'); the schema wants package paths
        for (const ref of references([mod.declarations, mod.exports])) {
          const rooted = /^\.\.?\//.test(ref.module) ? posix.join(posix.dirname(mod.path), ref.module) : ref.module.replace(/^\//, '');
          ref.module = shippedPath(rooted);
        }
        // helpers that call customElements.define(tag, ctor) are not definitions
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name in entries);
        mod.path = shippedPath(mod.path);
      }
    },
  };
}

/**
 * After the generators: the fixes to what custom-element-vuejs-integration and
 * custom-element-svelte-integration write, and the Svelte file's global declaration.
 * - Both type a listener as `(e: CustomEvent<T>) => void`, taking an event's type for its detail's,
 *   and import T once per element that fires it. Our events are Event subclasses whose fields sit on
 *   the event (`e.recordId`), as the manifest's `type` says, so `CustomEvent<SteppeSelectEvent>`
 *   becomes `SteppeSelectEvent`, and each import names a type once. The build fails if the output
 *   no longer has that shape (a generator that learned this itself).
 * - The Vue generator keys a listener `onsteppe-select`; Vue's template compiler turns
 *   `@steppe-select` into the prop `onSteppeSelect`, which is what vue-tsc looks up. It keys an
 *   attribute as written (`"quote-id"`), and vue-tsc looks up a component's attributes camelized
 *   (`quoteId`) too, so those keys are camelized.
 * - The Svelte generator declares `svelteHTML` inside a module, where it augments nothing, and
 *   types Svelte 4's `on:steppe-select` only; svelte.d.ts declares it globally from the generated
 *   CustomElements, with Svelte 5's `onsteppe-select` beside each `on:` directive, and a writable
 *   property that has no attribute (`data`) by its name beside the generator's `bind:data`.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function frameworkGlue({ outdir, vue, svelte }) {
  return {
    name: 'steppe:framework-glue',
    packageLinkPhase({ customElementsManifest }) {
      const events = customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => d.events ?? []));
      const eventClasses = new Set(events.map((e) => e.type.text));
      for (const file of [vue, svelte]) {
        const path = join(outdir, file);
        let text = readFileSync(path, 'utf8').replace(/import type \{([^}]*)\} from/g, (_, names) =>
          `import type { ${[...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))].join(', ')} } from`);
        for (const type of eventClasses) {
          if (!text.includes(`CustomEvent<${type}>`)) throw new Error(`${path}: no CustomEvent<${type}> to correct; has the generator changed?`);
          text = text.replaceAll(`CustomEvent<${type}>`, type);
        }
        if (file === vue) {
          for (const name of new Set(events.map((e) => e.name))) {
            const handler = `on${name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;
            if (!text.includes(`"on${name}"?:`)) throw new Error(`${path}: no "on${name}" to rename; has the generator changed?`);
            text = text.replaceAll(`"on${name}"?:`, `"${handler}"?:`);
          }
          // vue-tsc camelizes a component's attribute names too (`quote-id="…"` is checked as
          // `quoteId`), so an attribute key with a dash would match nothing under strictTemplates
          // and go unchecked without it
          let renamed = 0;
          text = text.replace(/^type \w+Props = \{\n[\s\S]*?^\};/gm, (block) => block.replace(/^(\s*)"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"\?:/gm, (line, indent, name) => {
            const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
            if (new RegExp(`^\\s*"?${camel}"?\\?:`, 'm').test(block)) throw new Error(`${path}: both "${name}" and ${camel} are keys; has the generator changed?`);
            renamed++;
            return `${indent}${camel}?:`;
          }));
          if (!renamed) throw new Error(`${path}: no dashed attribute key to camelize; has the generator changed?`);
        }
        writeFileSync(path, text);
      }
      writeFileSync(join(outdir, 'svelte.d.ts'), `// Svelte: <steppe-*> elements, their attributes and events in svelteHTML (written by
// scripts/cem-plugins.mjs from ${svelte}, which custom-element-svelte-integration generates).
import type { CustomElements } from './${svelte.replace(/\.d\.ts$/, '.js')}';

/** Svelte 5's event attributes: \`onsteppe-select\` beside each \`on:steppe-select\`. */
type EventAttributes<T> = { [K in keyof T as K extends \`on:\${infer E}\` ? \`on\${E}\` : never]: T[K] };
type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends (<T>() => T extends Y ? 1 : 2) ? A : B;
type WritableKeys<T> = { [P in keyof T]-?: IfEquals<{ [Q in P]: T[P] }, { -readonly [Q in P]: T[P] }, P, never> }[keyof T];
/**
 * A property with no attribute (\`<steppe-dataset data={records}>\`): Svelte sets it as the element's
 * property. The generator lists such members as \`bind:data\` only; the writable ones get their name too.
 */
type PropertyAttributes<T, E> = { [K in keyof T as K extends \`bind:\${infer P}\` ? (P extends WritableKeys<E> ? P : never) : never]: T[K] };
type Svelte5Elements = {
  [Tag in keyof CustomElements]: CustomElements[Tag] & EventAttributes<CustomElements[Tag]>
    & PropertyAttributes<CustomElements[Tag], Tag extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[Tag] : object>
};

declare global {
  namespace svelteHTML {
    interface IntrinsicElements extends Svelte5Elements {}
  }
}

export type { CustomElements };
`);
    },
  };
}

/**
 * `fn` with its console warnings that match `pattern` held back. @wc-toolkit/type-parser warns for
 * every type it leaves unexpanded (lib.dom's, valibot's, an element's own class: about twenty lines
 * a run); such a type keeps its text, which is all the manifest needs of it.
 * @template {(...args: any[]) => any} F
 * @param {F} fn
 * @param {RegExp} pattern
 * @returns {F}
 */
export function withoutWarnings(fn, pattern) {
  return /** @type {F} */ ((...args) => {
    const warn = console.warn;
    console.warn = (...parts) => {
      if (!parts.some((p) => pattern.test(String(p)))) warn(...parts);
    };
    try {
      return fn(...args);
    } finally {
      console.warn = warn;
    }
  });
}
