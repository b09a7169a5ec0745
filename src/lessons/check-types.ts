// The vocabulary of step checks: small, typed and declarative, so lesson files hold no scripts.
// A check is a condition (or a list of conditions, all of which must hold) over the cluster's
// state, what the learner typed since the step began, and the workspace files.

import type { FieldExpectation } from './file-fields';

export type Check = (
  | { kind: 'all'; of: Check[]; line: number }
  | { kind: 'any'; of: Check[]; line: number }
  | { kind: 'not'; of: Check; line: number }
  | PodCheck
  | EventCheck
  | RanCheck
  | FileCheck
  | ClaimCheck
  | VolumeCheck
  | QuizCheck
) &
  Goal;

/** Any condition may carry the lesson's own words for it, shown in the step's list of goals. */
export interface Goal {
  goal?: string;
}

/** The step's quiz was answered with a correct option. */
export interface QuizCheck {
  kind: 'quiz';
  line: number;
}

export type ProbeKind = 'httpGet' | 'tcpSocket' | 'exec' | 'grpc' | 'any';

/** Conditions on one Pod; every field given must hold. `exists: false` means the Pod is gone. */
export interface PodCheck {
  kind: 'pod';
  line: number;
  name: string;
  namespace: string;
  exists?: boolean;
  phase?: string;
  /** kubectl's STATUS column text (Running, CrashLoopBackOff, Terminating, OOMKilled, …). */
  status?: string;
  ready?: boolean;
  /** At least this many restarts (summed over the selected containers). */
  restarts?: number;
  /** A container's lastState.terminated.reason (OOMKilled, Error, Completed). */
  lastTerminated?: string;
  terminating?: boolean;
  /** PodScheduled condition: false for a Pod no node can take. */
  scheduled?: boolean;
  /** "any" (bound to some node) or a node name. */
  node?: string;
  qosClass?: string;
  /** Restricts container-level fields to this container. */
  container?: string;
  image?: string;
  livenessProbe?: ProbeKind;
  readinessProbe?: ProbeKind;
  /** Every named volume is declared in the Pod spec, of the given type when one is given. */
  volumes?: { name: string; type?: string }[];
  /** The container declares these requests / limits, compared by value (cpu: 1000m matches the stored 1). */
  requests?: Record<string, string>;
  limits?: Record<string, string>;
  /** At least this many containers in the Pod spec. */
  containers?: number;
}

/** An event about an object, recorded (or repeated) since the step began. */
export interface EventCheck {
  kind: 'event';
  line: number;
  reason: string;
  /** involvedObject.name. */
  object?: string;
  namespace: string;
  messageContains?: string;
}

/** A command the learner ran since the step began. */
export interface RanCheck {
  kind: 'ran';
  line: number;
  /** Leading words of the command, e.g. ["kubectl", "logs"]. */
  command: string[];
  /** Each must appear among the remaining words. */
  args: string[];
  /** Each entry lists alternatives ("--previous|-p"); `--flag=value` forms match the flag name too. */
  flags: string[][];
  /** Default 0; null accepts any exit code (e.g. to show an error). */
  exitCode: number | null;
  outputContains?: string;
  /** Only counts if run after this Pod's container last restarted (so --previous has something to show). */
  afterRestartOf?: string;
  /** Only counts if a command matching this (itself a ran condition, which may have its own `after`) ran before it in the step. */
  after?: RanCheck;
  /**
   * None of these may have run in between: after the latest command matching `after` (or, without
   * `after`, since the step began) and before this one.
   */
  without?: RanCheck[];
}

export interface FileCheck {
  kind: 'file';
  line: number;
  name: string;
  exists?: boolean;
  /** Plain text the file must contain (for files that are not manifests, such as a copied os-release). */
  contains: string[];
  /** Fields of the parsed YAML document, compared by value: the file must parse, as kubectl apply needs. */
  fields: FieldExpectation[];
}

export interface ClaimCheck {
  kind: 'pvc';
  line: number;
  name: string;
  namespace: string;
  exists?: boolean;
  phase?: string;
}

export interface VolumeCheck {
  kind: 'pv';
  line: number;
  name: string;
  exists?: boolean;
  phase?: string;
}
