import { describe, expect, it } from 'vitest';
import { KUARD_POD_YAML as POD, outputOf, testSession } from '../testing/session';

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
