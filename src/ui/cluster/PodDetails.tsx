// The details of the Pod the learner clicked: where it runs, its conditions, each container's
// state and last state, and its events as `kubectl describe pod` lists them (Type, Reason, Age,
// From, Message), refreshed as they arrive.

import { useStore } from 'zustand';
import type { ClusterApi, Event, Pod } from '../../sim/api';
import { findCard } from '../../app/cluster-view-store';
import { useSession } from '../../app/session-context';
import { humanDuration } from '../../kubectl/print/duration';
import { Age } from './TimeBits';
import { useClusterView, useSimSecond } from './use-cluster';

function eventsOf(cluster: ClusterApi, pod: Pod): Event[] {
  const result = cluster.list('Event', pod.metadata?.namespace ?? 'default');
  if (!result.ok) return [];
  const uid = pod.metadata?.uid;
  const name = pod.metadata?.name;
  const stamp = (e: Event) => Date.parse(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? '') || 0;
  return (result.value as Event[])
    .filter(
      (e) =>
        e.involvedObject?.kind === 'Pod' &&
        (uid
          ? e.involvedObject.uid === uid || (!e.involvedObject.uid && e.involvedObject.name === name)
          : e.involvedObject.name === name),
    )
    .sort((a, b) => stamp(a) - stamp(b));
}

export function PodDetails({ podKey, onClose }: { podKey: string; onClose(): void }) {
  const { cluster } = useSession();
  const view = useClusterView();
  const card = useStore(view, (s) => findCard(s.picture, podKey));
  useStore(view, (s) => s.eventsVersion); // re-read the events when they change
  if (!card) {
    return (
      <section className="pl-details" aria-label="Pod details">
        <header className="pl-details__head">
          <h3>{podKey.split('/')[1]}</h3>
          <CloseButton onClose={onClose} />
        </header>
        <p className="pl-muted">This Pod no longer exists.</p>
      </section>
    );
  }
  const pod = card.pod;
  const events = eventsOf(cluster, pod);
  const created = Date.parse(pod.metadata?.creationTimestamp ?? '');
  return (
    <section className="pl-details" aria-label={`Details of Pod ${card.name}`}>
      <header className="pl-details__head">
        <h3>
          {card.name}{' '}
          <span className="pl-badge" data-tone={card.tone}>
            {card.status}
          </span>
        </h3>
        <CloseButton onClose={onClose} />
      </header>
      <dl className="pl-kv">
        <dt>Namespace</dt>
        <dd>{card.namespace}</dd>
        <dt>Node</dt>
        <dd>{pod.spec?.nodeName ? `${pod.spec.nodeName}/${pod.status?.hostIP ?? ''}` : '<none>'}</dd>
        <dt>IP</dt>
        <dd>{pod.status?.podIP ?? '<none>'}</dd>
        <dt>Phase</dt>
        <dd>{card.phase}</dd>
        <dt>QoS Class</dt>
        <dd>{pod.status?.qosClass ?? '—'}</dd>
        {!Number.isNaN(created) && (
          <>
            <dt>Age</dt>
            <dd>
              <Age since={created} />
            </dd>
          </>
        )}
      </dl>
      <h4>Conditions</h4>
      <table className="pl-table">
        <thead>
          <tr>
            <th>Type</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {(pod.status?.conditions ?? []).map((c) => (
            <tr key={c.type}>
              <td>{c.type}</td>
              <td data-tone={c.status === 'True' ? 'ok' : 'warn'}>{c.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Containers</h4>
      {[...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].map((s) => (
        <div key={s.name} className="pl-details__container">
          <strong>{s.name}</strong> <span className="pl-muted">{s.image}</span>
          <dl className="pl-kv">
            <dt>State</dt>
            <dd>{stateText(s.state)}</dd>
            {s.lastState?.terminated && (
              <>
                <dt>Last State</dt>
                <dd>{stateText(s.lastState)}</dd>
              </>
            )}
            <dt>Ready</dt>
            <dd>{String(s.ready)}</dd>
            <dt>Restart Count</dt>
            <dd>{s.restartCount}</dd>
          </dl>
        </div>
      ))}
      <h4>Events</h4>
      <EventsTable events={events} />
    </section>
  );
}

type State = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number]['state'];
function stateText(state: State): string {
  if (state?.running) return 'Running';
  if (state?.waiting)
    return `Waiting (${state.waiting.reason ?? ''})${state.waiting.message ? ` — ${state.waiting.message}` : ''}`;
  if (state?.terminated) return `Terminated (${state.terminated.reason ?? ''}, exit code ${state.terminated.exitCode})`;
  return '—';
}

function EventsTable({ events }: { events: Event[] }) {
  const now = useSimSecond();
  if (events.length === 0) return <p className="pl-muted pl-small">&lt;none&gt;</p>;
  // Each event as describe's columns (Type, Reason, Age, From) over its Message: the panel is too
  // narrow for the message as a fifth column.
  return (
    <ol className="pl-events" aria-label="Events">
      {events.map((e) => {
        const last = Date.parse(e.lastTimestamp ?? e.eventTime ?? '');
        const first = Date.parse(e.firstTimestamp ?? '');
        // describe's Age column: "(x3 over 2m)" when the event repeated (kubectl pkg/describe).
        const age = Number.isNaN(last)
          ? '<unknown>'
          : (e.count ?? 1) > 1 && !Number.isNaN(first)
            ? `${humanDuration(now - last)} (x${e.count} over ${humanDuration(now - first)})`
            : humanDuration(now - last);
        return (
          <li key={e.metadata?.name} data-type={e.type}>
            <div className="pl-events__head">
              <span className="pl-events__type">{e.type}</span>
              <strong>{e.reason}</strong>
              <span className="pl-muted">{age}</span>
              <span className="pl-muted pl-events__from">{e.source?.component ?? e.reportingComponent ?? ''}</span>
            </div>
            <div className="pl-events__message">{e.message}</div>
          </li>
        );
      })}
    </ol>
  );
}

function CloseButton({ onClose }: { onClose(): void }) {
  return (
    <button type="button" className="pl-icon-button" aria-label="Close the Pod details" onClick={onClose}>
      ×
    </button>
  );
}
