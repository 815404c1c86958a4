import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot?: HTMLElement | DocumentFragment };

/**
 * The host's content-box width, for container-driven layouts. Unlike a plain ResizeObserver
 * callback that re-renders synchronously (which makes the observed box change inside the same
 * frame and raises "ResizeObserver loop completed with undelivered notifications" in the host
 * page), the new width is applied on the next animation frame and only when it changed.
 * A hidden host (display:none) measures 0; when it is shown, the observer fires and the widget
 * renders for its real width.
 *
 * A page rule can make the host inline (`* { all: unset }` beats `:host { display: block }`),
 * and an inline box has no width to observe; the widget's own top-level box (`part="base"`) is
 * observed as well, and its width is used when the host has none.
 */
export class WidthController implements ReactiveController {
  /** 0 until measured, and while the host is hidden. */
  value = 0;
  /** The host's computed font size in px, measured with its width (16 until then, and on a server). */
  fontSize = 16;
  private observer?: ResizeObserver;
  private base?: Element;
  private hostWidth = 0;
  private baseWidth = 0;
  private frame = 0;

  /**
   * `measureFirst`: whether to measure when the host connects (on the client), so that its first
   * render is laid out for its width instead of a frame later; a server-rendered widget says no,
   * since its first render must match the server's, which had no width.
   */
  constructor(private readonly host: Host, private readonly measureFirst: () => boolean = () => true) {
    host.addController(this);
  }

  /** The width and font size now, forcing a layout (once, when the host connects). */
  private measureNow(): void {
    const rect = this.host.getBoundingClientRect();
    if (!rect.width) return; // hidden, or inline: the observer says when it has a width
    const style = getComputedStyle(this.host);
    const px = (value: string) => parseFloat(value) || 0;
    // the content box, as the observer reports it
    this.value = Math.round(rect.width - px(style.paddingLeft) - px(style.paddingRight) - px(style.borderLeftWidth) - px(style.borderRightWidth));
    this.fontSize = px(style.fontSize) || 16;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === this.host) this.hostWidth = Math.round(entry.contentRect.width);
        else if (entry.target === this.base) this.baseWidth = Math.round(entry.contentRect.width);
      }
      const width = this.hostWidth || this.baseWidth;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        const fontSize = parseFloat(getComputedStyle(this.host).fontSize) || 16;
        if (width === this.value && fontSize === this.fontSize) return;
        this.value = width;
        this.fontSize = fontSize;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
    this.base = undefined;
    if (!this.value && this.measureFirst()) this.measureNow();
    this.hostUpdated();
  }

  hostUpdated(): void {
    const base = this.host.renderRoot?.querySelector?.('[part~="base"]') ?? undefined;
    if (!this.observer || base === this.base) return;
    if (this.base) this.observer.unobserve(this.base);
    this.base = base;
    this.baseWidth = 0;
    if (base) this.observer.observe(base);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.base = undefined;
    cancelAnimationFrame(this.frame);
  }
}
