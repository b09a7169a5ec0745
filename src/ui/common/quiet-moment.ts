// The page's first quiet moment: after a frame has painted and the main thread has had a free
// moment. Big chunks (React and the panes, Monaco) wait for one, so they run after what the learner
// is waiting for (the console's echo and answer) rather than in its way; a busy page still gets
// them within IDLE_TIMEOUT_MS. Free of React, so the page's boot code can use it.

const IDLE_TIMEOUT_MS = 300;
/** A page opened in a background tab paints no frames; it should not wait to be looked at. */
const HIDDEN_TAB_FALLBACK_MS = 1_000;

export function nextQuietMoment(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, HIDDEN_TAB_FALLBACK_MS);
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(resolve, 0);
    });
  });
}
