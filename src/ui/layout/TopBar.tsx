// The bar across the top: the product's name, the simulated cluster at a glance, and its clock.
// The cluster strip and the clock need the session, so they arrive with its chunk.
import { lazy } from 'react';
import { WithSession } from '../../app/session-context';

const ClusterStrip = lazy(() => import('../cluster/ClusterStrip').then((m) => ({ default: m.ClusterStrip })));
const ClockControls = lazy(() => import('../clock/ClockControls').then((m) => ({ default: m.ClockControls })));

export function TopBar() {
  return (
    <header className="pl-topbar">
      <div className="pl-brand">
        <PodMark />
        <h1 className="pl-brand__name">Pod Lab</h1>
        <span className="pl-brand__tagline">Kubernetes Pods, hands-on</span>
      </div>
      <div className="pl-topbar__strip" role="region" aria-label="Cluster">
        <WithSession fallback={<span className="pl-loading">Starting the cluster…</span>}>
          <ClusterStrip />
        </WithSession>
      </div>
      <div className="pl-topbar__clock">
        <WithSession fallback={null}>
          <ClockControls />
        </WithSession>
      </div>
    </header>
  );
}

/** A small hexagon (Kubernetes' shape) holding a dot: a Pod. */
function PodMark() {
  return (
    <svg className="pl-brand__mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <path d="M12 2.5 20.5 7.25v9.5L12 21.5 3.5 16.75v-9.5z" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="12" cy="12" r="3.4" fill="currentColor" />
    </svg>
  );
}
