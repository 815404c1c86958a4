import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadExcerpts, onExcerpts } from '../data/excerpts.js';
import type { DatasetView } from '../data/view.js';
import { afterPaint } from './after-paint.js';

/**
 * Lazy excerpts for a widget (src/data/excerpts.ts): once it has rendered what it shows first, it
 * starts loading the excerpts of the records it shows, and it renders again when they arrive (or
 * fail). Every visible widget has one (SteppeElement).
 */
export class ExcerptsController implements ReactiveController {
  private stop?: () => void;
  private started?: object;

  constructor(private readonly host: ReactiveControllerHost, private readonly view: () => DatasetView | undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop ??= onExcerpts(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  /**
   * After a render (the first one, or one with new data) has been painted: fetch what the view's
   * records wait for. Not before the paint: a local or cached file would arrive in time to be
   * evaluated, and the widget rendered again, ahead of the first frame.
   */
  hostUpdated(): void {
    const view = this.view();
    if (view?.excerpts !== 'loading' || view.dataset === this.started) return;
    this.started = view.dataset;
    const { dataset } = view;
    afterPaint(() => void loadExcerpts(dataset));
  }
}
