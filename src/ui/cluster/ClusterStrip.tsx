// The cluster at a glance in the top bar: each node with a dot per Pod (coloured by its state) and
// the Pods waiting for a node. "Show cluster" (or C) opens the full picture with the Pod details
// and the probe timeline; Escape closes it.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { PodCard } from '../../app/cluster-view';
import type { ClusterViewStore } from '../../app/cluster-view-store';
import type { ProbeTimelineStore } from '../../app/probe-timeline-store';
import { useSession } from '../../app/session-context';
import { explainInManifest } from '../../app/editor-highlight';
import { ClusterPictureView, SYSTEM_NAMESPACE } from './ClusterPictureView';
import { PodDetails } from './PodDetails';
import type { PodCardActions } from './PodCardView';
import { useClusterView, useProbeTimeline } from './use-cluster';
import { ProbeTimeline } from '../timeline/ProbeTimeline';
import '../clock/theme.css';
import './cluster.css';

const MAX_DOTS = 40;

export function ClusterStrip() {
  const view = useClusterView();
  const picture = useStore(view, (s) => s.picture);
  const [open, setOpen] = useState(false);
  // Start recording probe results now, so the timeline has the past when the learner opens it.
  const timeline = useProbeTimeline();
  useFreshStartPerLesson(view, timeline);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, .monaco-editor, .xterm, [contenteditable]')) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape' && open) setOpen(false);
      else if (event.key === 'c' || event.key === 'C') setOpen((v) => !v);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  // The strip counts the learner's Pods; kube-system's are drawn only in the full picture, on request.
  const mine = (cards: readonly PodCard[]) => cards.filter((c) => c.namespace !== SYSTEM_NAMESPACE);
  // A narrow bar has room for a few chips only: waiting Pods, then nodes running the learner's Pods.
  const nodesWithPodsFirst = [...picture.nodes].sort(
    (a, b) => Number(mine(b.pods).length > 0) - Number(mine(a.pods).length > 0),
  );
  const podCount = picture.nodes.reduce((n, node) => n + mine(node.pods).length, 0) + mine(picture.pending).length;
  return (
    <div className="pl-strip pl-viz">
      <button
        type="button"
        className="pl-strip__toggle"
        aria-expanded={open}
        aria-controls="pl-cluster-panel"
        aria-keyshortcuts="C"
        title={open ? 'Hide the cluster (C or Escape)' : 'Show the cluster (C)'}
        onClick={() => setOpen((v) => !v)}
      >
        <span>{open ? 'Hide cluster' : 'Show cluster'}</span>
        <span className="pl-muted">{podCount === 1 ? '1 Pod' : `${podCount} Pods`}</span>
      </button>
      <ul className="pl-strip__nodes" aria-label="Nodes at a glance">
        {picture.pending.length > 0 && (
          <li
            className="pl-strip__node pl-strip__node--pending"
            title={`${picture.pending.length} Pods waiting for a node`}
          >
            <span className="pl-strip__node-name">Pending</span>
            <Dots cards={picture.pending} />
          </li>
        )}
        {nodesWithPodsFirst.map((node) => (
          <li key={node.name} className="pl-strip__node" title={`${node.name}: ${mine(node.pods).length} Pods`}>
            <span className="pl-strip__node-name">{node.name}</span>
            <Dots cards={mine(node.pods)} />
          </li>
        ))}
      </ul>
      {open && <ClusterPanel onClose={() => setOpen(false)} />}
    </div>
  );
}

function Dots({ cards }: { cards: readonly PodCard[] }) {
  return (
    <span className="pl-strip__dots" role="img" aria-label={summary(cards)}>
      {cards.slice(0, MAX_DOTS).map((c) => (
        <span key={c.key} className="pl-dot" data-tone={c.tone} title={`${c.name}: ${c.status} ${c.ready}`} />
      ))}
      {cards.length > MAX_DOTS && <span className="pl-muted pl-small">+{cards.length - MAX_DOTS}</span>}
    </span>
  );
}

function summary(cards: readonly PodCard[]): string {
  if (cards.length === 0) return 'no Pods';
  const counts = new Map<string, number>();
  for (const c of cards) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}

function ClusterPanel({ onClose }: { onClose(): void }) {
  const session = useSession();
  const view = useClusterView();
  const picture = useStore(view, (s) => s.picture);
  const selected = useStore(view, (s) => s.selected);
  const select = view.getState().select;
  const [notice, setNotice] = useState<string>();
  const [showSystem, setShowSystem] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useConsoleStaysVisible(panel);

  const explain = useCallback(
    (card: PodCard, what: 'status' | 'ready') => setNotice(explainInManifest(session, card, what)),
    [session],
  );
  // One actions object for the whole panel, so memoised cards are not invalidated by new callbacks.
  const actions: PodCardActions = useMemo(
    () => ({ onOpen: (key) => select(key), onExplain: explain }),
    [select, explain],
  );

  return (
    <div id="pl-cluster-panel" ref={panel} className="pl-panel pl-viz" role="region" aria-label="Cluster picture">
      <div className="pl-panel__bar">
        <h2>Cluster</h2>
        <p className="pl-muted pl-small pl-panel__hint">
          Click a Pod's name for its details and events; click a STATUS or READY to see the manifest lines behind it.
        </p>
        {notice && (
          <p className="pl-panel__notice" role="status">
            {notice}
          </p>
        )}
        <label className="pl-panel__toggle pl-small">
          <input type="checkbox" checked={showSystem} onChange={(e) => setShowSystem(e.target.checked)} /> kube-system
          Pods
        </label>
        <button type="button" className="pl-icon-button" aria-label="Close the cluster picture" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="pl-panel__body" data-has-details={selected !== undefined}>
        <div className="pl-panel__main">
          <ClusterPictureView picture={picture} selected={selected} actions={actions} showSystem={showSystem} />
          <ProbeTimeline focusPod={selected} />
        </div>
        {selected && <PodDetails podKey={selected} onClose={() => select(undefined)} />}
      </div>
    </div>
  );
}

/**
 * Ends the panel where the console pane begins (on a wide layout), so the learner can keep typing
 * commands and watch their effect. Falls back to the stylesheet's height when the console sits too
 * high for a useful picture, or on a narrow screen where the panes stack.
 */
function useConsoleStaysVisible(panel: React.RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const place = () => {
      const el = panel.current;
      const console = document.getElementById('pl-console-pane');
      if (!el) return;
      const top = console?.getBoundingClientRect().top;
      const usable = top !== undefined && window.innerWidth > 820 && top - el.getBoundingClientRect().top >= 320;
      el.style.bottom = usable ? `${Math.round(window.innerHeight - top + 6)}px` : '';
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [panel]);
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
