// The resource builder's file flags that get, describe and delete share with kubectl
// (cmdutil.AddFilenameOptionFlags): -R/--recursive and -k/--kustomize. The console's workspace is
// one flat folder, the learner's home, so -R finds nothing more than -f does, and -k only ever
// meets a missing path, a file, or that folder.

import type { Workspace } from '../console-types';
import type { FlagSpec } from '../flags';

export const RECURSIVE_FLAG: FlagSpec = {
  name: 'recursive',
  short: 'R',
  type: 'bool',
  help: 'Process the directory used in -f, --filename recursively. (The workspace has no sub-folders.)',
};

export const KUSTOMIZE_FLAG: FlagSpec = {
  name: 'kustomize',
  short: 'k',
  type: 'string',
  help: "Process the kustomization directory. This flag can't be used together with -f or -R.",
};

/** The console's working folder (the shell's `pwd`). */
const HOME = '/home/learner';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Go's filepath.Abs over the console's working folder: joined, then cleaned. */
function absolute(path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${HOME}/${path}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/**
 * What kustomize's KustomizeVisitor says about `-k DIR` (the message alone: get and describe print
 * it bare, delete as "error: …"). The folders it can find are the home folder and those above it.
 */
export function kustomizeError(dir: string, workspace: Workspace): string {
  const path = absolute(dir);
  if (HOME === path || HOME.startsWith(`${path === '/' ? '' : path}/`)) {
    if (path === HOME && KUSTOMIZATION_FILES.some((f) => workspace.read(f) !== undefined))
      return 'Pod Lab does not run kustomize: apply the files it lists with kubectl apply -f';
    return `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${path}'`;
  }
  if (path.startsWith(`${HOME}/`) && workspace.read(path.slice(HOME.length + 1)) !== undefined)
    return `must build at directory: '${dir}': file is not directory`;
  return `must build at directory: not a valid directory: evalsymlink failure on '${dir}' : lstat ${path}: no such file or directory`;
}
