// How React components reach the session. The page renders at once with the shell (files,
// history, console output: `useShell()`); the simulator and kubectl arrive as a second chunk, and
// panes that need them sit inside <WithSession>, where `useSession()` returns the whole session.
// `useSessionStore(store, selector)` subscribes a component to one of the session's zustand stores.

import { Component, createContext, type ReactNode, Suspense, use, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Session } from './session';
import type { Shell } from './shell';

const SessionContext = createContext<Session | undefined>(undefined);
const ShellContext = createContext<{ shell: Shell; session: Promise<Session> } | undefined>(undefined);

/** The top of the page: the shell now, the session when it has loaded. */
export function AppProviders({
  shell,
  session,
  children,
}: {
  shell: Shell;
  session: Promise<Session>;
  children: ReactNode;
}) {
  return <ShellContext.Provider value={{ shell, session }}>{children}</ShellContext.Provider>;
}

export function useShell(): Shell {
  const context = useContext(ShellContext);
  if (!context) throw new Error('useShell() must be used inside <AppProviders>');
  return context.shell;
}

/** The session as a promise, for code that can start before it has loaded (the console). */
export function useSessionPromise(): Promise<Session> {
  const context = useContext(ShellContext);
  if (!context) throw new Error('useSessionPromise() must be used inside <AppProviders>');
  return context.session;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside <WithSession>');
  return session;
}

/** Renders `children` once the session has loaded (showing `fallback` until then), with useSession() available. */
export function WithSession({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return (
    <LoadFailure>
      <Suspense fallback={fallback}>
        <SessionGate>{children}</SessionGate>
      </Suspense>
    </LoadFailure>
  );
}

function SessionGate({ children }: { children: ReactNode }) {
  const existing = useContext(SessionContext);
  const session = use(useSessionPromise());
  if (existing) return <>{children}</>;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** A pane whose code failed to load says so in place; the rest of the page keeps working. */
class LoadFailure extends Component<{ children: ReactNode }, { error: string | undefined }> {
  override state = { error: undefined as string | undefined };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <p className="pl-load-failure" role="alert">
        This part of Pod Lab could not be loaded ({this.state.error}). Reload the page to try again.
      </p>
    );
  }
}

/** Subscribes a component to part of a session store; it re-renders only when that part changes. */
export function useSessionStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  return useStore(store, selector);
}
