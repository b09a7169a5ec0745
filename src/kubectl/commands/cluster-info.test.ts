import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl cluster-info', () => {
  it('names the control plane and CoreDNS addresses, then the hint kubectl prints', () => {
    const session = testSession();
    const { controlPlaneURL, coreDNSURL } = session.cluster.server;
    expect(outputOf(session, 'kubectl cluster-info')).toBe(
      `Kubernetes control plane is running at ${controlPlaneURL}\nCoreDNS is running at ${coreDNSURL}\n\n` +
        "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    );
  });
});
