// The small engine that runs a lifecycle table (lifecycle-table.ts): given the current state and an
// event, it picks the first rule whose guard holds, moves to the rule's state, sets the waiting
// reason it names, records its events, runs its actions, and schedules its follow-up. What the
// rules mean lives in the table; how an action is done lives in the runner or the worker.

/** A delay: a fixed number of milliseconds, or one the executor computes (a pull, a back-off, a grace period). */
export type Delay = number | { computed: string };

export interface EmittedEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  /** Text with `{name}` placeholders filled from the executor's variables. */
  text: string;
}

export interface Rule<S extends string, E extends string, G extends string, A extends string> {
  from: S | readonly S[] | '*';
  on: E;
  /** A named condition; rules are tried in table order and the first whose guard holds wins. */
  when?: G;
  to: S;
  /** The container's status becomes Waiting with this reason (and message). */
  waiting?: { reason: string; message?: string };
  emits?: readonly EmittedEvent[];
  /** Executor steps, in order, after the events. */
  actions?: readonly A[];
  /** A timer the executor sets: `fire` happens after `after`, unless another step cancels it first. */
  then?: { after: Delay; fire: E };
  /** While waiting for `then`, the pod worker's resyncs record these events again. */
  repeatEvery?: number;
  /** The upstream v1.32 code this rule follows (file and function). */
  follows: string;
}

export interface Executor<S extends string, E extends string, G extends string, A extends string> {
  /** The executor's current state in the table. */
  phase: S;
  guard(name: G): boolean;
  action(name: A): void;
  record(event: EmittedEvent, text: string): void;
  // Only executors whose table uses timers, templates or waiting reasons need these:
  /** A step replaces whatever timer the previous state had set. */
  cancelPending?(): void;
  variable?(name: string): string;
  delay?(name: string): number;
  setWaiting?(reason: string, message: string | undefined): void;
  schedule?(after: number, fire: E, repeat: { every: number; emit: () => void } | undefined): void;
}

export function fill(text: string, variable: (name: string) => string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => variable(name));
}

function matches<S extends string>(from: S | readonly S[] | '*', state: S): boolean {
  if (from === '*') return true;
  if (typeof from === 'string') return from === state;
  return from.includes(state);
}

/** Finds the rule for `event` in `state`, or undefined when the table ignores the event there. */
export function ruleFor<S extends string, E extends string, G extends string, A extends string>(
  table: readonly Rule<S, E, G, A>[],
  state: S,
  event: E,
  guard: (name: G) => boolean,
): Rule<S, E, G, A> | undefined {
  return table.find((r) => r.on === event && matches(r.from, state) && (r.when === undefined || guard(r.when)));
}

/** Applies one event; returns the rule that fired, or undefined when the table ignores it. */
export function step<S extends string, E extends string, G extends string, A extends string>(
  table: readonly Rule<S, E, G, A>[],
  x: Executor<S, E, G, A>,
  event: E,
): Rule<S, E, G, A> | undefined {
  const rule = ruleFor(table, x.phase, event, (g) => x.guard(g));
  if (!rule) return undefined;
  x.cancelPending?.();
  x.phase = rule.to;
  const variable = (name: string) => x.variable?.(name) ?? '';
  if (rule.waiting)
    x.setWaiting?.(rule.waiting.reason, rule.waiting.message ? fill(rule.waiting.message, variable) : undefined);
  const emitAll = () => {
    for (const e of rule.emits ?? []) x.record(e, fill(e.text, variable));
  };
  emitAll();
  for (const a of rule.actions ?? []) x.action(a);
  if (rule.then) {
    const after = typeof rule.then.after === 'number' ? rule.then.after : (x.delay?.(rule.then.after.computed) ?? 0);
    x.schedule?.(after, rule.then.fire, rule.repeatEvery ? { every: rule.repeatEvery, emit: emitAll } : undefined);
  }
  return rule;
}
