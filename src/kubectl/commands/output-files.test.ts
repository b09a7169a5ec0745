// -o custom-columns-file and -o jsonpath-file read from the learner's files. Expected texts were
// printed by the upstream kubectl v1.32.5 for the same files against a stand-in API server
// serving a kuard Pod (customcolumn_flags.go ToPrinter, customcolumn.go
// NewCustomColumnsPrinterFromTemplate, jsonpath_flags.go ToPrinter). Missing files are recorded
// in ../testdata/client-errors.sh.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

function withKuard(files: Record<string, string>) {
  const session = testSession(files);
  session.run('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue --port=8080', 'sleep 5');
  return session;
}

describe('kubectl get -o custom-columns-file', () => {
  it('reads a line of headers and a line of paths, split on white space', () => {
    const session = withKuard({
      'cc.txt': 'NAME   PORTS\n.metadata.name  {.spec.containers[*].ports[*].containerPort}\n',
    });
    expect(outputOf(session, 'kubectl get pod kuard -o custom-columns-file=cc.txt')).toBe(
      'NAME    PORTS\nkuard   8080\n',
    );
  });

  it('refuses a file without its spec line, or with more headers than paths', () => {
    const session = withKuard({ 'one.txt': 'NAME\n', 'two.txt': 'A B\n.metadata.name\n' });
    expect(outputOf(session, 'kubectl get pod kuard -o custom-columns-file=one.txt')).toBe(
      'error: invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
    expect(outputOf(session, 'kubectl get pod kuard -o custom-columns-file=two.txt')).toBe(
      "error: number of headers (2) and field specifications (1) don't match\n",
    );
  });
});

describe('kubectl get -o jsonpath-file', () => {
  it('uses the file as the template', () => {
    const session = withKuard({ 'name.txt': '{.metadata.name}{"\\n"}' });
    expect(outputOf(session, 'kubectl get pod kuard -o jsonpath-file=name.txt')).toBe('kuard\n');
    expect(outputOf(session, 'kubectl get pods -o jsonpath-file=name.txt')).toBe('\n');
  });
});
