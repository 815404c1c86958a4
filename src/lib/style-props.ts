import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), never through a
 * `style` attribute. Under a strict Content Security Policy (`style-src 'self'`, no
 * 'unsafe-inline') a style attribute is blocked, and lit's styleMap writes one on first render;
 * CSSOM writes are allowed. Use in element position: `<div ${styleProps({ top: '4px' })}>`.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() belongs in element position');
  }

  render(_props: Readonly<Record<string, string | undefined>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | undefined>>]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (props[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
