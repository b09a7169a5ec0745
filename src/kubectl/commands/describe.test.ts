// kubectl describe through the console, on objects the learner creates: what the printers get
// from the cluster (the claim's users, the Pod's own fields) as well as how they print it.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

const STORAGE = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: kuard-disk
spec:
  capacity:
    storage: 1Gi
  accessModes: [ReadWriteOnce]
  nfs: {server: 10.0.0.50, path: /exports/kuard}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: kuard-data
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  resources:
    requests:
      storage: 1Gi
`;

const podUsing = (name: string, volumes: string[]) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {app: kuard}
spec:
  volumes:
${volumes.map((v) => `  - name: ${v}\n    persistentVolumeClaim: {claimName: kuard-data}`).join('\n')}
  containers:
  - name: kuard
    image: gcr.io/kuar-demo/kuard-amd64:blue
    env:
    - name: APP
      valueFrom: {fieldRef: {fieldPath: "metadata.labels['app']"}}
    - name: POD_NAME
      valueFrom: {fieldRef: {fieldPath: metadata.name}}
`;

describe('kubectl describe', () => {
  it('lists a claim’s Pods, one line per volume that mounts it (describe.go getPodsForPVC)', () => {
    const session = testSession({
      'storage.yaml': STORAGE,
      'twice.yaml': podUsing('kuard-twice', ['data', 'backup']),
      'once.yaml': podUsing('kuard', ['data']),
    });
    session.run('kubectl apply -f storage.yaml', 'kubectl apply -f twice.yaml', 'kubectl apply -f once.yaml');
    const out = outputOf(session, 'kubectl describe pvc kuard-data');
    expect(out).toMatch(/\nUsed By: +kuard\n +kuard-twice\n +kuard-twice\n/);
  });

  it('says <none> for a claim no Pod mounts', () => {
    const session = testSession({ 'storage.yaml': STORAGE });
    session.run('kubectl apply -f storage.yaml');
    expect(outputOf(session, 'kubectl describe pvc kuard-data')).toMatch(/\nUsed By: +<none>\n/);
  });

  it('resolves only the name and namespace of a downward-API env var (describe.go EnvValueRetriever)', () => {
    const session = testSession({ 'pod.yaml': podUsing('kuard', []).replace(/ {2}volumes:\n\n/, '') });
    session.run('kubectl apply -f pod.yaml');
    const out = outputOf(session, 'kubectl describe pod kuard');
    expect(out).toContain("      APP:        (v1:metadata.labels['app'])\n");
    expect(out).toContain('      POD_NAME:  kuard (v1:metadata.name)\n');
  });
});
