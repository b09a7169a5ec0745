// Client-side errors, byte for byte. Every line of testdata/*.sh, run through our console, prints
// what the upstream kubectl v1.32 binary printed for it (testdata/*.txt, recorded by `npm run
// golden` with KUBECONFIG pointing at a stand-in API server serving no objects): stdout, stderr
// and exit code, each on its own. A script's "# setup:" lines run first on both sides (the stand-in
// serves the Pods they leave). Change a script, then re-record; review the recording's diff.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionAfter } from './testing/fresh-session';
import { parseRecording, scriptLines, setupLines } from './testing/recorded-lines';
import { expectRun, outputOf, testSession } from './testing/session';

const dir = join(import.meta.dirname, 'testdata');

for (const script of readdirSync(dir).filter((f) => f.endsWith('.sh'))) {
  const text = readFileSync(join(dir, script), 'utf8');
  const lines = scriptLines(text);
  const setup = setupLines(text);
  const recording = parseRecording(readFileSync(join(dir, script.replace(/\.sh$/, '.txt')), 'utf8'));

  describe(`${script}: as the upstream kubectl v1.32 prints it`, () => {
    it('has a recording for exactly its lines (run `npm run golden -- lines` after changing the script)', () => {
      expect(recording.map((r) => r.line)).toEqual(lines);
    });

    it.each(recording)('$line', (recorded) => {
      expectRun(() => sessionAfter(setup), recorded.line, recorded);
    });
  });
}

describe('recorded line files', () => {
  it('each has its script, so `npm run golden -- lines` re-records every one', () => {
    const files = readdirSync(dir);
    const orphans = files.filter((f) => f.endsWith('.txt') && !files.includes(f.replace(/\.txt$/, '.sh')));
    expect(orphans).toEqual([]);
  });
});

describe('kubectl client-side errors', () => {
  it('answers the empty list the way kubectl does, on stderr, with exit code 0', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl get pods')).toBe('No resources found in default namespace.\n');
    expect(outputOf(session, 'kubectl get pods -n kube-public')).toBe('No resources found in kube-public namespace.\n');
    expect(outputOf(session, 'kubectl delete pods --all')).toBe('No resources found\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });

  it('matches -o json, yaml and name case-insensitively, as their print flags lower-case the format', () => {
    const session = testSession();
    // Real (no Pods): kubectl get pods -o JSON prints the empty List, exit 0.
    expect(outputOf(session, 'kubectl get pods -o JSON')).toBe(
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
    );
    expect(outputOf(session, 'kubectl get pods -o Yaml')).toBe(
      'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });

  it("prints the old --dry-run spellings' klog warnings, and a client dry run of a named delete sends nothing", () => {
    const session = testSession();
    // Real: W1202 03:18:05.260984   23296 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.
    expect(outputOf(session, 'kubectl run x --image=nginx --dry-run')).toBe(
      'W1122 10:00:00.000000    4242 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.\npod/x created (dry run)\n',
    );
    expect(outputOf(session, 'kubectl run x --image=nginx --dry-run=true')).toBe(
      'W1122 10:00:00.000000    4242 helpers.go:716] --dry-run=true is deprecated (boolean value) and can be replaced with --dry-run=client.\npod/x created (dry run)\n',
    );
    expect(outputOf(session, 'kubectl run x --image=nginx --dry-run=client -o jsonpath={.metadata.name}')).toBe('x');
    expect(outputOf(session, 'kubectl delete pod x y --dry-run=client -o name')).toBe('pod/x\npod/y\n');
    expect(outputOf(session, 'kubectl delete pod x --dry-run')).toBe(
      'W1122 10:00:00.000000    4242 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.\npod "x" deleted (dry run)\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
    const pods = session.cluster.list('Pod', 'default');
    expect(pods.ok && pods.value.length).toBe(0);
  });

  it('leaves the cluster untouched when a command is rejected', () => {
    const session = testSession();
    session.run(
      'kubectl run kuard --image=x --restart=Sometimes',
      'kubectl run kuard --image=x --generator=run-pod/v1',
      'kubectl run --image=x',
    );
    const pods = session.cluster.list('Pod', 'default');
    expect(pods.ok && pods.value.length).toBe(0);
  });
});

describe('help', () => {
  it("lists the commands in kubectl's groups and layout", () => {
    const session = testSession();
    const text = outputOf(session, 'kubectl');
    expect(
      text.startsWith(
        'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\nBasic Commands (Beginner):\n  create          Create a resource from a file or from stdin\n',
      ),
    ).toBe(true);
    expect(text).toContain(
      '\nTroubleshooting and Debugging Commands:\n  describe        Show details of a specific resource or group of resources\n  logs            Print the logs for a container in a pod\n',
    );
    expect(
      text.endsWith(
        'Use "kubectl <command> --help" for more information about a given command.\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n',
      ),
    ).toBe(true);
    expect(outputOf(session, 'kubectl --help')).toBe(text);
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });

  it('gives each command its page with Examples, Options and Usage, for -h, --help and help VERB', () => {
    const session = testSession();
    const page = outputOf(session, 'kubectl logs -h');
    expect(page).toContain('\nExamples:\n  # ');
    expect(page).toContain(
      "\nOptions:\n    --all-containers=false:\n\tGet all containers' logs in the pod(s).\n\n    --all-pods=false:\n\tGet logs from all pod(s). Sets prefix to true.\n\n    -c, --container='':\n",
    );
    expect(page).toContain(
      '\nUsage:\n  kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n',
    );
    expect(outputOf(session, 'kubectl help logs')).toBe(page);
    expect(outputOf(session, 'kubectl logs --help')).toBe(page);
  });

  it('shows the root help for a flag before the verb when only one word follows it (cobra stops skipping there)', () => {
    const session = testSession();
    const root = outputOf(session, 'kubectl');
    expect(outputOf(session, 'kubectl -h get')).toBe(root);
    expect(outputOf(session, 'kubectl --help get')).toBe(root);
    expect(outputOf(session, 'kubectl --warnings-as-errors -h get')).toBe(root);
    expect(outputOf(session, 'kubectl -n default -v 3 get pods')).toBe('No resources found in default namespace.\n');
  });

  // cobra's help command (kubectl v1.32): the unknown topic, then the root usage without its long
  // description, all on stderr, exit code 0.
  it('answers help for an unknown topic on stderr with the root usage', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl help nosuch 2>/dev/null')).toBe('');
    const text = outputOf(session, 'kubectl help nosuch');
    expect(text.startsWith('Unknown help topic [`nosuch`]\n\n\nBasic Commands (Beginner):\n  create   ')).toBe(true);
    expect(text).toContain('Use "kubectl <command> --help" for more information about a given command.\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });
});
