/**
 * A tiny HTML builder for the static fallback: a tagged template whose interpolations are always
 * escaped, unless they are themselves the output of `html`. Data can therefore never be rendered
 * as markup by accident: a title `<img src=x onerror=…>` comes out as text.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in double- or single-quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Markup built by `html` (trusted because every interpolation in it was escaped). */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text (escaped), markup, lists of either; nothing for null/false. */
export type Part = Markup | string | number | null | undefined | false | readonly Part[];

const render = (part: Part): string => {
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
};

export function html(strings: TemplateStringsArray, ...values: readonly Part[]): Markup {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new Markup(out);
}

/** Joins parts with a separator (the separator is escaped like any text). */
export function join(parts: readonly Part[], separator: Part): Markup {
  return html`${parts.map((p, i) => (i ? [separator, p] : p))}`;
}
