// One container instance's log, as the runtime keeps it: complete lines with their time and
// stream. Capped like the kubelet's log rotation (containerLogMaxSize 10Mi) so a chatty program
// (kuard logs every probe request) cannot grow memory without end during a long run.
import type { LogLine } from '../api';

/** Lines kept per container instance (between this and twice this, trimmed in batches). */
export const MAX_LOG_LINES = 5000;

export class LogBuffer {
  readonly lines: LogLine[] = [];
  private partial: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  private followers = new Set<{ onLine: (line: LogLine) => void; onEnd: () => void }>();
  ended = false;

  append(stream: 'stdout' | 'stderr', text: string, time: number): void {
    if (this.ended) return;
    // The common case, one whole line: no splitting (kuard logs a line per probe, for hours).
    const newline = text.indexOf('\n');
    if (newline === text.length - 1 && this.partial[stream] === '') {
      this.push({ time, stream, text: text.slice(0, -1) });
      return;
    }
    const pieces = (this.partial[stream] + text).split('\n');
    this.partial[stream] = pieces.pop()!;
    for (const piece of pieces) this.push({ time, stream, text: piece });
  }

  private push(line: LogLine): void {
    this.lines.push(line);
    for (const f of this.followers) f.onLine(line);
    // Trim in batches (keep at most twice the cap) so a chatty container does not pay a shift per line.
    if (this.lines.length > 2 * MAX_LOG_LINES) this.lines.splice(0, this.lines.length - MAX_LOG_LINES);
  }

  /** The instance stopped: flush a trailing partial line and tell followers. */
  end(time: number): void {
    if (this.ended) return;
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream] !== '') this.append(stream, '\n', time);
    }
    this.ended = true;
    for (const f of [...this.followers]) f.onEnd();
    this.followers.clear();
  }

  follow(onLine: (line: LogLine) => void, onEnd: () => void): () => void {
    if (this.ended) {
      onEnd();
      return () => {};
    }
    const entry = { onLine, onEnd };
    this.followers.add(entry);
    return () => this.followers.delete(entry);
  }
}
