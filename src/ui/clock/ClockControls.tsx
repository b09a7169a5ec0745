// The clock controls as the app shell mounts them: the session's clock driver, with the keyboard
// shortcuts switched on (mount this once per page, or the shortcuts would fire twice).
import { useSession } from '../../app/session-context';
import { ClockControlsView } from './ClockControlsView';

export function ClockControls() {
  const { clockDriver, cluster } = useSession();
  return <ClockControlsView driver={clockDriver} cluster={cluster} />;
}
