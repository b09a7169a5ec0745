// kubectl edit and the last-applied-configuration annotation. editoptions.go visitAnnotation
// writes the annotation only with --save-config (util.CreateOrUpdateAnnotation(true, ...));
// without it the annotation is left as the last apply wrote it, so a later apply of the same file
// puts back the fields the file sets (strategicpatch.CreateThreeWayMergePatch: the live value
// differs from the file's) and keeps the ones it never mentioned.

import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createCluster } from '../../sim';
import type { Pod } from '../../sim/api';
import { LAST_APPLIED } from '../apply-merge';
import { createConsole } from '../console';
import type { EditorView } from '../console-types';
import { KUARD_POD_YAML, TEST_START } from '../testing/session';
import { memoryWorkspace } from '../transcript';

function editingSession() {
  const cluster = createCluster({ startTime: TEST_START, seed: 1 });
  let out = '';
  interface OpenedEditor {
    object: unknown;
    save: (text: string) => void;
    view?: EditorView;
  }
  // A holder, so TypeScript does not narrow what the hook sets during submit().
  const editors: { opened?: OpenedEditor } = {};
  const engine = createConsole({
    cluster,
    workspace: memoryWorkspace({ 'kuard-pod.yaml': KUARD_POD_YAML }),
    clockDriver: 'console',
    hooks: {
      output: (t) => (out += t),
      openEditor: (object, save, view) => (editors.opened = { object, save, view }),
    },
  });
  const current = (): OpenedEditor | undefined => editors.opened;
  const run = (line: string): string => {
    out = '';
    engine.submit(line);
    return out;
  };
  /** Runs `kubectl edit …` and saves what `change` makes of the object the editor showed. */
  const edit = (line: string, change: (pod: Pod) => Pod): string => {
    out = '';
    editors.opened = undefined;
    engine.submit(line);
    const editor = current();
    if (!editor) throw new Error(`no editor opened: ${out}`);
    const shown = JSON.parse(JSON.stringify(editor.object)) as Pod;
    editor.save(JSON.stringify(change(shown)));
    return out;
  };
  /** Saves `text` in the open editor and returns what kubectl printed then. */
  const save = (text: string): string => {
    out = '';
    editors.opened?.save(text);
    return out;
  };
  const pod = (): Pod => {
    const got = cluster.get('Pod', 'default', 'kuard');
    if (!got.ok) throw new Error('no pod');
    return got.value as Pod;
  };
  return { engine, run, edit, save, pod, opened: () => editors.opened };
}

const greenImage = (pod: Pod): Pod => ({
  ...pod,
  metadata: { ...pod.metadata, labels: { ...pod.metadata?.labels, edited: 'yes' } },
  spec: {
    ...pod.spec!,
    containers: pod.spec!.containers.map((c) => ({ ...c, image: 'gcr.io/kuar-demo/kuard-amd64:green' })),
  },
});

describe('kubectl edit and kubectl apply', () => {
  it('leaves the last-applied annotation alone, so re-applying the file restores what it sets', () => {
    const s = editingSession();
    expect(s.run('kubectl apply -f kuard-pod.yaml')).toBe('pod/kuard created\n');
    s.run('kubectl wait --for=condition=Ready pod/kuard');
    const annotation = s.pod().metadata?.annotations?.[LAST_APPLIED];
    expect(s.edit('kubectl edit pod kuard', greenImage)).toBe('pod/kuard edited\n');
    expect(s.pod().spec?.containers[0]?.image).toBe('gcr.io/kuar-demo/kuard-amd64:green');
    expect(s.pod().metadata?.annotations?.[LAST_APPLIED]).toBe(annotation);

    expect(s.run('kubectl apply -f kuard-pod.yaml')).toBe('pod/kuard configured\n');
    expect(s.pod().spec?.containers[0]?.image).toBe('gcr.io/kuar-demo/kuard-amd64:blue');
    // The label the file never mentioned stays.
    expect(s.pod().metadata?.labels?.edited).toBe('yes');
    expect(s.run('kubectl apply -f kuard-pod.yaml')).toBe('pod/kuard unchanged\n');
  });

  it('with --save-config stores the edited object, managedFields and all, as the annotation', () => {
    const s = editingSession();
    s.run('kubectl apply -f kuard-pod.yaml');
    const before = s.pod();
    expect(s.edit('kubectl edit pod kuard --save-config', greenImage)).toBe('pod/kuard edited\n');
    const saved = JSON.parse(s.pod().metadata?.annotations?.[LAST_APPLIED] ?? '{}') as Pod;
    expect(saved.spec?.containers[0]?.image).toBe('gcr.io/kuar-demo/kuard-amd64:green');
    expect(saved.metadata?.labels?.edited).toBe('yes');
    expect(saved.metadata?.uid).toBe(before.metadata?.uid);
    expect(saved.metadata?.annotations).toEqual({});
    expect(saved.metadata?.managedFields).toEqual(JSON.parse(JSON.stringify(before.metadata?.managedFields)));
  });
});

describe('kubectl edit flags', () => {
  it('--output-patch prints the strategic merge patch it sends', () => {
    const s = editingSession();
    s.run('kubectl apply -f kuard-pod.yaml');
    expect(s.edit('kubectl edit pod kuard --output-patch', greenImage)).toBe(
      'Patch: {"metadata":{"labels":{"edited":"yes"}},"spec":{"$setElementOrder/containers":[{"name":"kuard"}],"containers":[{"image":"gcr.io/kuar-demo/kuard-amd64:green","name":"kuard"}]}}\npod/kuard edited\n',
    );
  });

  it('-o json opens JSON and prints the edited object instead of "edited"', () => {
    const s = editingSession();
    s.run('kubectl apply -f kuard-pod.yaml');
    const printed = s.edit('kubectl edit pod kuard -o json', greenImage);
    expect(s.opened()?.view).toEqual({ format: 'json' });
    const shown = JSON.parse(printed) as Pod;
    expect(shown.spec?.containers[0]?.image).toBe('gcr.io/kuar-demo/kuard-amd64:green');
    expect(shown.metadata?.managedFields).toBeUndefined();
  });

  it('--field-manager names the writer in managedFields', () => {
    const s = editingSession();
    s.run('kubectl apply -f kuard-pod.yaml');
    s.edit('kubectl edit pod kuard --field-manager=learner', greenImage);
    expect(s.pod().metadata?.managedFields?.map((m) => m.manager)).toContain('learner');
  });

  it('several objects open as one List, and each edited one is patched', () => {
    const s = editingSession();
    s.run('kubectl run one --image=nginx');
    s.run('kubectl run two --image=nginx');
    s.edit('kubectl edit pods', (list) => {
      const items = (list as unknown as { items: Pod[] }).items;
      expect(items.map((p) => p.metadata?.name)).toEqual(['one', 'two']);
      return {
        ...list,
        items: [items[0], { ...items[1]!, metadata: { ...items[1]!.metadata, labels: { x: 'y' } } }],
      } as unknown as Pod;
    });
    expect(s.engine.records().at(-1)?.exitCode).toBe(0);
    expect(parseYaml(s.run('kubectl get pod two -o jsonpath={.metadata.labels}'))).toEqual({ x: 'y' });
  });

  it('an emptied file cancels with its own message', () => {
    const s = editingSession();
    s.run('kubectl apply -f kuard-pod.yaml');
    s.run('kubectl edit pod kuard');
    expect(s.save('# nothing left\n\n')).toBe('Edit cancelled, saved file was empty.\n');
    expect(s.engine.records().at(-1)?.exitCode).toBe(0);
    expect(s.pod().metadata?.annotations?.[LAST_APPLIED]).toBeDefined();
  });
});
