// The cluster at a glance, a row under the top bar: every node with its Pods by name (a coloured
// dot for their state), and the Pods waiting for a node. "Show cluster" (or C) docks the full
// picture in the workbench (ClusterPanel.tsx); Escape closes it.

import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { PodCard } from '../../app/cluster-view';
import type { ClusterViewStore } from '../../app/cluster-view-store';
import type { ProbeTimelineStore } from '../../app/probe-timeline-store';
import { useSession } from '../../app/session-context';
import { useWorkbenchView, workbenchView } from '../layout/workbench-view';
import { SYSTEM_NAMESPACE } from './ClusterPictureView';
import { useClusterView, useProbeTimeline } from './use-cluster';
import '../clock/theme.css';
import './cluster.css';

/** Pods named per node; more are counted ("+3 more"), and all are in the node's accessible name. */
const MAX_NAMED = 6;

export function ClusterStrip() {
  const view = useClusterView();
  const picture = useStore(view, (s) => s.picture);
  const open = useWorkbenchView((s) => s.clusterOpen);
  // Start recording probe results now, so the timeline has the past when the learner opens it.
  const timeline = useProbeTimeline();
  useFreshStartPerLesson(view, timeline);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, .monaco-editor, .xterm, [contenteditable]')) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const { clusterOpen, setClusterOpen } = workbenchView.getState();
      if (event.key === 'Escape' && clusterOpen) setClusterOpen(false);
      else if (event.key === 'c' || event.key === 'C') setClusterOpen(!clusterOpen);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The strip names the learner's Pods; kube-system's are drawn only in the full picture, on request.
  const mine = (cards: readonly PodCard[]) => cards.filter((c) => c.namespace !== SYSTEM_NAMESPACE);
  const podCount = picture.nodes.reduce((n, node) => n + mine(node.pods).length, 0) + mine(picture.pending).length;
  return (
    <div className="pl-strip pl-viz">
      <button
        type="button"
        className="pl-strip__toggle"
        aria-expanded={open}
        aria-controls="pl-cluster-panel"
        aria-keyshortcuts="C"
        title={open ? 'Hide the cluster (C or Escape)' : 'Show the cluster beside your work (C)'}
        onClick={() => workbenchView.getState().setClusterOpen(!open)}
      >
        <span>{open ? 'Hide cluster' : 'Show cluster'}</span>
        <span className="pl-muted">{podCount === 1 ? '1 Pod' : `${podCount} Pods`}</span>
      </button>
      {/* On a narrow screen the list scrolls sideways: a keyboard user scrolls it once it has focus. */}
      <ul className="pl-strip__nodes" aria-label="Nodes and their Pods" tabIndex={0}>
        {picture.pending.length > 0 && <NodeChip name="Pending" pending cards={mine(picture.pending)} />}
        {picture.nodes.map((node) => (
          <NodeChip key={node.name} name={node.name} cards={mine(node.pods)} />
        ))}
      </ul>
    </div>
  );
}

function NodeChip({ name, cards, pending = false }: { name: string; cards: readonly PodCard[]; pending?: boolean }) {
  // Read out as "node-2: web-sync Running 2/2, kuard Pending 0/1"; the state is seen as the dot's colour.
  return (
    <li className="pl-strip__node" data-pending={pending} data-node={pending ? undefined : name}>
      <span className="pl-strip__node-name">
        {pending ? 'Pending' : name}
        <span className="pl-visually-hidden">{pending ? ' (waiting for a node)' : ''}:</span>
      </span>
      <span className="pl-strip__pods">
        {cards.length === 0 && (
          <span className="pl-muted">
            –<span className="pl-visually-hidden">no Pods</span>
          </span>
        )}
        {cards.slice(0, MAX_NAMED).map((c, i) => (
          <span key={c.key} className="pl-strip__pod" title={`${c.name}: ${c.status} ${c.ready}`} data-pod={c.name}>
            <span className="pl-dot" data-tone={c.tone} />
            {c.name}
            <span className="pl-visually-hidden">{` ${c.status} ${c.ready}${i < cards.length - 1 ? ',' : ''}`}</span>
          </span>
        ))}
        {cards.length > MAX_NAMED && <span className="pl-muted">+{cards.length - MAX_NAMED} more</span>}
      </span>
    </li>
  );
}

/**
 * A lesson starts (opened, or restarted) on a cluster reset to its start state: the Pod details
 * panel and the probe timeline belong to what came before, so both start empty again.
 */
function useFreshStartPerLesson(view: ClusterViewStore, timeline: ProbeTimelineStore): void {
  const lessons = useSession().lessons;
  useEffect(() => {
    if (!lessons) return;
    return lessons.controller.view.subscribe((state, previous) => {
      if (state.runner === previous.runner) return;
      view.getState().select(undefined);
      timeline.getState().reset();
    });
  }, [lessons, view, timeline]);
}
