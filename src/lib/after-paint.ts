/**
 * Runs `run` once the current render has been painted: in a task after the next animation frame.
 * A page in a background tab gets no frames, so `fallback` ms later it runs anyway: work put off
 * until after the first paint (the second validation pass, the excerpts, the table's option
 * counts) still gets done in a tab opened in the background.
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
  requestAnimationFrame(() => setTimeout(once));
}
