// The headless console's line protocol, shared by bin/console.ts and the transcript tests: for
// each input line print the prompt and the line, then whatever the console writes; a line that
// is exactly "^C" is Ctrl+C.

import type { Completion, ConsoleEngine, Workspace } from './console-types';

/** Feeds one line as a user at a terminal would, echoing it after the current prompt. */
export function feedLine(engine: ConsoleEngine, line: string, write: (text: string) => void): void {
  write(engine.prompt() + line + '\n');
  if (line === '^C') engine.interrupt();
  else engine.submit(line);
}

/**
 * A completion in the shape Node's readline wants for the interactive terminal: the words that
 * can replace the one under the cursor, and that word. As in bash, a word completed to its only
 * candidate gets a space after it (not a folder's `/` or a flag's `=`), and a listing shows the
 * words, sorted, not whole lines.
 */
export function readlineCompletion(completion: Completion, line: string): [string[], string] {
  const word = line.slice(completion.from);
  const matching = [...new Set(completion.candidates.filter((c) => c.startsWith(word)))].sort();
  if (matching.length === 1) {
    const only = matching[0]!;
    return [[/[/=]$/.test(only) ? only : `${only} `], word];
  }
  return [matching, word];
}

/** A workspace kept in memory (tests, and the starting point for the app's persistent one). */
export function memoryWorkspace(files: Record<string, string> = {}): Workspace & { files: Map<string, string> } {
  const map = new Map(Object.entries(files));
  return {
    files: map,
    list: () => [...map.keys()].sort(),
    read: (name) => map.get(name),
    write: (name, content) => void map.set(name, content),
  };
}
