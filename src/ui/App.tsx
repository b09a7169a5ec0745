// The page: a top bar (title and the clock), the cluster strip, and the workbench of three panes;
// or, at #/workshop, the teacher's guide in their place.
import { lazy, Suspense, useEffect, useState } from 'react';
import { isWorkshopRoute } from '../lessons/route';
import { TopBar } from './layout/TopBar';
import { Workbench } from './layout/Workbench';
import { Notices } from './common/Notices';
import { ViewingBanner } from './session/ViewingBanner';

// The guide carries every lesson's text: it arrives in its own chunk, and only for a teacher.
const WorkshopPage = lazy(() => import('./workshop/WorkshopPage').then((m) => ({ default: m.WorkshopPage })));

function useWorkshopRoute(startsThere: boolean): boolean {
  const [workshop, setWorkshop] = useState(startsThere);
  useEffect(() => {
    const follow = () => setWorkshop(isWorkshopRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return workshop;
}

/**
 * `startsOnWorkshop`: the address the page was opened at was the workshop's. The boot code reads it
 * before the session, which puts the lesson it opens into the address, has started; the page
 * pre-rendered at build time has no address and is the workbench.
 */
export function App({ startsOnWorkshop = false }: { startsOnWorkshop?: boolean }) {
  const workshop = useWorkshopRoute(startsOnWorkshop);
  if (workshop)
    return (
      <div className="pl-workshop-page pl-theme">
        <Suspense fallback={<p className="pl-loading">Loading the workshop guide…</p>}>
          <WorkshopPage />
        </Suspense>
        <Notices />
      </div>
    );
  return (
    <div className="pl-app pl-theme">
      {/* It leads into the console's input (src/ui/common/console-focus.ts, installed at boot). */}
      <a className="pl-skip-link" href="#pl-console-pane">
        Skip to the console
      </a>
      <TopBar />
      <ViewingBanner />
      <Workbench />
      <Notices />
    </div>
  );
}
