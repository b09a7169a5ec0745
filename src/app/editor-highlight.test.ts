import { describe, expect, it } from 'vitest';
import type { Pod } from '../sim/api';
import { podCard } from './cluster-view';
import { createFilesStore } from './files-store';
import { causeOf, editorHighlightStore, explainInManifest, linesFor } from './editor-highlight';

const manifest = `apiVersion: v1
kind: Pod
metadata:
  name: kuard
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
      livenessProbe:
        httpGet:
          path: /healthy
          port: 8080
      readinessProbe:
        httpGet:
          path: /ready
          port: 8080
      resources:
        limits:
          memory: "256Mi"
`;

const pod = (containerStatus: object, phase = 'Running'): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'kuard', namespace: 'default', uid: 'u' },
  spec: { nodeName: 'node-1', containers: [{ name: 'kuard', image: 'x' }] },
  status: {
    phase,
    containerStatuses: [{ name: 'kuard', image: 'x', imageID: '', restartCount: 1, ready: false, ...containerStatus }],
  },
});

describe('linesFor', () => {
  it('finds the lines of a field inside the named Pod, block values included', () => {
    expect(linesFor(manifest, 'kuard', [['spec', 'containers', 0, 'readinessProbe']])).toEqual([13, 14, 15, 16]);
    expect(linesFor(manifest, 'kuard', [['spec', 'containers', 0, 'resources', 'limits', 'memory']])).toEqual([19]);
    expect(linesFor(manifest, 'other', [['spec']])).toEqual([]);
    expect(linesFor('kind: Pod\nmetadata: {name: kuard\n', 'kuard', [['spec']])).toEqual([]); // broken YAML: nothing, no throw
  });
});

describe('explaining a status in the manifest', () => {
  it('points READY 0/1 at the readiness probe and CrashLoopBackOff at command and liveness probe', () => {
    const notReady = podCard(pod({ state: { running: { startedAt: '2024-05-01T10:00:00Z' } } }));
    expect(causeOf(notReady, 'ready').cause.paths[0]).toEqual(['spec', 'containers', 0, 'readinessProbe']);
    const crashing = podCard(pod({ state: { waiting: { reason: 'CrashLoopBackOff' } } }));
    expect(causeOf(crashing, 'status').cause.paths).toContainEqual(['spec', 'containers', 0, 'livenessProbe']);
    const oom = podCard(pod({ state: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }));
    expect(causeOf(oom, 'status').cause.paths).toEqual([['spec', 'containers', 0, 'resources', 'limits', 'memory']]);
  });

  it('shows the file, sets the highlight for the editor, and tells the learner why', () => {
    const files = createFilesStore({
      originals: [
        { name: 'notes.txt', content: 'kuard' },
        { name: 'kuard-pod.yaml', content: manifest },
      ],
    });
    const crashing = podCard(pod({ state: { waiting: { reason: 'CrashLoopBackOff' } } }));
    const notice = explainInManifest({ files }, crashing, 'status');
    expect(files.getState().active).toBe('kuard-pod.yaml');
    expect(editorHighlightStore(files).getState()).toMatchObject({ file: 'kuard-pod.yaml', lines: [9, 10, 11, 12] });
    expect(notice).toMatch(/^CrashLoopBackOff: .* Highlighted in kuard-pod.yaml, lines 9–12\.$/);
  });

  it('says so when no workspace file defines the Pod', () => {
    const files = createFilesStore({
      originals: [{ name: 'other.yaml', content: 'kind: Pod\nmetadata:\n  name: web\n' }],
    });
    const notice = explainInManifest({ files }, podCard(pod({ state: { running: {} } })), 'ready');
    expect(notice).toContain('No file in the workspace defines Pod "kuard"');
    expect(editorHighlightStore(files).getState().file).toBeUndefined();
  });
});
