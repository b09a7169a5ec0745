// A heavy child (Monaco) deferred behind other start-up work: it mounts at the page's next quiet
// moment after that work (quiet-moment.ts), so the console keeps echoing while it loads.
import { useEffect, useState } from 'react';
import { nextQuietMoment } from './quiet-moment';

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
