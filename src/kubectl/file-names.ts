// Which names a workspace file may have: what the editor accepts when a file is made, and what an
// imported progress file may bring in. The same checks a shell would make sense of: one plain file
// name, no folders, nothing hidden behind a leading dash or dot-dot, not absurdly long.

export const FILE_NAME_LIMIT = 100;

export function fileNameProblem(name: string, existing: readonly string[] = []): string | undefined {
  if (name.trim() === '') return 'A file needs a name.';
  if (name !== name.trim()) return 'A file name cannot start or end with a space.';
  if (name.includes('/') || name.includes('\\')) return 'Folders are not supported: use a plain name like pod.yaml.';
  if (name === '.' || name === '..' || name.startsWith('-')) return `"${name}" cannot be used as a file name.`;
  if (name.length > FILE_NAME_LIMIT) return `That name is too long (${FILE_NAME_LIMIT} characters at most).`;
  if (existing.includes(name)) return `A file named ${name} already exists.`;
  return undefined;
}
