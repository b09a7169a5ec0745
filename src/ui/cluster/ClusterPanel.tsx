// The full cluster picture, docked in the workbench's right column (in the editor's place, above
// the console, so a command and its effect are seen together; on a phone, the Cluster tab): the
// nodes with their Pods, the Pod details, and the probe timeline.

import { useCallback, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { PodCard } from '../../app/cluster-view';
import { useSession } from '../../app/session-context';
import { explainInManifest } from '../../app/editor-highlight';
import { workbenchView } from '../layout/workbench-view';
import { ClusterPictureView } from './ClusterPictureView';
import { PodDetails } from './PodDetails';
import type { PodCardActions } from './PodCardView';
import { useClusterView } from './use-cluster';
import { ProbeTimeline } from '../timeline/ProbeTimeline';
import '../clock/theme.css';
import './cluster.css';
import './cluster-panel.css';

export function ClusterPanel() {
  const session = useSession();
  const view = useClusterView();
  const picture = useStore(view, (s) => s.picture);
  const selected = useStore(view, (s) => s.selected);
  const select = view.getState().select;
  const [showSystem, setShowSystem] = useState(false);

  // The manifest lines behind a STATUS or READY are in the editor: the dock gives way to it, and
  // the sentence stays on the page as a notice.
  const explain = useCallback(
    (card: PodCard, what: 'status' | 'ready') => {
      const text = explainInManifest(session, card, what);
      workbenchView.getState().setClusterOpen(false);
      const notices = session.notices.getState();
      notices.show({
        id: 'cluster-explain',
        tone: 'info',
        text,
        actions: [{ label: 'Dismiss', run: () => session.notices.getState().dismiss('cluster-explain') }],
      });
    },
    [session],
  );
  // One actions object for the whole panel, so memoised cards are not invalidated by new callbacks.
  const actions: PodCardActions = useMemo(
    () => ({ onOpen: (key) => select(key), onExplain: explain }),
    [select, explain],
  );

  return (
    <div id="pl-cluster-panel" className="pl-panel pl-viz" role="region" aria-label="Cluster picture">
      <div className="pl-panel__bar">
        <h2>Cluster</h2>
        <p className="pl-muted pl-small pl-panel__hint">
          Click a Pod's name for its details and events; click a STATUS or READY to see the manifest lines behind it.
        </p>
        <label className="pl-panel__toggle pl-small">
          <input type="checkbox" checked={showSystem} onChange={(e) => setShowSystem(e.target.checked)} /> kube-system
          Pods
        </label>
        <button
          type="button"
          className="pl-icon-button"
          aria-label="Close the cluster picture"
          onClick={() => workbenchView.getState().setClusterOpen(false)}
        >
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
