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

// printers/template.go GoTemplatePrinter; the texts below are what kubectl.1.32 printed for the
// same template files against a stand-in server serving a kuard Pod.
describe('kubectl get -o go-template-file', () => {
  it('uses the file as the template, lines and all', () => {
    const session = withKuard({
      'images.tmpl': '{{- range .spec.containers }}\nname: {{ .name }}\n  image: {{ .image }}\n{{- end }}\n',
    });
    expect(outputOf(session, 'kubectl get pod kuard -o go-template-file=images.tmpl')).toBe(
      '\nname: kuard\n  image: gcr.io/kuar-demo/kuard-amd64:blue\n',
    );
    expect(outputOf(session, 'kubectl get pod kuard -o templatefile=images.tmpl')).toBe(
      '\nname: kuard\n  image: gcr.io/kuar-demo/kuard-amd64:blue\n',
    );
  });

  it("names the file's line in a parse error, before asking the server anything", () => {
    const session = withKuard({
      'bad.tmpl': '{{ range .spec.containers }}\n{{ .name }\n{{ end }}\n',
      'open.tmpl': '{{ .kind }}\n{{ .kind\n',
    });
    expect(outputOf(session, 'kubectl get pod kuard -o go-template-file=bad.tmpl')).toBe(
      'error: error parsing template {{ range .spec.containers }}\n{{ .name }\n{{ end }}\n, template: output:2: unexpected "}" in operand\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
    expect(outputOf(session, 'kubectl get pods -o go-template-file=open.tmpl')).toBe(
      'error: error parsing template {{ .kind }}\n{{ .kind\n, template: output:3: unclosed action started at output:2\n',
    );
  });
});
