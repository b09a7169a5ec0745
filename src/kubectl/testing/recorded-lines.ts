// Command lines recorded from the upstream kubectl v1.32 binary (scripts/golden/generate.ts) and
// replayed through our console by the tests. A script (NAME.sh) lists the lines, a recording
// (NAME.txt) holds, for each, what kubectl wrote to stdout and stderr and its exit code:
//
//   $ kubectl get pods --foo
//   --- stderr ---
//   error: unknown flag: --foo
//   See 'kubectl get --help' for usage.
//   --- exit 1 ---
//
// A stream whose text does not end in a newline is followed by a "--- no newline ---" line.

export interface RecordedLine {
  line: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * A script's setup: its "# setup: LINE" comments, run in order in our console before each of its
 * lines; the Pods they leave are what the stand-in serves the upstream kubectl.
 */
export function setupLines(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => line.startsWith(SETUP))
    .map((line) => line.slice(SETUP.length));
}

const SETUP = '# setup: ';

/** The lines of a script: one command line a line; blank lines and "# " comments are skipped. */
export function scriptLines(script: string): string[] {
  return script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

const NO_NEWLINE = '--- no newline ---';

function stream(name: string, text: string): string {
  if (text === '') return '';
  return `--- ${name} ---\n${text}${text.endsWith('\n') ? '' : `\n${NO_NEWLINE}\n`}`;
}

export function formatRecording(lines: readonly RecordedLine[]): string {
  return lines
    .map((r) => `$ ${r.line}\n${stream('stdout', r.stdout)}${stream('stderr', r.stderr)}--- exit ${r.exitCode} ---\n`)
    .join('');
}

export function parseRecording(text: string): RecordedLine[] {
  const out: RecordedLine[] = [];
  let current: RecordedLine | undefined;
  let section: 'stdout' | 'stderr' | undefined;
  for (const raw of text.split('\n').slice(0, -1)) {
    if (raw.startsWith('$ ') && section === undefined) {
      current = { line: raw.slice(2), stdout: '', stderr: '', exitCode: -1 };
      continue;
    }
    if (!current) throw new Error(`recording: text before the first "$ " line: ${raw}`);
    const exit = /^--- exit (\d+) ---$/.exec(raw);
    if (exit) {
      current.exitCode = Number(exit[1]);
      out.push(current);
      current = undefined;
      section = undefined;
    } else if (raw === '--- stdout ---' || raw === '--- stderr ---') {
      section = raw === '--- stdout ---' ? 'stdout' : 'stderr';
    } else if (raw === NO_NEWLINE && section) {
      current[section] = current[section].slice(0, -1);
    } else if (section) {
      current[section] += `${raw}\n`;
    } else {
      throw new Error(`recording: unexpected line after "$ ${current.line}": ${raw}`);
    }
  }
  return out;
}

/**
 * klog's header carries the real date, time and process id; the console's clock starts at the
 * test sessions' start and its process id is 4242, so recordings keep those instead.
 */
export function normalizeKlog(text: string): string {
  return text.replace(/^([IWEF])\d{4} \d{2}:\d{2}:\d{2}\.\d{6} +\d+ /gm, '$11122 10:00:00.000000    4242 ');
}
