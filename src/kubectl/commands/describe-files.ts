// describe -f: each object the files name is described by its kind, name and namespace, and a
// missing one is an error of its own (describe.go Run with the builder's FilenameParam).

import type { CommandContext } from '../command';
import { CommandFailure } from '../errors';
import type { AnyResourceType } from '../resources';
import { targetsFromFiles } from './file-targets';

export function describeTargetsFromFiles(
  files: readonly string[],
  argsWithFiles: boolean,
  namespace: string,
  ctx: CommandContext,
): { requests: { type: AnyResourceType; names: string[]; namespace?: string }[]; errors: string[] } | string {
  const found = targetsFromFiles(files, argsWithFiles, namespace, ctx.workspace);
  if (found instanceof CommandFailure) return found.text;
  return {
    requests: found.targets.map((t) => ({ type: t.type, names: [t.name], namespace: t.namespace })),
    errors: found.errors.map((e) => `error: ${e}\n`),
  };
}
