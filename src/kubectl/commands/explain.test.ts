// kubectl explain. Its output for the lessons' fields is recorded from the upstream binary
// (../testdata/explain.sh); these check what the recordings cannot: the schemas arriving after
// the command was typed, and the kinds whose documentation Pod Lab does not carry.

import { describe, expect, it, vi } from 'vitest';
import { wrapString } from '../explain/word-wrap';
import { outputOf, testSession } from '../testing/session';

describe('kubectl explain', () => {
  it("shows a field's enum values, as a v1.32 API server documents them", () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl explain pod.spec.containers.ports.protocol')).toContain(
      'FIELD: protocol <string>\nENUM:\n    SCTP\n    TCP\n    UDP\n\nDESCRIPTION:\n',
    );
    expect(outputOf(session, 'kubectl explain pod.spec.containers.ports')).toContain(
      '  protocol\t<string>\n  enum: SCTP, TCP, UDP\n',
    );
  });

  it('waits for the schemas when they have not arrived yet, and keeps typed lines for after', async () => {
    vi.resetModules();
    const fresh = await import('../testing/session');
    const schemas = await import('../explain/schemas');
    expect(schemas.loadedExplainSchemas()).toBeUndefined();
    const session = fresh.testSession();
    const text = session.run('kubectl explain pod.spec.restartPolicy', 'kubectl get pods');
    expect(text).toBe('$ kubectl explain pod.spec.restartPolicy\n$ kubectl get pods\n');
    await schemas.loadExplainSchemas();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const records = session.engine.records();
    expect(records.map((r) => r.line)).toEqual(['kubectl explain pod.spec.restartPolicy', 'kubectl get pods']);
    expect(records[0]!.output).toContain('FIELD: restartPolicy <string>\nENUM:\n    Always\n');
    expect(records[0]!.exitCode).toBe(0);
    expect(records[1]!.output).toBe('No resources found in default namespace.\n');
  });

  it.each([
    ['nodes', 'Node'],
    ['events', 'Event'],
    ['deployments', 'Deployment'],
    ['cm', 'ConfigMap'],
  ])('says plainly that %s are not documented in Pod Lab', (word, kind) => {
    const session = testSession();
    expect(outputOf(session, `kubectl explain ${word}`)).toBe(
      `error: Pod Lab's API documentation covers what the Pods chapter uses: Pods, PersistentVolumes, PersistentVolumeClaims and Namespaces (not ${kind})\n`,
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });
});

describe("go-wordwrap's WrapString", () => {
  it('breaks at spaces only, keeps newlines, and lets a long word run past the limit', () => {
    expect(wrapString('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wrapString('aaa\n\nbbb', 3)).toBe('aaa\n\nbbb');
    expect(wrapString('x https://example.com/a/long/path y', 10)).toBe('x\nhttps://example.com/a/long/path\ny');
    // Runes, not bytes: "é" counts once.
    expect(wrapString('ééé ééé', 7)).toBe('ééé ééé');
  });
});
