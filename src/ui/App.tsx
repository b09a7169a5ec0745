// The page: a top bar (title and the clock), the cluster strip, and the workbench of three panes.
import { useEffect, type MouseEvent } from 'react';
import { TopBar } from './layout/TopBar';
import { Workbench } from './layout/Workbench';
import { Notices } from './common/Notices';
import { focusConsoleInput, typeToReachConsole } from './common/console-focus';

/** The skip link lands in the console's input, ready for typing (the link's target is only the pane). */
function skipToConsole(event: MouseEvent<HTMLAnchorElement>) {
  if (focusConsoleInput()) event.preventDefault();
}

export function App() {
  useEffect(typeToReachConsole, []);
  return (
    <div className="pl-app pl-theme">
      <a className="pl-skip-link" href="#pl-console-pane" onClick={skipToConsole}>
        Skip to the console
      </a>
      <TopBar />
      <Workbench />
      <Notices />
    </div>
  );
}
