import { describe, expect, it } from 'vitest';
import { createConsole } from '../kubectl/console';
import { createCluster } from '../sim/index';
import { memoryStorage } from './persistence';
import { PAUSED_CLOCK_NOTICE, PAUSED_CLOCK_WAITING_NOTICE } from './paused-clock-notice';
import { createSession } from './session';

function pausedSession() {
  const session = createSession({
    createCluster,
    createConsole,
    startTime: Date.UTC(2026, 10, 22, 10, 0, 0),
    seed: 3,
    storage: memoryStorage(),
    playing: false,
  });
  let shown = '';
  session.output.subscribe((text) => (shown += text));
  return { session, shown: () => shown };
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('a command waiting on a paused clock', () => {
  it('kubectl run while paused says the clock is paused and how to resume, once per pause', () => {
    const { session, shown } = pausedSession();
    session.console.submit('kubectl run frozen --image=gcr.io/kuar-demo/kuard-amd64:blue');
    expect(shown()).toContain('pod/frozen created\n' + PAUSED_CLOCK_NOTICE);
    session.console.submit('kubectl get pods');
    expect(count(shown(), PAUSED_CLOCK_NOTICE)).toBe(1);

    // Playing re-arms it: the next pause tells again.
    session.clockDriver.getState().play();
    session.clockDriver.getState().pause();
    session.console.submit('kubectl get pods');
    expect(count(shown(), PAUSED_CLOCK_NOTICE)).toBe(2);
  });

  it('a command that waits for time (sleep) says so, with Ctrl+C as the way out', () => {
    const { session, shown } = pausedSession();
    session.console.submit('sleep 5');
    expect(session.console.state().kind).toBe('running');
    expect(shown()).toContain(PAUSED_CLOCK_WAITING_NOTICE);
    expect(PAUSED_CLOCK_WAITING_NOTICE).toContain('Ctrl+C');
  });

  it('says nothing while the clock plays', () => {
    const { session, shown } = pausedSession();
    session.clockDriver.getState().play();
    session.console.submit('kubectl run live --image=gcr.io/kuar-demo/kuard-amd64:blue');
    session.console.submit('sleep 5');
    expect(shown()).not.toContain('clock is paused');
  });
});
