// Placeholder from the app shell so the top bar has its cluster slot; the cluster-picture engineer owns this file.
export function ClusterStrip() {
  return <span className="pl-cluster-strip-placeholder">Cluster: node-1</span>;
}
