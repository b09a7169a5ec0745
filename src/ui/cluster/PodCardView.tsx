// One Pod as a card: its name, STATUS and READY as kubectl says them, RESTARTS, a chip per container
// coloured by its state, its volumes, and the grace-period countdown while it is being deleted.
// Memoised on the card object, which changes only when the Pod does.

import { memo } from 'react';
import type { ContainerChip, PodCard, VolumeChip } from '../../app/cluster-view';
import { GraceCountdown, RestartsText } from './TimeBits';

export interface PodCardActions {
  /** Open the details panel for this Pod. */
  onOpen(key: string): void;
  /** Show where in the manifest the cause of what was clicked lies ("status" or "ready"). */
  onExplain(card: PodCard, what: 'status' | 'ready'): void;
}

export const PodCardView = memo(function PodCardView({
  card,
  selected,
  actions,
}: {
  card: PodCard;
  selected: boolean;
  actions: PodCardActions;
}) {
  return (
    <article
      className="pl-pod"
      data-tone={card.tone}
      data-selected={selected}
      data-pod={card.name}
      data-status={card.status}
      aria-label={`Pod ${card.name}`}
    >
      <header className="pl-pod__head">
        <button
          type="button"
          className="pl-pod__name"
          onClick={() => actions.onOpen(card.key)}
          aria-label={`Details of Pod ${card.name}`}
        >
          {card.name}
        </button>
        <button
          type="button"
          className="pl-badge"
          data-tone={card.tone}
          title="Show what in the manifest causes this"
          aria-label={`STATUS ${card.status}: show the cause in the manifest`}
          onClick={() => actions.onExplain(card, 'status')}
        >
          {card.status}
        </button>
      </header>
      <div className="pl-pod__row">
        <button
          type="button"
          className="pl-pod__ready"
          title="Show what in the manifest decides readiness"
          aria-label={`READY ${card.ready}: show the cause in the manifest`}
          onClick={() => actions.onExplain(card, 'ready')}
        >
          <span className="pl-muted">READY</span> {card.ready}
        </button>
        <span className="pl-pod__restarts" data-restarts={card.restartCount}>
          <span className="pl-muted">RESTARTS</span> {card.restartCount === 0 ? '0' : <RestartsText pod={card.pod} />}
        </span>
      </div>
      <ul className="pl-pod__containers" aria-label="Containers">
        {card.containers.map((c) => (
          <ContainerRow key={c.name} chip={c} />
        ))}
      </ul>
      {card.volumes.some((v) => v.place !== 'api') && (
        <ul className="pl-pod__volumes" aria-label="Volumes">
          {card.volumes
            .filter((v) => v.place !== 'api')
            .map((v) => (
              <VolumeRow key={v.name} volume={v} />
            ))}
        </ul>
      )}
      {card.terminating && (
        <GraceCountdown deadline={card.terminating.deadline} graceSeconds={card.terminating.graceSeconds} />
      )}
      {card.pending && (
        <p className="pl-pod__pending">
          <strong>{card.pending.reason}</strong> {card.pending.message}
        </p>
      )}
    </article>
  );
});

function ContainerRow({ chip }: { chip: ContainerChip }) {
  const state = chip.state === 'none' ? 'not created' : chip.reason ? `${chip.state}: ${chip.reason}` : chip.state;
  const role = chip.role === 'main' ? '' : ` (${chip.role})`;
  return (
    <li
      className="pl-container"
      data-tone={chip.tone}
      data-container={chip.name}
      title={`${chip.name}${role}: ${state}${chip.ready ? ', ready' : ', not ready'}`}
    >
      <span className="pl-dot" data-tone={chip.tone} aria-hidden="true" />
      <span className="pl-container__name">
        {chip.name}
        {role && <span className="pl-muted">{role}</span>}
      </span>
      <span className="pl-container__state">{chip.reason ?? (chip.state === 'none' ? 'not created' : chip.state)}</span>
      <span className="pl-visually-hidden">{chip.ready ? 'ready' : 'not ready'}</span>
    </li>
  );
}

const LIFETIME: Record<VolumeChip['place'], string> = {
  pod: 'lives and dies with the Pod',
  node: "on the node's disk",
  remote: 'outside the nodes',
  api: 'projected from the API',
};

function VolumeRow({ volume }: { volume: VolumeChip }) {
  const yes = (b: boolean) => (b ? 'kept' : 'lost');
  const title =
    `${volume.type} "${volume.name}" — ${LIFETIME[volume.place]}. ` +
    `Container restart: ${yes(volume.survives.containerRestart)}; Pod deleted: ${yes(volume.survives.podDeletion)}; ` +
    `Pod moved to another node: ${yes(volume.survives.moveToAnotherNode)}.`;
  return (
    <li className="pl-volume" data-place={volume.place} title={title}>
      <DiskIcon />
      <span className="pl-volume__name">{volume.name}</span>
      <span className="pl-muted">
        {volume.type}
        {volume.detail && volume.place !== 'pod' ? ` ${volume.detail}` : ''}
      </span>
    </li>
  );
}

export const DiskIcon = () => (
  <svg className="pl-disk" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
    <ellipse cx="8" cy="4" rx="6" ry="2.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
    <path d="M2 4v8c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2V4" fill="none" stroke="currentColor" strokeWidth="1.4" />
  </svg>
);
