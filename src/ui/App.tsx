// The page: a top bar (title and the clock), the cluster strip, and the workbench of three panes.
import { TopBar } from './layout/TopBar';
import { Workbench } from './layout/Workbench';
import { Notices } from './common/Notices';

export function App() {
  return (
    <div className="pl-app pl-theme">
      <a className="pl-skip-link" href="#pl-console-pane">
        Skip to the console
      </a>
      <TopBar />
      <Workbench />
      <Notices />
    </div>
  );
}
