/** How long the app waits, at most, for the frame that paints the server's first paint (a hidden tab has none). */
export const PAINT_WAIT_MS = 250;

/**
 * Resolves once the browser has painted the server's first paint of Today in `root` (`[data-first-paint]`,
 * ADR 232): after the next animation frame, so that the app's own evaluation does not hold that paint back
 * (ADR 234); or after `PAINT_WAIT_MS` when no frame comes. At once when the page has no such markup.
 */
export function afterServerPaint(root: HTMLElement | null): Promise<void> {
  if (root === null || root.querySelector('[data-first-paint]') === null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() => {
      // a task queued from the frame's callback runs once that frame is painted
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0);
    });
  });
}
