// How React components reach the session: <SessionProvider session={…}> at the top of the page,
// `useSession()` in any pane, and `useSessionStore(store, selector)` to subscribe to one of the
// session's zustand stores (files, history, edits, forwards, clockDriver).

import { createContext, type ReactNode, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Session } from './session';

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside <SessionProvider>');
  return session;
}

/** Subscribes a component to part of a session store; it re-renders only when that part changes. */
export function useSessionStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  return useStore(store, selector);
}
