// The API server's answers, word for word: strict decoding, Go type errors, validation, defaults,
// the immutable-spec rule, AlreadyExists/NotFound/Conflict, selectors and quantities.
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { createCluster } from '../index';
import { canonicalQuantity, parseQuantity } from './quantity';

const pod = (spec: Record<string, unknown>, name = 'kuard', extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, ...extra },
  spec,
});
const kuard = {
  containers: [
    { name: 'kuard', image: 'gcr.io/kuar-demo/kuard-amd64:blue', ports: [{ containerPort: 8080, name: 'http' }] },
  ],
};

function errorOf(result: { ok: boolean; error?: unknown }) {
  return result.ok ? undefined : (result as { error: { message: string; reason: string; code: number } }).error;
}

describe('create', () => {
  it('fills the defaults the API server and admission add', () => {
    const result = createCluster({ seed: 3 }).create(pod(kuard));
    expect(result.ok).toBe(true);
    const p = (result as { value: Pod }).value;
    const c = p.spec!.containers[0]!;
    expect(c).toMatchObject({
      imagePullPolicy: 'IfNotPresent',
      resources: {},
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
    });
    expect(c.ports).toEqual([{ containerPort: 8080, name: 'http', protocol: 'TCP' }]);
    expect(c.volumeMounts).toEqual([
      {
        mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
        name: expect.stringMatching(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/),
        readOnly: true,
      },
    ]);
    expect(p.spec).toMatchObject({
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      serviceAccount: 'default',
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
    });
    expect(p.spec!.tolerations).toEqual([
      { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
      { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
    ]);
    expect(p.metadata).toMatchObject({
      namespace: 'default',
      creationTimestamp: '2026-11-22T10:00:00Z',
      uid: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it('defaults pull policy by tag and probe fields, and requests from limits', () => {
    const result = createCluster().create(
      pod({
        containers: [
          {
            name: 'a',
            image: 'nginx',
            livenessProbe: { httpGet: { port: 80 } },
            resources: { limits: { cpu: '1000m', memory: '256Mi' } },
          },
          {
            name: 'b',
            image: 'nginx:latest',
            readinessProbe: { tcpSocket: { port: 80 }, initialDelaySeconds: 5 },
            resources: { requests: { cpu: 0.5 } },
          },
        ],
      }),
    );
    const p = (result as { value: Pod }).value;
    const [a, b] = p.spec!.containers;
    expect(a!.imagePullPolicy).toBe('Always');
    expect(b!.imagePullPolicy).toBe('Always');
    expect(a!.livenessProbe).toEqual({
      httpGet: { path: '/', port: 80, scheme: 'HTTP' },
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(a!.resources).toEqual({ limits: { cpu: '1', memory: '256Mi' }, requests: { cpu: '1', memory: '256Mi' } });
    expect(b!.resources).toEqual({ requests: { cpu: '500m' } });
    expect(p.status?.qosClass).toBe('Burstable');
  });

  it('classifies Guaranteed when every container has equal cpu and memory requests and limits', () => {
    const result = createCluster().create(
      pod({ containers: [{ name: 'g', image: 'nginx:1', resources: { limits: { cpu: '1', memory: '1Gi' } } }] }),
    );
    expect((result as { value: Pod }).value.status?.qosClass).toBe('Guaranteed');
  });

  it('rejects unknown fields under strict validation, warns under Warn', () => {
    const cluster = createCluster();
    const body = pod({
      containers: [{ name: 'kuard', imagee: 'x', image: 'nginx:1' }],
      volumes: [{ name: 'd', presistentVolumeClaim: {} }],
    });
    expect(errorOf(cluster.create(body))).toMatchObject({
      reason: 'BadRequest',
      code: 400,
      message:
        'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee", unknown field "spec.volumes[0].presistentVolumeClaim"',
    });
    expect(
      errorOf(
        cluster.create(
          pod({
            securityContext: { runAsUser: 1000, fsgroup: 2 },
            containers: [
              { name: 'k', image: 'nginx:1', env: [{ name: 'A', valueFrom: { fieldRef: { fieldpath: 'x' } } }] },
            ],
          }),
        ),
      )?.message,
    ).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.securityContext.fsgroup", unknown field "spec.containers[0].env[0].valueFrom.fieldRef.fieldpath"',
    );
    const warned = cluster.create(pod({ containers: [{ name: 'kuard', imagee: 'x', image: 'nginx:1' }] }), {
      fieldValidation: 'Warn',
    });
    expect(warned.ok && warned.warnings).toEqual(['unknown field "spec.containers[0].imagee"']);
  });

  it('reports Go type errors and bad quantities as decoding errors', () => {
    const cluster = createCluster();
    expect(
      errorOf(
        cluster.create(pod({ containers: [{ name: 'k', image: 'nginx:1', ports: [{ containerPort: '8080' }] }] })),
      )?.message,
    ).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
    );
    expect(errorOf(cluster.create(pod({ containers: [{ name: 'k', image: 7 }] })))?.message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string',
    );
    expect(
      errorOf(cluster.create(pod({ containers: [{ name: 'k', image: 'nginx:1', ports: [{ containerPort: 80.5 }] }] })))
        ?.message,
    ).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
    );
    expect(errorOf(cluster.create(pod({ containers: [null] })))?.message).toBe(
      'Pod "kuard" is invalid: [spec.containers[0].name: Required value, spec.containers[0].image: Required value]',
    );
    expect(
      errorOf(
        cluster.create(
          pod({ containers: [{ name: 'k', image: 'nginx:1', resources: { limits: { memory: '128MB' } } }] }),
        ),
      )?.message,
    ).toBe(
      'Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'',
    );
  });

  it('validates with the field paths and wording of the API server', () => {
    const cluster = createCluster();
    expect(errorOf(cluster.create(pod({ containers: [{ name: 'kuard' }] })))).toMatchObject({
      reason: 'Invalid',
      code: 422,
      message: 'Pod "kuard" is invalid: spec.containers[0].image: Required value',
    });
    expect(errorOf(cluster.create(pod({ containers: [] })))?.message).toBe(
      'Pod "kuard" is invalid: spec.containers: Required value',
    );
    const many = errorOf(
      cluster.create(
        pod(
          {
            containers: [{ name: 'Web_App', image: 'nginx', ports: [{ containerPort: 70000 }] }],
            restartPolicy: 'Sometimes',
          },
          'Kuard',
        ),
      ),
    );
    expect(many?.message).toBe(
      "Pod \"Kuard\" is invalid: [metadata.name: Invalid value: \"Kuard\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'), " +
        "spec.containers[0].name: Invalid value: \"Web_App\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?'), " +
        'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive, ' +
        'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"]',
    );
    const probe = errorOf(
      cluster.create(
        pod({
          containers: [{ name: 'k', image: 'nginx:1', livenessProbe: { successThreshold: 2, periodSeconds: -1 } }],
        }),
      ),
    );
    expect(probe?.message).toContain('spec.containers[0].livenessProbe: Required value: must specify a handler type');
    expect(probe?.message).toContain(
      'spec.containers[0].livenessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(probe?.message).toContain('spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1');
    expect(
      errorOf(
        cluster.create(
          pod({
            containers: [{ name: 'k', image: 'nginx:1', resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } }],
          }),
        ),
      )?.message,
    ).toBe(
      'Pod "kuard" is invalid: spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
    );
    expect(
      errorOf(
        cluster.create(
          pod({ containers: [{ name: 'k', image: 'nginx:1', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] }),
        ),
      )?.message,
    ).toBe('Pod "kuard" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "data"');
    expect(errorOf(cluster.create(pod(kuard, '')))?.message).toBe(
      'Pod "" is invalid: metadata.name: Required value: name or generateName is required',
    );
  });

  it('says AlreadyExists for a taken name and NotFound for a missing namespace', () => {
    const cluster = createCluster();
    expect(cluster.create(pod(kuard)).ok).toBe(true);
    expect(errorOf(cluster.create(pod(kuard)))).toMatchObject({
      reason: 'AlreadyExists',
      code: 409,
      message: 'pods "kuard" already exists',
    });
    expect(errorOf(cluster.create(pod(kuard, 'x', { namespace: 'nope' })))).toMatchObject({
      reason: 'NotFound',
      message: 'namespaces "nope" not found',
    });
  });

  it('generates names and stores nothing on dry run', () => {
    const cluster = createCluster();
    const made = cluster.create({ ...pod(kuard, undefined), metadata: { generateName: 'web-' } });
    expect(made.ok && made.value.metadata?.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(cluster.create(pod(kuard, 'dry'), { dryRun: true }).ok).toBe(true);
    expect(cluster.get('Pod', 'default', 'dry').ok).toBe(false);
  });
});

describe('update', () => {
  it('allows labels and image changes, forbids other spec changes', () => {
    const cluster = createCluster();
    const created = (cluster.create(pod(kuard)) as { value: Pod }).value;
    const labelled = { ...created, metadata: { ...created.metadata, labels: { app: 'kuard' } } };
    const updated = cluster.update(labelled);
    expect(updated.ok && updated.value.metadata?.labels).toEqual({ app: 'kuard' });
    const current = (cluster.get('Pod', 'default', 'kuard') as { value: Pod }).value;
    current.spec!.containers[0]!.image = 'gcr.io/kuar-demo/kuard-amd64:green';
    expect(cluster.update(current).ok).toBe(true);
    const again = (cluster.get('Pod', 'default', 'kuard') as { value: Pod }).value;
    again.spec!.containers[0]!.ports![0]!.containerPort = 9090;
    expect(errorOf(cluster.update(again))).toMatchObject({
      reason: 'Invalid',
      message:
        'Pod "kuard" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    });
  });

  it('refuses a stale resourceVersion with Conflict and keeps resourceVersion on a no-op', () => {
    const cluster = createCluster();
    const created = (cluster.create(pod(kuard)) as { value: Pod }).value;
    const same = cluster.update(created);
    expect(same.ok && same.value.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
    cluster.update({ ...created, metadata: { ...created.metadata, labels: { a: 'b' } } });
    expect(
      errorOf(cluster.update({ ...created, metadata: { ...created.metadata, labels: { a: 'c' } } })),
    ).toMatchObject({
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on pods "kuard": the object has been modified; please apply your changes to the latest version and try again',
    });
  });
});

describe('list', () => {
  it('filters by label and field selectors and reports bad selectors', () => {
    const cluster = createCluster();
    cluster.create(pod(kuard, 'a', { labels: { app: 'web', tier: 'front' } }));
    cluster.create(pod(kuard, 'b', { labels: { app: 'db' } }));
    cluster.create(pod(kuard, 'c'));
    const names = (sel: Record<string, string>) => {
      const r = cluster.list('Pod', 'default', sel);
      return r.ok ? r.value.map((p) => p.metadata?.name) : r.error.message;
    };
    expect(names({ labelSelector: 'app=web' })).toEqual(['a']);
    expect(names({ labelSelector: 'app in (web,db)' })).toEqual(['a', 'b']);
    expect(names({ labelSelector: '!app' })).toEqual(['c']);
    expect(names({ labelSelector: 'app!=web' })).toEqual(['b', 'c']);
    expect(names({ labelSelector: 'app,tier in (front)' })).toEqual(['a']);
    expect(names({ labelSelector: 'tier notin (front)' })).toEqual(['b', 'c']);
    expect(names({ fieldSelector: 'metadata.name=b' })).toEqual(['b']);
    expect(names({ fieldSelector: 'status.phase=Pending' })).toEqual(['a', 'b', 'c']);
    expect(names({ fieldSelector: 'spec.image=x' })).toBe('field label not supported: spec.image');
    const all = cluster.list('Namespace', undefined);
    expect(all.ok && all.value.map((n) => n.metadata?.name)).toEqual([
      'default',
      'kube-node-lease',
      'kube-public',
      'kube-system',
    ]);
  });
});

describe('quantities', () => {
  const cases: [string | number, string][] = [
    ['1000m', '1'],
    ['0.5', '500m'],
    [0.5, '500m'],
    ['1.5', '1500m'],
    ['128Mi', '128Mi'],
    ['1024Mi', '1Gi'],
    ['1G', '1G'],
    ['1000M', '1G'],
    ['1536Ki', '1536Ki'],
    ['1e3', '1e3'],
    ['100m', '100m'],
    ['2', '2'],
  ];
  for (const [input, canonical] of cases) {
    it(`stores ${JSON.stringify(input)} as ${canonical}`, () => {
      const q = parseQuantity(input);
      expect(q.ok && canonicalQuantity(q.quantity)).toBe(canonical);
    });
  }
  it('stores a value past integral milli-units with an exponent of three (int64Amount.AsCanonicalBytes)', () => {
    for (const [input, canonical] of [
      [1e308, '100e306'],
      ['1e+308', '100e306'],
      [1.5e300, '1500e297'],
    ] as const) {
      const q = parseQuantity(input);
      expect(q.ok && canonicalQuantity(q.quantity)).toBe(canonical);
    }
  });
  it('rejects malformed quantities', () => {
    for (const bad of ['1 core', '128MB', 'abc', '']) expect(parseQuantity(bad).ok).toBe(false);
  });
});
