// Column definitions and cells for `kubectl get`, per kind, as the API server's table convertor
// builds them (kubernetes pkg/printers/internalversion/printers.go). Priority-1 columns appear
// only with -o wide. Header text is the column name upper-cased.

import type {
  Event,
  Kind,
  KubeObject,
  Namespace,
  Node,
  PersistentVolume,
  PersistentVolumeClaim,
  Pod,
} from '../../sim/api';
import { since } from './duration';
import { summarizePod } from './pod-status';

export interface ColumnSet {
  headers: string[];
  /** The header row under -o wide (the standard headers plus the priority-1 columns, in definition order). */
  wideHeaders: string[];
  /** The cells of one row: standard cells, then the wide-only cells. */
  cells(obj: KubeObject, now: number, wide: boolean): string[];
}

const podColumns: ColumnSet = {
  headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
  wideHeaders: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  cells(obj, now, wide) {
    const pod = obj as Pod;
    const row = summarizePod(pod, now);
    const cells = [
      pod.metadata?.name ?? '',
      row.ready,
      row.status,
      row.restarts,
      since(pod.metadata?.creationTimestamp, now),
    ];
    if (!wide) return cells;
    const ip = pod.status?.podIPs?.[0]?.ip || '<none>';
    const node = pod.spec?.nodeName || '<none>';
    const nominated = pod.status?.nominatedNodeName || '<none>';
    let gates = '<none>';
    const readinessGates = pod.spec?.readinessGates ?? [];
    if (readinessGates.length > 0) {
      let trueCount = 0;
      for (const gate of readinessGates) {
        const condition = (pod.status?.conditions ?? []).find((c) => c.type === gate.conditionType);
        if (condition?.status === 'True') trueCount++;
      }
      gates = `${trueCount}/${readinessGates.length}`;
    }
    return [...cells, ip, node, nominated, gates];
  },
};

// Node roles come from node-role.kubernetes.io/<role> labels and the legacy kubernetes.io/role label.
function nodeRoles(node: Node): string {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node.metadata?.labels ?? {})) {
    if (key.startsWith('node-role.kubernetes.io/')) {
      const role = key.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (key === 'kubernetes.io/role' && value) {
      roles.add(value);
    }
  }
  return roles.size ? [...roles].sort().join(',') : '<none>';
}

function nodeAddress(node: Node, type: string): string {
  return (node.status?.addresses ?? []).find((a) => a.type === type)?.address ?? '<none>';
}

export function nodeStatusText(node: Node): string {
  const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
  const parts = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

const nodeColumns: ColumnSet = {
  headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
  wideHeaders: [
    'NAME',
    'STATUS',
    'ROLES',
    'AGE',
    'VERSION',
    'INTERNAL-IP',
    'EXTERNAL-IP',
    'OS-IMAGE',
    'KERNEL-VERSION',
    'CONTAINER-RUNTIME',
  ],
  cells(obj, now, wide) {
    const node = obj as Node;
    const info = node.status?.nodeInfo;
    const cells = [
      node.metadata?.name ?? '',
      nodeStatusText(node),
      nodeRoles(node),
      since(node.metadata?.creationTimestamp, now),
      info?.kubeletVersion ?? '',
    ];
    if (!wide) return cells;
    return [
      ...cells,
      nodeAddress(node, 'InternalIP'),
      nodeAddress(node, 'ExternalIP'),
      info?.osImage || '<unknown>',
      info?.kernelVersion || '<unknown>',
      info?.containerRuntimeVersion || '<unknown>',
    ];
  },
};

function eventSource(event: Event): string {
  const component = event.source?.component || event.reportingComponent || '';
  const host = event.source?.host || event.reportingInstance || '';
  return host ? `${component}, ${host}` : component;
}

const eventColumns: ColumnSet = {
  headers: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  wideHeaders: [
    'LAST SEEN',
    'TYPE',
    'REASON',
    'OBJECT',
    'SUBOBJECT',
    'SOURCE',
    'MESSAGE',
    'FIRST SEEN',
    'COUNT',
    'NAME',
  ],
  cells(obj, now, wide) {
    const event = obj as Event;
    const firstSeen = event.firstTimestamp ? since(event.firstTimestamp, now) : since(event.eventTime, now);
    let lastSeen = event.lastTimestamp ? since(event.lastTimestamp, now) : firstSeen;
    let count = event.count ?? 0;
    if (event.series) {
      lastSeen = since(event.series.lastObservedTime, now);
      count = event.series.count ?? 0;
    } else if (count === 0) {
      count = 1; // singleton events of the new API carry no count
    }
    const involved = event.involvedObject;
    const kind = (involved?.kind ?? '').toLowerCase();
    const target = involved?.name ? `${kind}/${involved.name}` : kind;
    const message = (event.message ?? '').trim();
    if (!wide) return [lastSeen, event.type ?? '', event.reason ?? '', target, message];
    return [
      lastSeen,
      event.type ?? '',
      event.reason ?? '',
      target,
      involved?.fieldPath ?? '',
      eventSource(event),
      message,
      firstSeen,
      String(count),
      event.metadata?.name ?? '',
    ];
  },
};

// GetAccessModesAsString: always in this order, whatever order the object lists them in.
const ACCESS_MODE_ABBREVIATIONS: [string, string][] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

export function accessModesText(modes: readonly string[] | undefined): string {
  const present = new Set(modes ?? []);
  return ACCESS_MODE_ABBREVIATIONS.filter(([mode]) => present.has(mode))
    .map(([, short]) => short)
    .join(',');
}

// The beta annotation still wins over spec.storageClassName (storage helper GetPersistentVolumeClass).
const STORAGE_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

export function storageClassOf(obj: PersistentVolume | PersistentVolumeClaim): string {
  const annotated = obj.metadata?.annotations?.[STORAGE_CLASS_ANNOTATION];
  if (annotated !== undefined) return annotated;
  return obj.spec?.storageClassName ?? '';
}

const PV_HEADERS = [
  'NAME',
  'CAPACITY',
  'ACCESS MODES',
  'RECLAIM POLICY',
  'STATUS',
  'CLAIM',
  'STORAGECLASS',
  'VOLUMEATTRIBUTESCLASS',
  'REASON',
  'AGE',
];
const PVC_HEADERS = [
  'NAME',
  'STATUS',
  'VOLUME',
  'CAPACITY',
  'ACCESS MODES',
  'STORAGECLASS',
  'VOLUMEATTRIBUTESCLASS',
  'AGE',
];

const persistentVolumeColumns: ColumnSet = {
  headers: PV_HEADERS,
  wideHeaders: [...PV_HEADERS, 'VOLUMEMODE'],
  cells(obj, now, wide) {
    const pv = obj as PersistentVolume;
    const claim = pv.spec?.claimRef ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name ?? ''}` : '';
    const phase = pv.metadata?.deletionTimestamp ? 'Terminating' : (pv.status?.phase ?? '');
    const cells = [
      pv.metadata?.name ?? '',
      String(pv.spec?.capacity?.['storage'] ?? '0'),
      accessModesText(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      phase,
      claim,
      storageClassOf(pv),
      pv.spec?.volumeAttributesClassName ?? '<unset>',
      pv.status?.reason ?? '',
      since(pv.metadata?.creationTimestamp, now),
    ];
    return wide ? [...cells, pv.spec?.volumeMode ?? '<unset>'] : cells;
  },
};

const persistentVolumeClaimColumns: ColumnSet = {
  headers: PVC_HEADERS,
  wideHeaders: [...PVC_HEADERS, 'VOLUMEMODE'],
  cells(obj, now, wide) {
    const pvc = obj as PersistentVolumeClaim;
    const phase = pvc.metadata?.deletionTimestamp ? 'Terminating' : (pvc.status?.phase ?? '');
    const bound = Boolean(pvc.spec?.volumeName);
    const cells = [
      pvc.metadata?.name ?? '',
      phase,
      pvc.spec?.volumeName ?? '',
      bound ? String(pvc.status?.capacity?.['storage'] ?? '0') : '',
      bound ? accessModesText(pvc.status?.accessModes) : '',
      storageClassOf(pvc),
      pvc.spec?.volumeAttributesClassName ?? '<unset>',
      since(pvc.metadata?.creationTimestamp, now),
    ];
    return wide ? [...cells, pvc.spec?.volumeMode ?? '<unset>'] : cells;
  },
};

const namespaceColumns: ColumnSet = {
  headers: ['NAME', 'STATUS', 'AGE'],
  wideHeaders: ['NAME', 'STATUS', 'AGE'],
  cells(obj, now) {
    const ns = obj as Namespace;
    return [ns.metadata?.name ?? '', ns.status?.phase ?? '', since(ns.metadata?.creationTimestamp, now)];
  },
};

export const COLUMNS: Record<Kind, ColumnSet> = {
  Pod: podColumns,
  Node: nodeColumns,
  Event: eventColumns,
  PersistentVolume: persistentVolumeColumns,
  PersistentVolumeClaim: persistentVolumeClaimColumns,
  Namespace: namespaceColumns,
};

/** The resource name kubectl uses in `-o name` and in mixed-kind tables. */
export const RESOURCE_NAMES: Record<Kind, string> = {
  Pod: 'pod',
  Node: 'node',
  Event: 'event',
  PersistentVolume: 'persistentvolume',
  PersistentVolumeClaim: 'persistentvolumeclaim',
  Namespace: 'namespace',
};
