// The in-app browser for port-forwarded pages: an address bar for http://localhost:PORT and the
// page the Pod answers. kuard's page is drawn by React from the state it embeds and its JSON APIs
// (the real one is a React app too); any other page is shown in a sandboxed frame that may run no
// script and load nothing, so a page from the cluster can never reach another host.

import { type FormEvent, useCallback, useEffect, useState } from 'react';
import {
  browse,
  type BrowserRequest,
  type BrowserResult,
  kuardPageContext,
  lostConnectionMessage,
} from '../../app/forward-browser';
import { useSession } from '../../app/session-context';
import type { PortForward } from '../../kubectl/console-types';
import { KuardPage } from './KuardPage';
import './browser.css';

/** Nothing in a sandboxed page may load: not a script, image, font or style sheet from anywhere. */
const LOCKED_DOWN = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;

/** `lost`: the forward ended because a connection through it failed; the page says so and asks for nothing. */
export default function BrowserView({ forward, lost = false }: { forward: PortForward; lost?: boolean }) {
  const session = useSession();
  const origin = `http://localhost:${forward.localPort}`;
  const [path, setPath] = useState('/');
  const [typed, setTyped] = useState('/');
  const [loads, setLoads] = useState(0);
  const [result, setResult] = useState<BrowserResult | undefined>(undefined);

  const request = useCallback(
    (req: BrowserRequest): BrowserResult => {
      const forwards = session.forwards.getState();
      const answer = browse(
        { cluster: session.cluster, forwards: forwards.forwards, connect: forwards.connect, lose: forwards.lose },
        forward.localPort,
        req,
      );
      // The tab stays, saying what happened, after its port-forward is gone.
      if (answer.kind === 'lost') {
        const others = session.forwards.getState().lost.filter((p) => p.localPort !== forward.localPort);
        session.forwards.setState({ lost: [...others, { localPort: forward.localPort, pod: answer.pod }] });
      }
      return answer;
    },
    [session, forward.localPort],
  );

  useEffect(() => {
    if (!lost) setResult(request({ path }));
  }, [request, path, loads, lost]);

  if (lost) {
    return (
      <div className="pl-browser">
        <div className="pl-browser__page">
          <div className="pl-browser__error" role="alert">
            <h2>Lost connection to pod {forward.pod}</h2>
            <p>{lostConnectionMessage(forward.pod)}</p>
          </div>
        </div>
      </div>
    );
  }

  const go = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.startsWith('/') ? typed : `/${typed}`;
    setTyped(next);
    if (next === path) setLoads((n) => n + 1);
    else setPath(next);
  };

  return (
    <div className="pl-browser">
      <form className="pl-browser__bar" onSubmit={go} aria-label="Address">
        <button type="button" className="pl-button" onClick={() => setLoads((n) => n + 1)} aria-label="Reload">
          ⟳
        </button>
        <label className="pl-browser__address">
          <span className="pl-browser__origin">{origin}</span>
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            spellCheck={false}
            aria-label={`Path on ${origin}`}
          />
        </label>
        <button type="submit" className="pl-button">
          Go
        </button>
      </form>
      <div className="pl-browser__page">
        <PageBody result={result} request={request} frameTitle={`${origin}${path}`} />
      </div>
    </div>
  );
}

function PageBody({
  result,
  request,
  frameTitle,
}: {
  result: BrowserResult | undefined;
  request: (req: BrowserRequest) => BrowserResult;
  frameTitle: string;
}) {
  if (!result) return null;
  if (result.kind !== 'response') {
    return (
      <div className="pl-browser__error" role="alert">
        <h2>{result.kind === 'lost' ? `Lost connection to pod ${result.pod}` : 'This site can’t be reached'}</h2>
        <p>{result.message}</p>
      </div>
    );
  }
  const { response } = result;
  const type = Object.entries(response.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  const context = type.includes('html') ? kuardPageContext(response.body) : undefined;
  if (context) return <KuardPage context={context} request={request} />;
  if (type.includes('html')) {
    return <iframe className="pl-browser__frame" title={frameTitle} sandbox="" srcDoc={LOCKED_DOWN + response.body} />;
  }
  return (
    <pre className="pl-browser__text">
      {response.status !== 200 ? `HTTP ${response.status}\n\n` : ''}
      {response.body}
    </pre>
  );
}
