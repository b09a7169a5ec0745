// The console must echo the first keystroke as early as possible (the console is ready within 1 s), and
// the big chunks (the simulator and kubectl, Monaco) are long tasks on the main thread when they
// arrive. They wait for the page's first quiet moment after it has painted, so the terminal is up
// and typing echoes before they run; a busy page still gets them within IDLE_TIMEOUT_MS.
import { useEffect, useState } from 'react';

const IDLE_TIMEOUT_MS = 300;
let idle: Promise<void> | undefined;

/** A page opened in a background tab paints no frames; it should not wait to be looked at. */
const HIDDEN_TAB_FALLBACK_MS = 1_000;

function nextQuietMoment(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, HIDDEN_TAB_FALLBACK_MS);
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(resolve, 0);
    });
  });
}

/** Resolves once, after the first frame has painted and the main thread has had a free moment. */
export function pageIdle(): Promise<void> {
  idle ??= nextQuietMoment();
  return idle;
}

/**
 * False until `after` has settled (whether or not it succeeded) and the page has had a quiet
 * moment since, then true: for a component that defers a heavy child behind other start-up work.
 */
export function useQuietAfter(after: Promise<unknown>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void after
      .catch(() => undefined)
      .then(nextQuietMoment)
      .then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [after]);
  return ready;
}
