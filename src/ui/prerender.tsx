// The page as its first paint shows it, rendered at build time into index.html
// (scripts/boot-vite-plugin.ts): the final layout with an empty console and every pane that needs
// the session still loading. The boot code opens the console into it; React then takes it over.
import { renderToString } from 'react-dom/server';
import { AppProviders } from '../app/session-context';
import type { Session } from '../app/session';
import { createShell } from '../app/shell';
import { App } from './App';

/** The pre-rendered markup of the page's root element. */
export function prerenderApp(): string {
  const neverLoaded = new Promise<Session>(() => undefined);
  const html = renderToString(
    <AppProviders shell={createShell()} session={neverLoaded}>
      <App />
    </AppProviders>,
  );
  // The page's CSP refuses style attributes in markup; the stylesheet's defaults give the same layout
  // (the pane sizes a learner chose apply when React takes over).
  return markInert(html.replace(/ style="[^"]*"/g, ''));
}

/** What needs React to work: inert until React takes over, so no click or key is spent on it meanwhile. */
const NEEDS_REACT = [
  'pl-topbar',
  'pl-phone-tabs',
  'pl-pane--lesson',
  'pl-pane--editor',
  'pl-splitter',
  'pl-console-pane__tools',
];

function markInert(html: string): string {
  return html.replace(/<[a-z]+ class="([^"]*)"/g, (tag, classes: string) =>
    classes.split(' ').some((name) => NEEDS_REACT.includes(name)) ? `${tag} inert=""` : tag,
  );
}
