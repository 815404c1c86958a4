/**
 * Runs `run` once the current render has been painted: when the browser is idle after the next
 * animation frame (at most 100 ms later), or in a task after it where there is no
 * requestIdleCallback (Safari). Not in a plain task after the frame: that ran ahead of the page's
 * own tasks, and ahead of the message a probe posts from the frame to see it end (the trade
 * table's option counts, 30 ms, were counted as part of its first paint). A page in a background
 * tab gets no frames, so `fallback` ms later it runs anyway: work put off until after the first
 * paint (the second validation pass, the excerpts, the table's option counts) still gets done in
 * a tab opened in the background.
 */
export function afterPaint(run: () => void, fallback = 1000): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, fallback);
  // after the frame, once the browser is idle: the page's own tasks, and the frame's end, go first
  const idle = globalThis.requestIdleCallback;
  requestAnimationFrame(() => (idle ? idle(once, { timeout: 100 }) : setTimeout(once)));
}
