import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What is measured of an element: its client box and how far it is scrolled. */
export interface InnerSize {
  readonly width: number;
  readonly height: number;
  readonly scrollTop: number;
}

/**
 * Sizes of elements inside a widget's shadow root (those matching `selector`), for layouts that
 * need the rendered DOM's measures: observed by a ResizeObserver, re-observed after each update that
 * replaces them, and reported on the next animation frame, never from inside an update (which would
 * schedule another one) nor in the observer's own callback (a re-render there that resizes what is
 * observed raises "ResizeObserver loop completed with undelivered notifications" in the host page).
 */
export class InnerSizeController implements ReactiveController {
  private readonly observer?: ResizeObserver;
  private observed: Element[] = [];

  constructor(
    private readonly host: Host,
    private readonly selector: string,
    onSize: (el: Element, size: InnerSize) => void,
  ) {
    host.addController(this);
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const sizes = entries.map(({ target }) => {
        const el = target as HTMLElement;
        return [el, { width: el.clientWidth, height: el.clientHeight, scrollTop: el.scrollTop }] as const;
      });
      requestAnimationFrame(() => sizes.forEach(([el, size]) => onSize(el, size)));
    });
  }

  hostUpdated(): void {
    const now = [...this.host.renderRoot.querySelectorAll(this.selector)];
    if (now.length === this.observed.length && now.every((el, i) => el === this.observed[i])) return;
    for (const el of this.observed) if (!now.includes(el)) this.observer?.unobserve(el);
    for (const el of now) if (!this.observed.includes(el)) this.observer?.observe(el);
    this.observed = now;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = [];
  }
}
