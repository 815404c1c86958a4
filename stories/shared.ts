// Helpers the stories share (not a stories file itself).
import { html, type TemplateResult } from 'lit';

/** The page colours of a dark site, for stories of `theme="dark"`. */
export const darkPage = (content: unknown): TemplateResult =>
  html`<div style="background:#15181c;color:#ece9e2;padding:1rem">${content}</div>`;

/** The dark palette set through the public custom properties, on a dark page. */
export const darkByProperties = (content: unknown): TemplateResult =>
  html`<div style="background:#15181c;padding:1rem;--steppe-color-text:#ece9e2;--steppe-color-muted:#b5afa4;
      --steppe-color-background:#1f2328;--steppe-color-surface:#2a2f36;--steppe-color-border:#454b54;--steppe-accent:#6fd0c9;
      --steppe-color-focus:#9cc2ff;--steppe-color-danger:#ff9b9b">${content}</div>`;

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** The first `tag` in the story, once it has rendered. */
export async function widget(root: HTMLElement, tag: string): Promise<Lit> {
  await customElements.whenDefined(tag);
  const el = root.querySelector<Lit>(tag);
  if (!el) throw new Error(`${tag} not found in the story`);
  await el.updateComplete;
  return el;
}

/**
 * The first element matching `selector` in `el`'s shadow root. Widgets pick their layout from the
 * container's width one frame after the first render, so this waits for it (up to 2 s).
 */
export async function findInside<T extends HTMLElement = HTMLElement>(el: Lit, selector: string): Promise<T> {
  for (let i = 0; i < 120; i++) {
    const found = el.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise(requestAnimationFrame);
  }
  throw new Error(`${selector} not found in ${el.localName}`);
}

/** Clicks the first element matching `selector` in `el`'s shadow root, as a reader would. */
export async function clickInside(el: Lit, selector: string): Promise<void> {
  (await findInside(el, selector)).click();
  await el.updateComplete;
}

/** A minimal source record for the stories' own datasets. */
export const notesSource = { id: 'notes', title: 'Class notes', authors: [], kind: 'notes', sources: [{ doc: 'notes', excerpt: 'Class notes' }] };
