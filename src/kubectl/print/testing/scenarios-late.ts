// Pods late in life or with more moving parts: terminating, two containers with volumes and env, Guaranteed QoS.

import { makePod, readyConditions, runningStatus, waitingStatus } from './fixtures';
import { makeEvent } from './fixtures-cluster';
import { type Scenario, kuardPort, scenario, id } from './scenario-parts';

export function addLateScenarios(s: Record<string, Scenario>): void {
  const terminating = { name: 'kuard-terminating', uid: id(14) };
  s['terminating'] = scenario(
    makePod({
      ...terminating,
      createdAgo: 3600,
      deletionAgo: -25,
      containers: [{ name: 'kuard', ports: kuardPort }],
      containerStatuses: [runningStatus('kuard', 3590)],
      conditions: readyConditions(3600, 3590),
      phase: 'Running',
      podIP: '10.244.1.18',
    }),
    [
      makeEvent(terminating, {
        reason: 'Killing',
        message: 'Stopping container kuard',
        firstAgo: 5,
        fieldPath: 'spec.containers{kuard}',
      }),
    ],
  );

  const two = { name: 'two-containers', uid: id(15) };
  s['multi-container'] = scenario(
    makePod({
      ...two,
      createdAgo: 50,
      containers: [
        {
          name: 'nginx-container',
          image: 'nginx',
          imagePullPolicy: 'Always',
          volumeMounts: [{ mountPath: '/usr/share/nginx/html', name: 'shared-data' }],
        },
        {
          name: 'debian-container',
          image: 'debian',
          imagePullPolicy: 'Always',
          command: ['/bin/sh'],
          args: ['-c', 'echo Hello from the debian container > /pod-data/index.html && sleep 3600'],
          env: [
            { name: 'MODE', value: 'demo' },
            { name: 'MY_POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
            { name: 'PASSWORD', valueFrom: { secretKeyRef: { key: 'password', name: 'db' } } },
            { name: 'LEVEL', valueFrom: { configMapKeyRef: { key: 'level', name: 'cfg' } } },
          ],
          volumeMounts: [{ mountPath: '/pod-data', name: 'shared-data' }],
        },
      ],
      volumes: [
        { emptyDir: {}, name: 'shared-data' },
        { name: 'nfs-data', nfs: { path: '/exports', server: 'nfs.example.com' } },
        { name: 'claim', persistentVolumeClaim: { claimName: 'my-pvc' } },
      ],
      containerStatuses: [
        runningStatus('nginx-container', 45, {
          image: 'docker.io/library/nginx:latest',
          imageID: 'docker.io/library/nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
        }),
        waitingStatus('debian-container', 'ContainerCreating', undefined, { image: 'debian' }),
      ],
      conditions: readyConditions(50, 45, false, ['debian-container']),
      phase: 'Pending',
      podIP: '10.244.1.19',
    }),
    [],
  );

  const guaranteed = { name: 'kuard-guaranteed', uid: id(16) };
  s['guaranteed'] = scenario(
    makePod({
      ...guaranteed,
      createdAgo: 7 * 3600 + 300,
      namespace: 'kube-public',
      containers: [
        {
          name: 'kuard',
          ports: kuardPort,
          resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' } },
          livenessProbe: {
            exec: { command: ['cat', '/tmp/healthy'] },
            failureThreshold: 3,
            initialDelaySeconds: 5,
            periodSeconds: 5,
            successThreshold: 1,
            timeoutSeconds: 1,
          },
          readinessProbe: {
            failureThreshold: 3,
            periodSeconds: 10,
            successThreshold: 1,
            tcpSocket: { port: 8080 },
            timeoutSeconds: 1,
          },
        },
      ],
      containerStatuses: [runningStatus('kuard', 7 * 3600)],
      conditions: readyConditions(7 * 3600 + 300, 7 * 3600 - 10),
      phase: 'Running',
      podIP: '10.244.2.5',
      node: 'node-2',
      qosClass: 'Guaranteed',
    }),
    [],
  );
}
