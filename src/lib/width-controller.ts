import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content-box width, for container-driven layouts. Unlike a plain ResizeObserver
 * callback that re-renders synchronously (which makes the observed box change inside the same
 * frame and raises "ResizeObserver loop completed with undelivered notifications" in the host
 * page), the new width is applied on the next animation frame and only when it changed.
 * A hidden host (display:none) measures 0; when it is shown, the observer fires and the widget
 * renders for its real width.
 */
export class WidthController implements ReactiveController {
  /** 0 until measured, and while the host is hidden. */
  value = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (width === this.value) return;
        this.value = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
