// Flags the writing commands share with kubectl v1.32 beyond -f and --dry-run: --validate
// (cmdutil.GetValidationDirective), --field-manager, -l, -R and -k (resource.FilenameOptions), and
// their checks in kubectl's words.

import { matchesLabels, parseLabelSelector } from '../../sim';
import type { FlagSpec } from '../flags';
import { CommandFailure, fail } from '../errors';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** cmdutil.GetValidationDirective: strict/warn/ignore, or a Go boolean (true is strict). */
export function parseValidation(raw: string): FieldValidation | CommandFailure {
  if (raw === 'strict' || ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(raw)) return 'Strict';
  if (raw === 'warn') return 'Warn';
  if (raw === 'ignore' || ['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(raw)) return 'Ignore';
  return fail(`invalid - validate option "${raw}"; must be one of: strict (or true), warn, ignore (or false)`);
}

export const VALIDATE_FLAG: FlagSpec = {
  name: 'validate',
  type: 'string',
  default: 'strict',
  noOptDefault: 'strict',
  help: 'Must be one of: strict (or true), warn, ignore (or false). "strict": the server rejects unknown or duplicate fields; "warn": it warns about them; "ignore": it drops them silently.',
};

export function fieldManagerFlag(manager: string): FlagSpec {
  return {
    name: 'field-manager',
    type: 'string',
    default: manager,
    help: 'Name of the manager used to track field ownership.',
  };
}

/** -l, -R and -k of resource.FilenameOptions, as apply and create have them. */
export const SOURCE_FLAGS: FlagSpec[] = [
  {
    name: 'kustomize',
    short: 'k',
    type: 'string',
    help: "Process a kustomization directory. This flag can't be used together with -f or -R.",
  },
  {
    name: 'recursive',
    short: 'R',
    type: 'bool',
    help: 'Process the directory used in -f, --filename recursively. The workspace has no subdirectories, so this changes nothing here.',
  },
  {
    name: 'selector',
    short: 'l',
    type: 'string',
    help: "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'. Only the objects of the files that match it are sent.",
  },
];

const HOME = '/home/learner';

/**
 * What kustomize answers for -k in a workspace without one: the learner's files sit directly in
 * their home folder, so a directory is either that folder or missing.
 */
export function kustomizeRefusal(path: string, workspace: { read(name: string): string | undefined }): string {
  const name = path.replace(/^\.\//, '').replace(/\/+$/, '');
  if (name === '.' || name === '' || name === HOME) {
    const found = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].find(
      (f) => workspace.read(f) !== undefined,
    );
    if (found)
      return `Pod Lab does not run kustomize, so ${found} was not built. Apply the manifests it lists with -f.`;
    return `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${HOME}'`;
  }
  if (workspace.read(name) !== undefined) return `must build at directory: '${path}': file is not directory`;
  // lstat names the first component that is missing.
  const absolute = path.startsWith('/') ? path : `${HOME}/${name}`;
  const missing = absolute.startsWith(`${HOME}/`)
    ? `${HOME}/${absolute.slice(HOME.length + 1).split('/')[0]}`
    : `/${absolute.split('/').filter(Boolean)[0] ?? ''}`;
  return `must build at directory: not a valid directory: evalsymlink failure on '${path}' : lstat ${missing}: no such file or directory`;
}

/** A -l selector over the objects of files, as the builder's visitByPaths filters them. */
export type ObjectSelector = (object: Record<string, unknown>) => boolean;

/** The selector, or the builder's error for one labels.Parse refuses. */
export function parseObjectSelector(text: string): ObjectSelector | string {
  if (text.trim() === '') return () => true;
  const parsed = parseLabelSelector(text.trim());
  if (!parsed.ok) return `the provided selector "${text}" is not valid: ${parsed.message}`;
  return (object) => {
    const metadata = (object.metadata ?? {}) as { labels?: Record<string, string> };
    return matchesLabels(parsed.selector, metadata.labels);
  };
}
