// Building blocks shared by the scenario files: the kuard manifest bits, the events of a normal
// start, and the Scenario shape.

import type { Event, Pod } from '../../../sim/api';
import { KUARD_IMAGE } from './fixtures';
import { makeEvent } from './fixtures-cluster';

export const LAST_APPLIED =
  '{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"name":"kuard","namespace":"default"},"spec":{"containers":[{"image":"gcr.io/kuar-demo/kuard-amd64:blue","name":"kuard","ports":[{"containerPort":8080,"name":"http","protocol":"TCP"}]}]}}\n';

export const kuardPort = [{ containerPort: 8080, name: 'http', protocol: 'TCP' }];
export const probes = {
  livenessProbe: {
    failureThreshold: 3,
    httpGet: { path: '/healthy', port: 8080, scheme: 'HTTP' },
    initialDelaySeconds: 5,
    periodSeconds: 10,
    successThreshold: 1,
    timeoutSeconds: 1,
  },
  readinessProbe: {
    failureThreshold: 3,
    httpGet: { path: '/ready', port: 8080, scheme: 'HTTP' },
    initialDelaySeconds: 30,
    periodSeconds: 10,
    successThreshold: 1,
    timeoutSeconds: 1,
  },
};
export const burstable = { limits: { cpu: '1', memory: '256Mi' }, requests: { cpu: '500m', memory: '128Mi' } };

export function startupEvents(
  p: { name: string; uid: string },
  createdAgo: number,
  container = 'kuard',
  image = KUARD_IMAGE,
): Event[] {
  return [
    makeEvent(p, {
      reason: 'Scheduled',
      message: `Successfully assigned default/${p.name} to node-1`,
      from: 'default-scheduler',
      firstAgo: createdAgo,
    }),
    makeEvent(p, {
      reason: 'Pulling',
      message: `Pulling image "${image}"`,
      firstAgo: createdAgo - 1,
      fieldPath: `spec.containers{${container}}`,
    }),
    makeEvent(p, {
      reason: 'Pulled',
      message: `Successfully pulled image "${image}" in 2.803s (2.803s including waiting). Image size: 9734506 bytes.`,
      firstAgo: createdAgo - 4,
      fieldPath: `spec.containers{${container}}`,
    }),
    makeEvent(p, {
      reason: 'Created',
      message: `Created container ${container}`,
      firstAgo: createdAgo - 4,
      fieldPath: `spec.containers{${container}}`,
    }),
    makeEvent(p, {
      reason: 'Started',
      message: `Started container ${container}`,
      firstAgo: createdAgo - 5,
      fieldPath: `spec.containers{${container}}`,
    }),
  ];
}

export interface Scenario {
  pod: Pod;
  events: Event[];
}

export function scenario(pod: Pod, events: Event[]): Scenario {
  return { pod, events };
}

export const id = (n: number) => `6f1c4d1e-8f0e-4a52-9a8e-3c2b1d0e${n.toString().padStart(4, '0')}`;
