// Volumes (who sees which files, and for how long) and the kubelet endpoints behind
// kubectl logs / exec / port-forward, with the API server's error wording.
import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { podManifest, simulate, type SimDriver } from './testing/driver';

function run(sim: SimDriver, pod: string, argv: string[], container?: string): { code: number; out: string } {
  let out = '';
  let code = -1;
  const r = sim.cluster.exec(
    'default',
    pod,
    argv,
    { stdout: (s) => (out += s), stderr: (s) => (out += s), exit: (c) => (code = c) },
    { tty: false, stdin: false, ...(container ? { container } : {}) },
  );
  if (!r.ok) throw new Error(r.error.message);
  return { code, out };
}

const twoContainers = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'pair' },
  spec: {
    volumes: [{ name: 'shared', emptyDir: {} }],
    containers: [
      { name: 'writer', image: 'fake/web:1', volumeMounts: [{ name: 'shared', mountPath: '/out' }] },
      {
        name: 'reader',
        image: 'fake/web:1',
        args: ['--port=9090'],
        volumeMounts: [{ name: 'shared', mountPath: '/in', readOnly: true }],
      },
    ],
  },
};

describe('volumes', () => {
  it('an emptyDir is shared by the Pod containers and survives a container restart', () => {
    const sim = simulate().apply(twoContainers).advance('5s');
    expect(run(sim, 'pair', ['write', '/out/msg', 'hi'], 'writer').code).toBe(0);
    expect(run(sim, 'pair', ['cat', '/in/msg'], 'reader').out).toBe('hi');
    expect(run(sim, 'pair', ['write', '/in/msg', 'no'], 'reader')).toEqual({
      code: 1,
      out: 'write: /in/msg: Read-only file system\n',
    });
    expect(run(sim, 'pair', ['cat', '/out/msg'], 'writer').out).toBe('hi');
    // Restart the writer by changing its image: the emptyDir keeps its files, the image layer does not.
    run(sim, 'pair', ['write', '/tmp/scratch', 'x'], 'writer');
    const pod = sim.pod('pair');
    pod.spec!.containers[0]!.image = 'fake/web:2';
    expect(sim.cluster.update(pod).ok).toBe(true);
    sim.advance('5s');
    expect(sim.pod('pair').status?.containerStatuses?.[1]?.restartCount).toBe(1);
    expect(sim.reasons('pair')).toContain('Killing: Container writer definition changed, will be restarted');
    expect(run(sim, 'pair', ['cat', '/out/msg'], 'writer').out).toBe('hi');
    expect(run(sim, 'pair', ['cat', '/tmp/scratch'], 'writer').code).toBe(1);
  });

  it('mounts the service-account token read-only with the namespace file', () => {
    const sim = simulate()
      .apply(podManifest('sa', { image: 'fake/web:1' }))
      .advance('5s');
    expect(run(sim, 'sa', ['cat', '/var/run/secrets/kubernetes.io/serviceaccount/namespace']).out).toBe('default');
    expect(run(sim, 'sa', ['cat', '/var/run/secrets/kubernetes.io/serviceaccount/token']).out).toMatch(/^eyJ/);
  });

  it('a hostPath outlives the Pod on its node', () => {
    const nodes = [{ name: 'solo', hostIP: '10.0.0.21', cpu: '2', memory: '4025748Ki' }];
    const manifest = (name: string) =>
      podManifest(
        name,
        { image: 'fake/web:1', volumeMounts: [{ name: 'h', mountPath: '/data' }] },
        { volumes: [{ name: 'h', hostPath: { path: '/var/lib/app' } }] },
      );
    const sim = simulate({ nodes }).apply(manifest('first')).advance('5s');
    run(sim, 'first', ['write', '/data/kept', 'yes']);
    sim.delete('first').advance('5s').apply(manifest('second')).advance('5s');
    expect(run(sim, 'second', ['cat', '/data/kept']).out).toBe('yes');
  });

  it('a hostPath is per node; an nfs volume is one share seen from every node and outlives its Pods', () => {
    const volumes = [
      { name: 'h', hostPath: { path: '/var/lib/app' } },
      { name: 'n', nfs: { server: 'my.nfs.server.local', path: '/exports' } },
    ];
    const mounts = [
      { name: 'h', mountPath: '/host' },
      { name: 'n', mountPath: '/nfs' },
    ];
    const on = (name: string, node: string) =>
      podManifest(
        name,
        { image: 'fake/web:1', volumeMounts: mounts },
        { volumes, nodeSelector: { 'kubernetes.io/hostname': node } },
      );
    const sim = simulate().apply(on('a', 'node-1')).advance('5s');
    expect(sim.pod('a').spec?.nodeName).toBe('node-1');
    run(sim, 'a', ['write', '/host/f', 'host']);
    run(sim, 'a', ['write', '/nfs/f', 'shared']);
    sim.delete('a').advance('5s').apply(on('b', 'node-2')).advance('5s');
    expect(sim.pod('b').spec?.nodeName).toBe('node-2');
    expect(run(sim, 'b', ['cat', '/nfs/f']).out).toBe('shared');
    expect(run(sim, 'b', ['cat', '/host/f']).code).toBe(1);
  });

  it('binds a claim to a fitting volume, and its data outlives the Pod', () => {
    const sim = simulate();
    sim.apply({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'small' },
      spec: {
        capacity: { storage: '1Gi' },
        accessModes: ['ReadWriteOnce'],
        nfs: { server: 'nfs.local', path: '/small' },
      },
    });
    sim.apply({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'big' },
      spec: {
        capacity: { storage: '10Gi' },
        accessModes: ['ReadWriteOnce'],
        nfs: { server: 'nfs.local', path: '/big' },
      },
    });
    sim.apply({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
    });
    const manifest = (name: string) =>
      podManifest(
        name,
        { image: 'fake/web:1', volumeMounts: [{ name: 'd', mountPath: '/data' }] },
        { volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }] },
      );
    sim.apply(manifest('db')).advance('5s');
    const claim = sim.cluster.get('PersistentVolumeClaim', 'default', 'data');
    expect(claim.ok && (claim.value as PersistentVolumeClaim).status).toEqual({
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: '10Gi' },
      phase: 'Bound',
    });
    const pv = sim.cluster.get('PersistentVolume', undefined, 'big');
    expect(pv.ok && (pv.value as PersistentVolume).spec?.claimRef?.name).toBe('data');
    expect(sim.pod('db').status?.phase).toBe('Running');
    run(sim, 'db', ['write', '/data/row', '42']);
    sim.delete('db').advance('5s').apply(manifest('db2')).advance('5s');
    expect(run(sim, 'db2', ['cat', '/data/row']).out).toBe('42');
  });
});

describe('storage protection', () => {
  it('a claim in use stays (Terminating) until its Pod is gone; its volume is then Released', () => {
    const sim = simulate();
    sim.apply({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pv1' },
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/mnt/pv1' } },
    });
    sim.apply({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'claim' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    });
    sim
      .apply(
        podManifest(
          'user',
          { image: 'fake/web:1', volumeMounts: [{ name: 'd', mountPath: '/d' }] },
          { volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'claim' } }] },
        ),
      )
      .advance('5s');
    expect(sim.cluster.delete('PersistentVolumeClaim', 'default', 'claim').ok).toBe(true);
    sim.advance('5s');
    const claim = sim.cluster.get('PersistentVolumeClaim', 'default', 'claim');
    expect(claim.ok && claim.value.metadata?.deletionTimestamp).toBeTruthy();
    expect(claim.ok && claim.value.metadata?.finalizers).toEqual(['kubernetes.io/pvc-protection']);
    sim.delete('user').advance('5s');
    expect(sim.cluster.get('PersistentVolumeClaim', 'default', 'claim').ok).toBe(false);
    const pv = sim.cluster.get('PersistentVolume', undefined, 'pv1');
    expect(pv.ok && (pv.value as PersistentVolume).status?.phase).toBe('Released');
  });
});

describe('logs', () => {
  it('returns the current and previous instance, with the kubelet messages otherwise', () => {
    const sim = simulate().apply(podManifest('crash', { image: 'fake/job:1', args: ['--exit-code=1'] }));
    const waiting = sim.cluster.readLogs('default', 'crash', {});
    expect(waiting.ok).toBe(true); // not on a node yet: an empty answer
    sim.advance('1s');
    expect(sim.cluster.readLogs('default', 'crash', {})).toMatchObject({
      ok: false,
      error: {
        reason: 'BadRequest',
        message: 'container "crash" in pod "crash" is waiting to start: ContainerCreating',
      },
    });
    expect(sim.cluster.readLogs('default', 'crash', { previous: true })).toMatchObject({
      ok: false,
      error: { message: 'previous terminated container "crash" in pod "crash" not found' },
    });
    sim.advance('10s');
    const current = sim.cluster.readLogs('default', 'crash', {});
    expect(current.ok && current.value.lines.map((l) => l.text)).toEqual(['job starting', 'working']);
    const previous = sim.cluster.readLogs('default', 'crash', { previous: true });
    expect(previous.ok && previous.value.lines.length).toBe(2);
    expect(sim.cluster.readLogs('default', 'crash', { container: 'nope' })).toMatchObject({
      ok: false,
      error: { message: 'container nope is not valid for pod crash' },
    });
    expect(sim.cluster.readLogs('default', 'ghost', {})).toMatchObject({
      ok: false,
      error: { reason: 'NotFound', message: 'pods "ghost" not found' },
    });
  });

  it('says why an image that cannot be pulled has no logs', () => {
    const sim = simulate()
      .apply(podManifest('typo', { image: 'ngnix' }))
      .advance('1500ms');
    expect(sim.cluster.readLogs('default', 'typo', {})).toMatchObject({
      ok: false,
      error: { message: `container "typo" in pod "typo" is waiting to start: image can't be pulled` },
    });
    sim.advance('1s');
    expect(sim.cluster.readLogs('default', 'typo', {})).toMatchObject({
      ok: false,
      error: { message: 'container "typo" in pod "typo" is waiting to start: trying and failing to pull image' },
    });
  });

  it('follows new lines and ends when the container stops', () => {
    const sim = simulate()
      .apply(podManifest('job', { image: 'fake/job:1', args: ['--run=5'] }, { restartPolicy: 'Never' }))
      .advance('2200ms');
    const stream = sim.cluster.readLogs('default', 'job', {});
    let ended = false;
    if (stream.ok)
      stream.value.follow(
        () => {},
        () => (ended = true),
      );
    expect(ended).toBe(false);
    sim.advance('6s');
    expect(ended).toBe(true);
  });
});

describe('exec and port-forward', () => {
  it('refuse a container that is not running, with the real texts', () => {
    const sim = simulate().apply(podManifest('web', { image: 'fake/web:1' }));
    const io = { stdout() {}, stderr() {}, exit() {} };
    expect(sim.cluster.exec('default', 'web', ['ls'], io, { tty: false, stdin: false })).toMatchObject({
      ok: false,
      error: { message: 'pod web does not have a host assigned' },
    });
    sim.advance('200ms');
    expect(sim.cluster.exec('default', 'web', ['ls'], io, { tty: false, stdin: false })).toMatchObject({
      ok: false,
      error: { message: 'unable to upgrade connection: container not found ("web")' },
    });
    expect(sim.cluster.portForward('default', 'web', 8080, { method: 'GET', path: '/' })).toMatchObject({
      ok: false,
      error: { message: 'unable to forward port because pod is not running. Current status=Pending' },
    });
    sim.advance('5s');
    expect(sim.cluster.portForward('default', 'web', 8080, { method: 'GET', path: '/' })).toMatchObject({
      ok: true,
      value: { status: 200, body: 'hello' },
    });
    expect(sim.cluster.portForward('default', 'web', 9999, { method: 'GET', path: '/' })).toMatchObject({
      ok: true,
      value: { error: 'connection-refused' },
    });
    // containerd fails the exec itself (no exit code) when the command cannot start.
    const missing = sim.cluster.exec(
      'default',
      'web',
      ['bash'],
      { stdout: () => {}, stderr: () => {}, exit: () => {} },
      {
        tty: false,
        stdin: false,
      },
    );
    expect(missing.ok ? '' : missing.error.message).toContain('exec: "bash": executable file not found in $PATH');
  });
});
