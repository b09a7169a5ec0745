// How kubectl splits a typed resource word into resource, version and group.

/**
 * A resource word as schema.ParseResourceArg reads it: `RESOURCE`, `RESOURCE.GROUP`, or with two
 * dots either `RESOURCE.VERSION.GROUP` or `RESOURCE.GROUP` (a dotted group). The core group is
 * empty, so `pods.` and `pods.v1.` name core Pods, while `pods.v1` asks for a group "v1".
 */
export interface ResourceWord {
  resource: string;
  /** Absent: any group. */
  qualifiers?: { group: string; version?: string }[];
}

export function splitResourceWord(word: string): ResourceWord {
  const parts = word.toLowerCase().split('.');
  const resource = parts[0]!;
  if (parts.length === 1) return { resource };
  if (parts.length === 2) return { resource, qualifiers: [{ group: parts[1]! }] };
  const rest = parts.slice(1);
  return {
    resource,
    qualifiers: [{ version: rest[0]!, group: rest.slice(1).join('.') }, { group: rest.join('.') }],
  };
}

/** Whether a word's qualifiers allow a type of this group and version. */
export function qualifiersAllow(word: ResourceWord, group: string, version: string): boolean {
  return (
    word.qualifiers === undefined ||
    word.qualifiers.some((q) => q.group === group && (q.version === undefined || q.version === version))
  );
}
