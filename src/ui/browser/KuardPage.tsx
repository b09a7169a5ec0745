// kuard's page, drawn from the pageContext it embeds and its JSON APIs: request details, server
// environment, the liveness and readiness probes (make the next N checks fail), and memory
// (allocate until the container's limit OOM-kills it). Text from the Pod is only ever text here.

import { useCallback, useEffect, useState } from 'react';
import type { BrowserRequest, BrowserResult } from '../../app/forward-browser';

type Tab = 'request' | 'env' | 'liveness' | 'readiness' | 'memory';
const TABS: { id: Tab; label: string }[] = [
  { id: 'request', label: 'Request Details' },
  { id: 'env', label: 'Server Env' },
  { id: 'liveness', label: 'Liveness Probe' },
  { id: 'readiness', label: 'Readiness Probe' },
  { id: 'memory', label: 'Memory' },
];

type Request = (req: BrowserRequest) => BrowserResult;

/** A value from kuard's page context as text: anything but a string or number shows as nothing. */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function KuardPage({ context, request }: { context: Record<string, unknown>; request: Request }) {
  const [tab, setTab] = useState<Tab>('request');
  const color =
    typeof context.versionColor === 'string' && /^hsl\(\d+,\d+%,\d+%\)$/.test(context.versionColor)
      ? context.versionColor
      : undefined;
  const addrs = Array.isArray(context.addrs) ? context.addrs.map(String).join(', ') : '';
  return (
    <div className="pl-kuard">
      <h2 className="pl-kuard__title">
        {/* The version's colour underlines it: as text colour, some hues fail contrast on white. */}
        Demo application version{' '}
        <i className="pl-kuard__version" style={{ textDecorationColor: color }}>
          {text(context.version)}
        </i>
      </h2>
      <p className="pl-kuard__serving">
        Serving from <b>{text(context.hostname)}</b> ({addrs})
      </p>
      <nav className="pl-kuard__tabs" aria-label="kuard">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            aria-pressed={tab === t.id}
            className="pl-kuard__tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </nav>
      <section className="pl-kuard__body">
        {tab === 'request' && <pre className="pl-browser__text">{text(context.requestDump)}</pre>}
        {tab === 'env' && <ServerEnv request={request} />}
        {tab === 'liveness' && <ProbeControls name="Liveness" path="/healthy" request={request} />}
        {tab === 'readiness' && <ProbeControls name="Readiness" path="/ready" request={request} />}
        {tab === 'memory' && <Memory request={request} />}
      </section>
    </div>
  );
}

/** GETs a kuard JSON API; reloads when `reload` changes. */
function useJson(request: Request, path: string, reload: number): { data?: unknown; error?: string } {
  const [state, setState] = useState<{ data?: unknown; error?: string }>({});
  useEffect(() => {
    const result = request({ path });
    if (result.kind !== 'response') setState({ error: result.message });
    else if (result.response.status !== 200)
      setState({ error: `HTTP ${result.response.status}: ${result.response.body}` });
    else {
      try {
        setState({ data: JSON.parse(result.response.body) as unknown });
      } catch {
        setState({ error: 'The answer was not JSON.' });
      }
    }
  }, [request, path, reload]);
  return state;
}

function ServerEnv({ request }: { request: Request }) {
  const { data, error } = useJson(request, '/env/api', 0);
  if (error) return <p role="alert">{error}</p>;
  const value = (data ?? {}) as { commandLine?: unknown; env?: Record<string, unknown> };
  return (
    <>
      <h2>Command line</h2>
      <pre className="pl-browser__text">{Array.isArray(value.commandLine) ? value.commandLine.join(' ') : ''}</pre>
      <h2>Environment</h2>
      <table className="pl-kuard__table">
        <tbody>
          {Object.entries(value.env ?? {}).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{String(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ProbeControls({ name, path, request }: { name: string; path: string; request: Request }) {
  const [reload, setReload] = useState(0);
  const [count, setCount] = useState(5);
  const { data, error } = useJson(request, `${path}/api`, reload);
  const configure = useCallback(
    (failNext: number) => {
      request({ method: 'PUT', path: `${path}/api`, body: JSON.stringify({ failNext }) });
      setReload((n) => n + 1);
    },
    [request, path],
  );
  if (error) return <p role="alert">{error}</p>;
  const value = (data ?? {}) as {
    failNext?: number;
    history?: { id: number; when: string; relWhen: string; code: number }[];
  };
  return (
    <>
      <p>
        The kubelet checks <code>{path}</code>. It answers {value.failNext ? <b>fail</b> : <b>ok</b>}
        {value.failNext && value.failNext > 0
          ? ` for the next ${value.failNext} check(s)`
          : value.failNext && value.failNext < 0
            ? ' for good'
            : ''}
        .
      </p>
      <div className="pl-kuard__actions">
        <label>
          Fail the next{' '}
          <input
            type="number"
            min={1}
            max={1000}
            value={count}
            onChange={(e) => setCount(Math.max(1, Number(e.target.value) || 1))}
            aria-label={`${name}: number of checks to fail`}
          />{' '}
          checks
        </label>
        <button type="button" className="pl-button" onClick={() => configure(count)}>
          Fail
        </button>
        <button type="button" className="pl-button" onClick={() => configure(0)}>
          Succeed
        </button>
        <button type="button" className="pl-button" onClick={() => setReload((n) => n + 1)}>
          Refresh
        </button>
      </div>
      <table className="pl-kuard__table" aria-label={`${name} check history`}>
        <thead>
          <tr>
            <th>ID</th>
            <th>When</th>
            <th>Code</th>
          </tr>
        </thead>
        <tbody>
          {(value.history ?? []).map((h) => (
            <tr key={h.id} data-failed={h.code !== 200}>
              <td>{h.id}</td>
              <td>{h.relWhen}</td>
              <td>{h.code}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const MiB = 1024 * 1024;

function Memory({ request }: { request: Request }) {
  const [reload, setReload] = useState(0);
  const { data, error } = useJson(request, '/mem/api', reload);
  const act = (path: string) => {
    request({ method: 'POST', path });
    setReload((n) => n + 1);
  };
  if (error) return <p role="alert">{error}</p>;
  const stats = ((data ?? {}) as { memStats?: Record<string, number> }).memStats ?? {};
  return (
    <>
      <div className="pl-kuard__actions">
        <button type="button" className="pl-button" onClick={() => act(`/mem/api/alloc?size=${500 * MiB}`)}>
          Allocate 500 MiB
        </button>
        <button type="button" className="pl-button" onClick={() => act('/mem/api/clear')}>
          Free
        </button>
        <button type="button" className="pl-button" onClick={() => setReload((n) => n + 1)}>
          Refresh
        </button>
      </div>
      <table className="pl-kuard__table" aria-label="Memory statistics">
        <tbody>
          {Object.entries(stats).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>
                {k === 'Mallocs' || k === 'Frees' || k === 'HeapObjects' || k === 'NumGC'
                  ? v
                  : `${(v / MiB).toFixed(1)} MiB`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
