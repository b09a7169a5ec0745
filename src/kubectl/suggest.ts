// cobra's "Did you mean this?" rule (spf13/cobra command.go, SuggestionsFor): a command is
// suggested when its name is within Levenshtein distance 2 of the typed word (ignoring case),
// starts with the typed word, or lists the word among its explicit suggestions.

export function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[t.length]!;
}

/** kubectl's top-level commands in the order it registers them (which is the order suggestions appear in). */
export const KUBECTL_COMMAND_ORDER: readonly string[] = [
  'create',
  'expose',
  'run',
  'set',
  'explain',
  'get',
  'edit',
  'delete',
  'rollout',
  'scale',
  'autoscale',
  'certificate',
  'cluster-info',
  'top',
  'cordon',
  'uncordon',
  'drain',
  'taint',
  'describe',
  'logs',
  'attach',
  'exec',
  'port-forward',
  'proxy',
  'cp',
  'auth',
  'debug',
  'events',
  'diff',
  'apply',
  'patch',
  'replace',
  'wait',
  'kustomize',
  'label',
  'annotate',
  'completion',
  'api-resources',
  'api-versions',
  'config',
  'plugin',
  'version',
  'options',
];

/** Explicit suggestions kubectl declares (SuggestFor): `kubectl list` and `kubectl ps` point at get and wait. */
const EXPLICIT: Record<string, readonly string[]> = { get: ['list', 'ps'], wait: ['list', 'ps'] };

export function suggestCommands(typed: string, names: readonly string[] = KUBECTL_COMMAND_ORDER): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (levenshtein(typed, name) <= 2 || name.toLowerCase().startsWith(typed.toLowerCase())) out.push(name);
    for (const word of EXPLICIT[name] ?? []) if (word.toLowerCase() === typed.toLowerCase()) out.push(name);
  }
  return out;
}
