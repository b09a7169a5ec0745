// The headless console's line protocol, shared by bin/console.ts and the transcript tests: for
// each input line print the prompt and the line, then whatever the console writes; a line that
// is exactly "^C" is Ctrl+C.

import type { ConsoleEngine, Workspace } from './console-types';

/** Feeds one line as a user at a terminal would, echoing it after the current prompt. */
export function feedLine(engine: ConsoleEngine, line: string, write: (text: string) => void): void {
  write(engine.prompt() + line + '\n');
  if (line === '^C') engine.interrupt();
  else engine.submit(line);
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
