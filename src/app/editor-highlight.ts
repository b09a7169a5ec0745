// "Why is this Pod CrashLoopBackOff / 0/1?": finds the manifest lines behind what the learner
// clicked in the cluster picture, and hands them to the editor through a small store
// (`editorHighlightStore(files)`: { file, lines, reason }) that the editor decorates.
//
// The mapping follows where Kubernetes takes each state from: READY from readiness (and startup)
// probes; CrashLoopBackOff/Error from the container's command and its liveness probe; OOMKilled
// from the memory limit; image pull errors from `image`; Unschedulable from requests and selectors;
// Terminating from terminationGracePeriodSeconds.

import { isMap, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode } from 'yaml';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PodCard } from './cluster-view';
import type { FilesStore } from './files-store';

export interface EditorHighlight {
  /** The workspace file to show, or undefined when nothing is highlighted. */
  file: string | undefined;
  /** 1-based line numbers to decorate. */
  lines: number[];
  /** One sentence for the decoration's hover: why these lines. */
  reason: string;
  set(highlight: { file: string; lines: number[]; reason: string }): void;
  clear(): void;
}

export type EditorHighlightStore = StoreApi<EditorHighlight>;

const stores = new WeakMap<FilesStore, EditorHighlightStore>();

/** The highlight store that goes with a workspace: the cluster picture writes it, the editor reads it. */
export function editorHighlightStore(files: FilesStore): EditorHighlightStore {
  let store = stores.get(files);
  if (!store) {
    store = createStore<EditorHighlight>()((set) => ({
      file: undefined,
      lines: [],
      reason: '',
      set: (h) => set({ ...h }),
      clear: () => set({ file: undefined, lines: [], reason: '' }),
    }));
    stores.set(files, store);
  }
  return store;
}

export type Cause = { paths: (string | number)[][]; reason: string };

/** Which manifest fields explain a Pod's STATUS or READY, for one container. */
export function causeOf(card: PodCard, what: 'status' | 'ready'): { container?: string; cause: Cause } {
  const main = card.containers.filter((c) => c.role === 'main');
  const troubled =
    card.containers.find((c) => c.tone === 'bad') ?? card.containers.find((c) => c.tone === 'warn') ?? main[0];
  const index = main.findIndex((c) => c.name === troubled?.name);
  const at = (...rest: (string | number)[]) =>
    index >= 0 ? ['spec', 'containers', index, ...rest] : ['spec', 'initContainers', 0, ...rest];
  const status = card.status.replace(/^Init:/, '');
  if (what === 'ready' || (status === 'Running' && card.ready.split('/')[0] !== card.ready.split('/')[1])) {
    return {
      container: troubled?.name,
      cause: {
        paths: [at('readinessProbe'), at('startupProbe')],
        reason: `READY ${card.ready}: a container counts as ready only while its readiness probe (and startup probe) passes.`,
      },
    };
  }
  if (status === 'OOMKilled' || troubled?.reason === 'OOMKilled') {
    return {
      container: troubled?.name,
      cause: {
        paths: [at('resources', 'limits', 'memory')],
        reason: 'OOMKilled: the container used more memory than its limit.',
      },
    };
  }
  if (['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull'].includes(status)) {
    return {
      container: troubled?.name,
      cause: { paths: [at('image'), at('imagePullPolicy')], reason: `${status}: the kubelet cannot pull this image.` },
    };
  }
  if (status === 'Pending' && card.pending) {
    return {
      cause: {
        paths: [
          ...main.map((_, i) => ['spec', 'containers', i, 'resources', 'requests']),
          ['spec', 'nodeSelector'],
          ['spec', 'affinity'],
        ],
        reason: `${card.pending.reason}: ${card.pending.message}`,
      },
    };
  }
  if (status === 'Terminating') {
    return {
      cause: {
        paths: [['spec', 'terminationGracePeriodSeconds'], at('lifecycle', 'preStop')],
        reason:
          'Terminating: the kubelet waits up to terminationGracePeriodSeconds (30 s unless set) after SIGTERM before it kills.',
      },
    };
  }
  if (
    ['CrashLoopBackOff', 'Error', 'Completed', 'RunContainerError', 'StartError', 'ContainerCannotRun'].includes(status)
  ) {
    return {
      container: troubled?.name,
      cause: {
        paths: [at('command'), at('args'), at('livenessProbe'), at('startupProbe'), ['spec', 'restartPolicy']],
        reason: `${status}: the container keeps stopping — what it runs, its liveness probe and the restartPolicy decide why and whether it restarts.`,
      },
    };
  }
  return {
    container: troubled?.name,
    cause: { paths: [at('image')], reason: `${card.status}: nothing in the manifest is at fault.` },
  };
}

/** The 1-based lines of the first Pod document named `podName` that hold the given paths. */
export function linesFor(text: string, podName: string, paths: readonly (readonly (string | number)[])[]): number[] {
  const counter = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter: counter });
  } catch {
    return [];
  }
  if (!Array.isArray(docs)) return [];
  for (const doc of docs) {
    const obj = doc.toJS({ maxAliasCount: 100 }) as { kind?: unknown; metadata?: { name?: unknown } } | null;
    if (!obj || obj.kind !== 'Pod' || obj.metadata?.name !== podName) continue;
    const lines = new Set<number>();
    for (const path of paths) {
      const pair = findPair(doc.contents, path);
      if (!pair) continue;
      const start = counter.linePos(pair.start).line;
      const end = counter.linePos(Math.max(pair.start, pair.end - 1)).line;
      for (let l = start; l <= end; l++) lines.add(l);
    }
    return [...lines].sort((a, b) => a - b);
  }
  return [];
}

/** The text range of the key and value at `path` (from the key's start to the value's end). */
function findPair(
  root: YamlNode | null,
  path: readonly (string | number)[],
): { start: number; end: number } | undefined {
  let node: unknown = root;
  let start: number | undefined;
  let end: number | undefined;
  for (const step of path) {
    if (typeof step === 'number' && isSeq(node)) {
      node = node.items[step];
      const range = (node as YamlNode | undefined)?.range;
      if (!range) return undefined;
      start = range[0];
      end = range[1];
    } else if (typeof step === 'string' && isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === step);
      if (!pair) return undefined;
      const keyRange = (pair.key as YamlNode | null)?.range;
      const valueRange = (pair.value as YamlNode | null)?.range;
      if (!keyRange) return undefined;
      start = keyRange[0];
      end = valueRange ? valueRange[1] : keyRange[1];
      node = pair.value;
    } else {
      return undefined;
    }
  }
  return start === undefined || end === undefined ? undefined : { start, end };
}

/**
 * Finds the workspace file that defines the card's Pod, shows it and highlights the lines behind
 * `what`. Returns the sentence to show the learner (also when no file defines the Pod).
 */
export function explainInManifest(session: { files: FilesStore }, card: PodCard, what: 'status' | 'ready'): string {
  const { cause } = causeOf(card, what);
  const files = session.files.getState().files;
  for (const file of files) {
    if (!file.content.includes(card.name)) continue;
    const lines = linesFor(file.content, card.name, cause.paths);
    if (lines.length === 0) continue;
    session.files.getState().setActive(file.name);
    editorHighlightStore(session.files).getState().set({ file: file.name, lines, reason: cause.reason });
    return `${cause.reason} Highlighted in ${file.name}, line${lines.length > 1 ? 's' : ''} ${lineList(lines)}.`;
  }
  editorHighlightStore(session.files).getState().clear();
  const defined = files.some((f) => linesFor(f.content, card.name, [['metadata']]).length > 0);
  return defined
    ? `${cause.reason} The manifest does not set these fields, so the defaults apply.`
    : `${cause.reason} No file in the workspace defines Pod "${card.name}".`;
}

/** "3–7, 12" */
function lineList(lines: number[]): string {
  const parts: string[] = [];
  let from = lines[0]!;
  let prev = from;
  for (const l of [...lines.slice(1), Number.NaN]) {
    if (l === prev + 1) {
      prev = l;
      continue;
    }
    parts.push(from === prev ? `${from}` : `${from}–${prev}`);
    from = prev = l;
  }
  return parts.join(', ');
}
