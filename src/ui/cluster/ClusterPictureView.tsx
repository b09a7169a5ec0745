// The full picture: nodes as boxes (allocatable vs requested CPU and memory, their Pods, the
// hostPath data on their disks), the Pods waiting for a node beside them, and the disks that live
// outside every node. Where a volume is drawn says which data survives a restart, a deletion, a move.

import { memo } from 'react';
import type { ClusterPicture, NodeBox, RemoteDisk } from '../../app/cluster-view';
import { formatCpu, formatMemory } from './format';
import { DiskIcon, PodCardView, type PodCardActions } from './PodCardView';

/** kube-system's Pods (DNS, kube-proxy) are part of the cluster but not of the lesson: hidden unless asked for. */
export const SYSTEM_NAMESPACE = 'kube-system';

export function ClusterPictureView({
  picture,
  selected,
  actions,
  showSystem,
}: {
  picture: ClusterPicture;
  selected: string | undefined;
  actions: PodCardActions;
  showSystem: boolean;
}) {
  return (
    <div className="pl-picture">
      <div className="pl-picture__nodes">
        {picture.nodes.length === 0 && <p className="pl-muted">No nodes yet.</p>}
        {picture.nodes.map((node) => (
          <NodeBoxView key={node.name} node={node} selected={selected} actions={actions} showSystem={showSystem} />
        ))}
      </div>
      <aside className="pl-picture__side">
        <section className="pl-lane pl-lane--pending" aria-label="Pods waiting for a node">
          <h3>
            Waiting for a node <span className="pl-count">{picture.pending.length}</span>
          </h3>
          {picture.pending.length === 0 ? (
            <p className="pl-muted pl-small">Every Pod has a node.</p>
          ) : (
            picture.pending.map((card) => (
              <PodCardView key={card.key} card={card} selected={card.key === selected} actions={actions} />
            ))
          )}
        </section>
        <section className="pl-lane pl-lane--remote" aria-label="Storage outside the nodes">
          <h3>Outside the nodes</h3>
          {picture.remoteDisks.length === 0 ? (
            <p className="pl-muted pl-small">
              No network disks. Data in a PersistentVolume or NFS share would live here and outlive any Pod or node.
            </p>
          ) : (
            <ul className="pl-disks">
              {picture.remoteDisks.map((disk) => (
                <RemoteDiskRow key={`${disk.type}:${disk.name}`} disk={disk} />
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  );
}

const NodeBoxView = memo(function NodeBoxView({
  node,
  selected,
  actions,
  showSystem,
}: {
  node: NodeBox;
  selected: string | undefined;
  actions: PodCardActions;
  showSystem: boolean;
}) {
  const pods = showSystem ? node.pods : node.pods.filter((p) => p.namespace !== SYSTEM_NAMESPACE);
  const hidden = node.pods.length - pods.length;
  const hostPaths = showSystem
    ? node.hostPaths
    : node.hostPaths.filter((h) => h.pods.some((p) => !p.startsWith(`${SYSTEM_NAMESPACE}/`)));
  return (
    <section className="pl-node" aria-label={`Node ${node.name}`} data-node={node.name}>
      <header className="pl-node__head">
        <h3>
          <NodeIcon /> {node.name}
        </h3>
        <span className="pl-badge" data-tone={node.ready ? 'ok' : 'bad'}>
          {node.ready ? 'Ready' : 'NotReady'}
        </span>
      </header>
      <div className="pl-node__meters">
        <Meter label="CPU" used={node.cpu.requestedMilli} total={node.cpu.allocatableMilli} format={formatCpu} />
        <Meter
          label="Memory"
          used={node.memory.requestedBytes}
          total={node.memory.allocatableBytes}
          format={formatMemory}
        />
      </div>
      <div className="pl-node__pods">
        {pods.length === 0 && <p className="pl-muted pl-small">No Pods of yours on this node.</p>}
        {pods.map((card) => (
          <PodCardView key={card.key} card={card} selected={card.key === selected} actions={actions} />
        ))}
      </div>
      {hidden > 0 && (
        <p className="pl-muted pl-small pl-node__hidden">
          + {hidden} kube-system Pod{hidden === 1 ? '' : 's'} (counted in the requests above)
        </p>
      )}
      {hostPaths.length > 0 && (
        <footer className="pl-node__disk" aria-label={`Disk of ${node.name}`}>
          <span className="pl-muted pl-small">Node disk (hostPath: stays on this node after the Pod is gone)</span>
          <ul className="pl-disks">
            {hostPaths.map((h) => (
              <li key={h.path} className="pl-volume" data-place="node">
                <DiskIcon /> <code>{h.path}</code>{' '}
                <span className="pl-muted">used by {h.pods.map((p) => p.split('/')[1]).join(', ')}</span>
              </li>
            ))}
          </ul>
        </footer>
      )}
    </section>
  );
});

function Meter({
  label,
  used,
  total,
  format,
}: {
  label: string;
  used: number;
  total: number;
  format: (n: number) => string;
}) {
  const share = total > 0 ? used / total : 0;
  const tone = share > 1 ? 'bad' : share > 0.85 ? 'warn' : 'ok';
  return (
    <div className="pl-meter" data-tone={tone}>
      <div className="pl-meter__label">
        <span>{label}</span>
        <span className="pl-meter__value" title="requested / allocatable">
          {format(used)} / {format(total)}
        </span>
      </div>
      <div
        className="pl-meter__track"
        role="meter"
        aria-label={`${label} requested: ${format(used)} of ${format(total)} allocatable`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={used}
      >
        <div className="pl-meter__fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
      </div>
    </div>
  );
}

function RemoteDiskRow({ disk }: { disk: RemoteDisk }) {
  return (
    <li
      className="pl-volume"
      data-place="remote"
      title="Outside the nodes: the data outlives any Pod and follows it to another node"
    >
      <DiskIcon /> <span className="pl-volume__name">{disk.name}</span>
      <span className="pl-muted">
        {disk.type}
        {disk.detail ? ` · ${disk.detail}` : ''}
        {disk.usedBy.length > 0 ? ` · used by ${disk.usedBy.map((p) => p.split('/')[1]).join(', ')}` : ''}
      </span>
    </li>
  );
}

const NodeIcon = () => (
  <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="pl-node__icon">
    <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
    <path d="M4 6h8M4 9h5" stroke="currentColor" strokeWidth="1.4" />
  </svg>
);
