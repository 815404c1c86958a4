import { ContextRoot } from '@lit/context';

/**
 * A widget that upgrades before its <steppe-dataset> would never hear from it. A ContextRoot on
 * the document replays such requests once a provider appears. Attached once per page, shared by
 * every copy of the library through a global symbol.
 */
const KEY = Symbol.for('steppe-widgets/context-root');

export function ensureContextRoot(): void {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  if (holder[KEY] || typeof document === 'undefined') return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  holder[KEY] = root;
}
