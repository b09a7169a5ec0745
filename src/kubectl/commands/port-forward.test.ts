// kubectl port-forward when a connection fails on the Pod's side (nothing listens on the port,
// or the container behind it has died). client-go v0.32 tools/portforward/portforward.go:
// handleConnection prints "Handling connection for PORT", logs the kubelet's error through
// runtime.HandleError ("Unhandled Error") and closes the stream connection; forward() then
// returns ErrLostConnectionToPod, which kubectl prints as "error: lost connection to pod", exit 1.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

const KUARD = 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue';

describe('kubectl port-forward losing its connection to the Pod', () => {
  it('ends with "lost connection to pod" and exit 1 after a refused connection, closing the port', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 10', 'kubectl port-forward kuard 9999');
    expect(session.engine.state().kind).toBe('running');
    expect(outputOf(session, 'curl -s localhost:9999/')).toContain('curl: (52) Empty reply from server');
    const record = session.engine.records().find((r) => r.line === 'kubectl port-forward kuard 9999')!;
    expect(record.exitCode).toBe(1);
    const lines = record.output.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Forwarding from 127.0.0.1:9999 -> 9999',
      'Forwarding from [::1]:9999 -> 9999',
      'Handling connection for 9999',
    ]);
    expect(lines[3]).toMatch(
      /^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ portforward\.go:424\] "Unhandled Error" err="an error occurred forwarding 9999 -> 9999: /,
    );
    expect(lines.slice(4)).toEqual(['error: lost connection to pod', '']);
    expect(session.engine.forwards()).toEqual([]);
    expect(outputOf(session, 'curl -s localhost:9999/')).toContain('curl: (7) Failed to connect');
  });

  it('keeps forwarding while the connections succeed', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 10', 'kubectl port-forward kuard 8080');
    expect(outputOf(session, 'curl -s localhost:8080/ready')).toBe('Handling connection for 8080\nok');
    expect(outputOf(session, 'curl -s localhost:8080/ready')).toBe('Handling connection for 8080\nok');
    expect(session.engine.state().kind).toBe('running');
  });
});

// client-go portforward.go parseAddresses: localhost is both loopbacks, an IP is listened on as given.
describe('kubectl port-forward --address', () => {
  it('forwards from each address given, in order', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 10');
    expect(outputOf(session, 'kubectl port-forward kuard 8080 --address=0.0.0.0,localhost,::1')).toBe(
      'Forwarding from 0.0.0.0:8080 -> 8080\nForwarding from 127.0.0.1:8080 -> 8080\nForwarding from [::1]:8080 -> 8080\n',
    );
  });
});
