import { describe, expect, it } from 'vitest';
import { createFilesStore, fileNameProblem, workspaceOf } from './files-store';
import { memoryStorage } from './persistence';
import { KUARD_POD_YAML, STARTER_FILES } from './starter-files';

describe('files store', () => {
  it('starts with the lesson’s files, the chapter’s kuard-pod.yaml by default', () => {
    const files = createFilesStore({ originals: STARTER_FILES, storage: memoryStorage() });
    expect(files.getState().files.map((f) => f.name)).toEqual(['kuard-pod.yaml']);
    expect(files.getState().active).toBe('kuard-pod.yaml');
    expect(workspaceOf(files).read('kuard-pod.yaml')).toBe(KUARD_POD_YAML);
  });

  it('keeps edits and new files across a reload (a new store on the same storage)', () => {
    const storage = memoryStorage();
    const first = createFilesStore({ originals: STARTER_FILES, storage });
    first.getState().write('kuard-pod.yaml', 'kind: Pod\n');
    expect(first.getState().create('two.yaml', 'apiVersion: v1\n')).toBeUndefined();
    const reloaded = createFilesStore({ originals: STARTER_FILES, storage });
    expect(reloaded.getState().files).toEqual([
      { name: 'kuard-pod.yaml', content: 'kind: Pod\n' },
      { name: 'two.yaml', content: 'apiVersion: v1\n' },
    ]);
    expect(reloaded.getState().active).toBe('two.yaml');
  });

  it('reset restores the originals and drops added files, and that too survives a reload', () => {
    const storage = memoryStorage();
    const files = createFilesStore({ originals: STARTER_FILES, storage });
    files.getState().write('kuard-pod.yaml', 'broken: [');
    files.getState().create('extra.yaml');
    files.getState().reset();
    expect(files.getState().files).toEqual([{ name: 'kuard-pod.yaml', content: KUARD_POD_YAML }]);
    expect(createFilesStore({ originals: STARTER_FILES, storage }).getState().files[0]!.content).toBe(KUARD_POD_YAML);
  });

  it('ignores a corrupt saved value and starts from the originals', () => {
    const storage = memoryStorage({ 'pod-lab:files:v1': '{not json' });
    const files = createFilesStore({ originals: STARTER_FILES, storage });
    expect(files.getState().files.map((f) => f.name)).toEqual(['kuard-pod.yaml']);
  });

  it('the console’s workspace writes new files into the editor’s list', () => {
    const files = createFilesStore({ originals: STARTER_FILES, storage: memoryStorage() });
    workspaceOf(files).write('copied.txt', 'hello\n');
    expect(workspaceOf(files).list()).toEqual(['kuard-pod.yaml', 'copied.txt']);
  });

  it('removing the active file shows its neighbour', () => {
    const files = createFilesStore({ originals: STARTER_FILES, storage: memoryStorage() });
    files.getState().create('b.yaml');
    files.getState().remove('b.yaml');
    expect(files.getState().active).toBe('kuard-pod.yaml');
    files.getState().remove('kuard-pod.yaml');
    expect(files.getState().active).toBeUndefined();
  });

  it('a lesson’s start files replace the default workspace when nothing was saved', () => {
    const files = createFilesStore({ originals: STARTER_FILES });
    files.getState().setOriginals([{ name: 'liveness.yaml', content: 'kind: Pod\n' }]);
    expect(files.getState().files.map((f) => f.name)).toEqual(['liveness.yaml']);
  });
});

describe('file names', () => {
  it('rejects names a shell could not use plainly, with a reason', () => {
    const existing = [{ name: 'kuard-pod.yaml', content: '' }];
    expect(fileNameProblem('', existing)).toBe('A file needs a name.');
    expect(fileNameProblem('dir/pod.yaml', existing)).toMatch(/Folders are not supported/);
    expect(fileNameProblem('-f', existing)).toMatch(/cannot be used/);
    expect(fileNameProblem('kuard-pod.yaml', existing)).toBe('A file named kuard-pod.yaml already exists.');
    expect(fileNameProblem('pod.yaml', existing)).toBeUndefined();
  });
});
