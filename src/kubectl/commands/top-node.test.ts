import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl top node', () => {
  it('shows every node with its use and its share of allocatable', () => {
    const session = testSession();
    const lines = outputOf(session, 'kubectl top node').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME +CPU\(cores\) +CPU\(%\) +MEMORY\(bytes\) +MEMORY\(%\)$/);
    const nodes = session.cluster.list('Node', undefined);
    const names = nodes.ok ? nodes.value.map((n) => n.metadata?.name) : [];
    expect(lines.slice(1).map((l) => l.split(/ +/)[0])).toEqual(names);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\S+ +\d+m +\d+% +\d+Mi +\d+%$/);
  });

  it('shows one node by name, without headers when asked', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl top node node-1 --no-headers')).toMatch(/^node-1 +\d+m +\d+% +\d+Mi +\d+%\n$/);
  });

  it('answers NotFound for a node that does not exist, with exit code 1', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl top node nope')).toBe('Error from server (NotFound): nodes "nope" not found\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  // top_node.go: -l selects the nodes by label, --sort-by orders largest first, --show-capacity
  // measures against status.capacity.
  it('selects with -l, sorts with --sort-by and measures against capacity with --show-capacity', () => {
    const session = testSession();
    const names = (line: string) =>
      outputOf(session, line)
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => l.split(/ +/)[0]);
    expect(names('kubectl top node -l kubernetes.io/hostname=node-2')).toEqual(['node-2']);
    const byMemory = outputOf(session, 'kubectl top node --sort-by=memory --no-headers')
      .trimEnd()
      .split('\n')
      .map((l) => Number(/(\d+)Mi/.exec(l)![1]));
    expect(byMemory).toEqual([...byMemory].sort((a, b) => b - a));
    const share = (line: string) => outputOf(session, line).split('\n')[1]!.split(/ +/)[4];
    expect(Number.parseInt(share('kubectl top node node-1 --show-capacity')!)).toBeLessThanOrEqual(
      Number.parseInt(share('kubectl top node node-1')!),
    );
    expect(outputOf(session, 'kubectl top node -l nosuch=label')).toBe('error: metrics not available yet\n');
  });
});
