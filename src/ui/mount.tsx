// React and the panes: mounted by the page's boot code (src/main.tsx) once the console is up. The
// first render replaces the pre-rendered page with the same layout and adopts the open console.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { AppProviders } from '../app/session-context';
import type { Session } from '../app/session';
import type { Shell } from '../app/shell';
import { App } from './App';
import { noteFocusBeforeTakeover } from './console/boot-console';

/** `workshop`: the page was opened at the workshop's address (src/main.tsx read it at boot). */
export function mountApp(root: HTMLElement, shell: Shell, session: Promise<Session>, workshop: boolean): void {
  const reactRoot = createRoot(root);
  // Synchronously, so that no key can arrive between noting the console's focus and giving it back.
  noteFocusBeforeTakeover();
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <AppProviders shell={shell} session={session}>
          <App startsOnWorkshop={workshop} />
        </AppProviders>
      </StrictMode>,
    ),
  );
  // The page is React's now (scripts/boot-vite-plugin.ts marked the pre-rendered one).
  root.removeAttribute('data-pre-rendered');
}
