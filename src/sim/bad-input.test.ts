// Bad input never breaks the cluster: whatever arrives at the API, the answer is a Status or an
// object, never an exception, and the cluster keeps working afterwards.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCluster } from './index';
import type { Kind } from './api';

const KINDS: Kind[] = ['Pod', 'Node', 'Event', 'PersistentVolume', 'PersistentVolumeClaim', 'Namespace'];

/** Pod-shaped bodies whose fields hold arbitrary JSON. */
const podish = fc.record(
  {
    apiVersion: fc.oneof(fc.constant('v1'), fc.jsonValue()),
    kind: fc.oneof(fc.constantFrom(...KINDS), fc.jsonValue()),
    metadata: fc.oneof(
      fc.record(
        { name: fc.oneof(fc.constantFrom('a', 'kuard', 'Bad_Name', ''), fc.jsonValue()), labels: fc.jsonValue() },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
    spec: fc.oneof(
      fc.record(
        {
          containers: fc.oneof(
            fc.array(
              fc.record(
                {
                  name: fc.jsonValue(),
                  image: fc.oneof(fc.constant('fake'), fc.jsonValue()),
                  ports: fc.jsonValue(),
                  resources: fc.jsonValue(),
                  livenessProbe: fc.jsonValue(),
                },
                { requiredKeys: [] },
              ),
            ),
            fc.jsonValue(),
          ),
          volumes: fc.jsonValue(),
          restartPolicy: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);

describe('bad input', () => {
  it('create and update answer every body without throwing', () => {
    const cluster = createCluster({ seed: 1, systemPods: false });
    fc.assert(
      fc.property(fc.oneof(podish, fc.anything()), (body) => {
        const created = cluster.create(body);
        const updated = cluster.update(body);
        expect(typeof created.ok).toBe('boolean');
        expect(typeof updated.ok).toBe('boolean');
        if (!created.ok) expect(created.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 400, seed: 7 },
    );
    cluster.clock.advanceBy(60_000);
    expect(cluster.list('Pod', undefined).ok).toBe(true);
  });

  it('selectors and names of any text get an answer', () => {
    const cluster = createCluster({ seed: 1, systemPods: false });
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(...KINDS), (labels, fields, kind) => {
        const listed = cluster.list(kind, undefined, { labelSelector: labels, fieldSelector: fields });
        expect(typeof listed.ok).toBe('boolean');
        expect(typeof cluster.get(kind, 'default', labels).ok).toBe('boolean');
        expect(typeof cluster.delete(kind, 'default', fields).ok).toBe('boolean');
        expect(typeof cluster.readLogs('default', labels, { container: fields }).ok).toBe('boolean');
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
