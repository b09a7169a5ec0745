// kubectl top's --sort-by, --sum, --field-selector, -l and --show-capacity (metrics_sorter.go,
// metrics_printer.go, top_node.go). Their checks are recorded in testdata/error-sweep-write.sh.
import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

function withMetrics() {
  const session = testSession();
  session.run(
    'kubectl run a --image=gcr.io/kuar-demo/kuard-amd64:blue',
    'kubectl run b --image=nginx -l tier=web',
    'sleep 60',
  );
  return session;
}

function numbers(text: string, column: number): number[] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => parseInt(line.split(/\s+/)[column]!, 10));
}

describe('kubectl top pod flags', () => {
  it('--sort-by puts the largest use first; --sum adds the totals under the usage columns', () => {
    const session = withMetrics();
    for (const [sortBy, column] of [
      ['cpu', 1],
      ['memory', 2],
    ] as const) {
      const values = numbers(outputOf(session, `kubectl top pod --sort-by=${sortBy}`), column);
      expect(values).toHaveLength(2);
      expect(values[0]).toBeGreaterThanOrEqual(values[1]!);
    }
    const lines = outputOf(session, 'kubectl top pod --sum').trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toMatch(/^\s+________\s+________$/);
    const cpu = numbers(lines.slice(0, 3).join('\n'), 1);
    expect(lines[4]!.trim().split(/\s+/)[0]).toBe(`${cpu[0]! + cpu[1]!}m`);
  });

  it('--field-selector chooses the Pods it names', () => {
    const session = withMetrics();
    expect(outputOf(session, 'kubectl top pod --field-selector=metadata.name=b')).toMatch(/^NAME .*\nb /);
    expect(outputOf(session, 'kubectl top pod --field-selector=metadata.name=b').split('\n')).toHaveLength(3);
  });
});

describe('kubectl top node flags', () => {
  it('-l chooses nodes, --show-capacity divides by capacity, --sort-by orders them', () => {
    const session = withMetrics();
    expect(outputOf(session, 'kubectl top node -l nothing=here')).toBe('error: metrics not available yet\n');
    const all = outputOf(session, 'kubectl top node --sort-by=memory');
    const memory = numbers(all, 3);
    expect(memory.length).toBeGreaterThan(1);
    expect([...memory].sort((a, b) => b - a)).toEqual(memory);
    expect(outputOf(session, 'kubectl top node --show-capacity').split('\n')[0]).toMatch(
      /^NAME\s+CPU\(cores\)\s+CPU\(%\)/,
    );
  });
});

describe('kubectl explain -o plaintext-openapiv2', () => {
  it('is refused plainly: Pod Lab has only the v1.27+ layout', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl explain pods -o plaintext-openapiv2')).toMatch(
      /^error: Pod Lab's API documentation has only the plaintext layout/,
    );
  });
});
