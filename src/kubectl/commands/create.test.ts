import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: kuard
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
      ports:
        - containerPort: 8080
          name: http
          protocol: TCP
`;

const files = { 'kuard-pod.yaml': POD };

describe('kubectl create -f', () => {
  it('creates, then fails with AlreadyExists naming the file', () => {
    const session = testSession(files);
    expect(outputOf(session, 'kubectl create -f kuard-pod.yaml')).toBe('pod/kuard created\n');
    expect(outputOf(session, 'kubectl create -f kuard-pod.yaml')).toBe(
      'Error from server (AlreadyExists): error when creating "kuard-pod.yaml": pods "kuard" already exists\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });
});
