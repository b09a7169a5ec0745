// Mounts Pod Lab: one browser session (simulated cluster, console, files) and the page around it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserSession } from './app/browser-session';
import { SessionProvider } from './app/session-context';
import { App } from './ui/App';
import './ui/styles/app.css';

const session = createBrowserSession();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <SessionProvider session={session}>
      <App />
    </SessionProvider>
  </StrictMode>,
);
