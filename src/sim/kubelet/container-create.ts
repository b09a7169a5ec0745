// Creating and starting one run of a container (kuberuntime startContainer's create and start):
// its environment, its filesystem with the Pod's volumes mounted, its resource limits.
import type { Container } from 'kubernetes-types/core/v1';
import type { ImageLookup } from '../program';
import { ContainerInstance } from './container-instance';
import { containerArgv, containerEnv } from './container-env';
import { containerFs } from './volumes';
import { cloneTree } from '../fs';
import { quantityValue, milliCores } from '../apiserver/quantity';
import type { PodHandle } from './pod-handle';

type FoundImage = Extract<ImageLookup, { found: true }>;

export function createInstance(
  pod: PodHandle,
  spec: Container,
  lookup: FoundImage,
  onExit: (instance: ContainerInstance, code: number, reason: 'OOMKilled' | undefined) => void,
): { instance: ContainerInstance; argv: string[] } {
  const { ctx, node } = pod;
  const env = containerEnv(
    pod.pod,
    spec,
    lookup.info,
    node.name,
    node.hostIP,
    pod.podIP,
    node.allocatableMemory,
    node.allocatableCpuMilli / 1000,
  );
  const fs = containerFs(
    cloneTree(lookup.filesystem()),
    spec.volumeMounts ?? [],
    pod.volumes,
    () => ctx.clock.now(),
    spec.terminationMessagePath,
  );
  const cpuLimit = spec.resources?.limits?.cpu === undefined ? undefined : milliCores(spec.resources.limits.cpu);
  const meta = pod.pod.metadata;
  const instance: ContainerInstance = new ContainerInstance({
    clock: ctx.clock,
    random: ctx.random,
    program: lookup.createProgram(),
    fs,
    env,
    hostname: meta?.name ?? '',
    podIP: pod.podIP,
    podName: meta?.name ?? '',
    namespace: meta?.namespace ?? 'default',
    containerName: spec.name,
    memoryLimitBytes: quantityValue(spec.resources?.limits?.memory),
    cpuLimitMillicores: cpuLimit,
    localhostRequest: (port, req) => pod.localhostRequest(port, req),
    onExit: (code, reason) => onExit(instance, code, reason),
  });
  return { instance, argv: containerArgv(spec, lookup.info, env) };
}
