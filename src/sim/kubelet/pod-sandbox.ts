// The Pod sandbox (kuberuntime createPodSandbox): its address from the node's pod CIDR and the
// volumes mounted for its containers.
import type { Pod } from 'kubernetes-types/core/v1';
import type { DirNode } from '../fs';
import type { KubeletContext, NodeRuntime } from './context';
import { buildPodVolumes } from './volumes';
import { CLUSTER_CA_CERT } from './config-objects';

export function podVolumes(
  ctx: KubeletContext,
  node: NodeRuntime,
  pod: Pod,
): Map<string, { dir: DirNode; readOnly: boolean }> {
  const ns = pod.metadata?.namespace ?? 'default';
  return buildPodVolumes(pod, {
    storage: ctx.storage,
    nodeName: node.name,
    now: ctx.clock.now(),
    boundVolume: (claim) => ctx.boundVolume(ns, claim),
    caCert: CLUSTER_CA_CERT,
    token: `eyJhbGciOiJSUzI1NiIsImtpZCI6InBvZC1sYWIifQ.${ctx.random.hex(48)}.${ctx.random.hex(86)}`,
  });
}

export function allocateIP(node: NodeRuntime): number {
  // host-local IPAM hands out addresses in order and wraps around, skipping ones in use.
  for (let i = 0; i < 253; i++) {
    const candidate = ((node.nextIP - 2 + i) % 253) + 2;
    if (!node.usedIPs.has(candidate)) {
      node.usedIPs.add(candidate);
      node.nextIP = candidate + 1;
      return candidate;
    }
  }
  return 254;
}
