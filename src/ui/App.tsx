// The page: a top bar (title and the clock), the cluster strip, and the workbench of three panes;
// or, at #/workshop, the teacher's guide in their place.
import { lazy, Suspense, useEffect, useState, type MouseEvent } from 'react';
import { isWorkshopRoute } from '../lessons/route';
import { TopBar } from './layout/TopBar';
import { Workbench } from './layout/Workbench';
import { Notices } from './common/Notices';
import { focusConsoleInput, typeToReachConsole } from './common/console-focus';
import { ViewingBanner } from './session/ViewingBanner';

/** The skip link lands in the console's input, ready for typing (the link's target is only the pane). */
function skipToConsole(event: MouseEvent<HTMLAnchorElement>) {
  if (focusConsoleInput()) event.preventDefault();
}

// The guide carries every lesson's text: it arrives in its own chunk, and only for a teacher.
const WorkshopPage = lazy(() => import('./workshop/WorkshopPage').then((m) => ({ default: m.WorkshopPage })));

function useWorkshopRoute(): boolean {
  const [workshop, setWorkshop] = useState(() => isWorkshopRoute(location.hash));
  useEffect(() => {
    const follow = () => setWorkshop(isWorkshopRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return workshop;
}

export function App() {
  const workshop = useWorkshopRoute();
  useEffect(() => (workshop ? undefined : typeToReachConsole()), [workshop]);
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
      <a className="pl-skip-link" href="#pl-console-pane" onClick={skipToConsole}>
        Skip to the console
      </a>
      <TopBar />
      <ViewingBanner />
      <Workbench />
      <Notices />
    </div>
  );
}
