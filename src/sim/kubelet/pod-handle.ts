// The narrow views the kubelet's parts have of each other: a container runner sees its Pod through
// PodHandle, and the status builder sees a container through ContainerView. Neither imports the
// class behind the other, so pod-worker → container-runner is the only direction of use.
import type { Container, ContainerState, ContainerStateTerminated, Pod } from 'kubernetes-types/core/v1';
import type { DirNode } from '../fs';
import type { HttpRequest, HttpResponse, NetError } from '../program';
import type { KubeletContext, NodeRuntime } from './context';

export interface PodHandle {
  readonly ctx: KubeletContext;
  readonly node: NodeRuntime;
  readonly pod: Pod;
  readonly podIP: string;
  readonly volumes: Map<string, { dir: DirNode; readOnly: boolean }>;
  readonly hasInitContainers: boolean;
  event(type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void;
  /** Re-render the Pod status and store it if a client could see a difference. */
  changed(): void;
  /** A container's startup probe passed (a sidecar's start lets the next init container go). */
  containerStarted(): void;
  localhostRequest(port: number, req: HttpRequest): HttpResponse | NetError;
}

/** What a container tells its Pod worker, bound to that container. */
export interface ContainerCallbacks {
  /** The first start finished, or failed: SyncPod moves on to the next container. */
  attempted(): void;
  /** An instance exited: the worker applies the restart policy. */
  exited(exitCode: number): void;
}

/** A container as the status builder reads it. */
export interface ContainerView {
  readonly name: string;
  readonly spec: Container;
  readonly init: boolean;
  /** An init container with restartPolicy Always: it keeps running beside the app containers. */
  readonly sidecar: boolean;
  readonly state: ContainerState;
  readonly lastTerminated: ContainerStateTerminated | undefined;
  readonly ready: boolean;
  readonly started: boolean;
  readonly restartCount: number;
  readonly containerID: string | undefined;
  readonly imageID: string;
  readonly reportedImage: string;
  /** An instance has run to exit 0 without being killed (an init container is done). */
  readonly succeeded: boolean;
}
