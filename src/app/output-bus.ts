// Carries the console engine's output to the terminal view. The engine may speak before the view
// has mounted (a lesson's set-up commands, the welcome text), so output is buffered until the
// first listener arrives.

export interface OutputBus {
  write(text: string): void;
  /** Replays anything buffered, then delivers every later write. Returns an unsubscribe function. */
  subscribe(listener: (text: string) => void): () => void;
}

export function createOutputBus(): OutputBus {
  const listeners = new Set<(text: string) => void>();
  let pending = '';
  return {
    write(text) {
      if (listeners.size === 0) {
        pending += text;
        return;
      }
      for (const listener of listeners) listener(text);
    },
    subscribe(listener) {
      listeners.add(listener);
      if (pending) {
        const replay = pending;
        pending = '';
        listener(replay);
      }
      return () => listeners.delete(listener);
    },
  };
}
