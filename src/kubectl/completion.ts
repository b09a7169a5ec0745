// Tab completion for the console: shell commands first, then kubectl verbs, resource types,
// the flags of the verb, object names from the cluster, and workspace files after -f.

import type { ClusterApi, Kind } from '../sim/api';
import type { Completion, Workspace } from './console-types';
import { GLOBAL_FLAGS } from './commands/global-flags';
import { COMMANDS, findCommand } from './registry';
import { resolveResourceType, resourceTypeWords } from './resources';
import { BUILTINS } from './shell/builtins';
import { FILTER_NAMES } from './shell/filters';

interface CompletionSources {
  cluster: ClusterApi;
  workspace: Workspace;
}

/** Verbs whose first argument is a Pod name rather than a resource type. */
const POD_FIRST = new Set(['logs', 'exec', 'port-forward', 'attach', 'top pod']);
const OUTPUT_FORMATS = ['json', 'jsonpath=', 'name', 'wide', 'yaml'];

function namesOf(cluster: ClusterApi, kind: Kind, namespace: string | undefined): string[] {
  const listed = cluster.list(kind, resolveResourceType(kind)?.namespaced ? (namespace ?? 'default') : undefined);
  return listed.ok ? listed.value.map((o) => o.metadata?.name ?? '').filter((n) => n !== '') : [];
}

function filterPrefix(words: Iterable<string>, prefix: string): string[] {
  return [...new Set(words)].filter((w) => w.startsWith(prefix)).sort();
}

export function completeLine(line: string, cursor: number, sources: CompletionSources): Completion {
  const before = line.slice(0, cursor);
  // The pipeline segment the cursor is in, and its words.
  const separators = [...before.matchAll(/\|\||&&|[|;]/g)];
  const lastSeparator = separators[separators.length - 1];
  const segmentStart = lastSeparator ? lastSeparator.index + lastSeparator[0].length : 0;
  const segment = before.slice(segmentStart);
  const wordStartInSegment = segment.search(/\S*$/);
  const from = segmentStart + wordStartInSegment;
  const current = segment.slice(wordStartInSegment);
  const words = segment
    .slice(0, wordStartInSegment)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');

  if (words.length === 0) {
    return { from, candidates: filterPrefix(['kubectl', ...Object.keys(BUILTINS), ...FILTER_NAMES], current) };
  }
  const program = words[0]!;
  if (program !== 'kubectl') {
    if (program === 'cat' || program === 'ls' || program === 'grep' || program === 'head' || program === 'tail') {
      return { from, candidates: filterPrefix(sources.workspace.list(), current) };
    }
    return { from, candidates: [] };
  }
  const args = words.slice(1);
  const previous = args[args.length - 1];
  const namespaceIndex = args.findIndex((a) => a === '-n' || a === '--namespace');
  const namespace =
    namespaceIndex >= 0 ? args[namespaceIndex + 1] : args.find((a) => a.startsWith('--namespace='))?.slice(12);

  if (previous === '-f' || previous === '--filename')
    return { from, candidates: filterPrefix(sources.workspace.list(), current) };
  if (previous === '-n' || previous === '--namespace')
    return { from, candidates: filterPrefix(namesOf(sources.cluster, 'Namespace', undefined), current) };
  if (previous === '-o' || previous === '--output') return { from, candidates: filterPrefix(OUTPUT_FORMATS, current) };

  const positional = args.filter(
    (a, i) =>
      !a.startsWith('-') &&
      !['-n', '--namespace', '-f', '--filename', '-o', '--output', '-c', '--container', '-l', '--selector'].includes(
        args[i - 1] ?? '',
      ),
  );
  const verbWord = positional[0];
  if (verbWord === undefined) {
    if (current.startsWith('-'))
      return {
        from,
        candidates: filterPrefix(
          GLOBAL_FLAGS.map((f) => `--${f.name}`),
          current,
        ),
      };
    return {
      from,
      candidates: filterPrefix(
        COMMANDS.filter((c) => !c.name.includes(' ')).map((c) => c.name),
        current,
      ),
    };
  }
  const found = findCommand(verbWord, positional.slice(1));
  if (!found) return { from, candidates: [] };
  const command = found.command;
  if (current.startsWith('-')) {
    const flags = [...command.flags, ...GLOBAL_FLAGS].map((f) => `--${f.name}`);
    return { from, candidates: filterPrefix(flags, current) };
  }
  const operands = positional.slice(command.name.includes(' ') ? 2 : 1);
  // A verb with sub-verbs (top, config) offers them first.
  const subVerbs = COMMANDS.filter((c) => c.name.startsWith(`${command.name} `)).map((c) =>
    c.name.slice(command.name.length + 1),
  );
  if (subVerbs.length > 0) return { from, candidates: operands.length === 0 ? filterPrefix(subVerbs, current) : [] };
  if (POD_FIRST.has(command.name)) {
    if (operands.length === 0)
      return { from, candidates: filterPrefix(namesOf(sources.cluster, 'Pod', namespace), current) };
    return { from, candidates: [] };
  }
  if (command.name === 'cp') {
    return {
      from,
      candidates: filterPrefix(
        [...namesOf(sources.cluster, 'Pod', namespace).map((n) => `${n}:`), ...sources.workspace.list()],
        current,
      ),
    };
  }
  if (['apply', 'create', 'version', 'cluster-info', 'api-resources'].includes(command.name))
    return { from, candidates: [] };
  if (operands.length === 0) {
    const slash = current.indexOf('/');
    if (slash >= 0) {
      const type = resolveResourceType(current.slice(0, slash));
      if (!type) return { from, candidates: [] };
      return {
        from,
        candidates: filterPrefix(
          namesOf(sources.cluster, type.kind, namespace).map((n) => `${current.slice(0, slash)}/${n}`),
          current,
        ),
      };
    }
    const typeWords = command.name === 'explain' ? ['pods', 'pod'] : resourceTypeWords();
    return { from, candidates: filterPrefix(typeWords, current) };
  }
  const type = resolveResourceType(operands[0]!.split(',')[0]!);
  if (!type || command.name === 'explain') return { from, candidates: [] };
  return { from, candidates: filterPrefix(namesOf(sources.cluster, type.kind, namespace), current) };
}
