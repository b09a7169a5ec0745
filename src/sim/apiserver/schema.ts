// The shape of each kind as the API server decodes it, enough for strict field validation
// ("unknown field \"spec.containers[0].imagee\"") and for Go's type errors ("cannot unmarshal
// string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32").
// Subtrees marked `any` are accepted as written; the rest is checked field by field.

export type FieldType =
  | 'string'
  | 'int32'
  | 'int64'
  | 'bool'
  | 'quantity'
  | 'intstr'
  | 'stringMap'
  | 'quantityMap'
  | 'stringList'
  | 'any'
  | StructType
  | ListType;

export interface StructType {
  struct: string; // Go type name, e.g. "v1.Container"
  fields: Record<string, FieldType>;
}

export interface ListType {
  list: StructType;
}

const s = (struct: string, fields: Record<string, FieldType>): StructType => ({ struct, fields });
const list = (of: StructType): ListType => ({ list: of });

export const objectMeta = s('v1.ObjectMeta', {
  name: 'string',
  generateName: 'string',
  namespace: 'string',
  selfLink: 'string',
  uid: 'string',
  resourceVersion: 'string',
  generation: 'int64',
  creationTimestamp: 'any',
  deletionTimestamp: 'any',
  deletionGracePeriodSeconds: 'int64',
  labels: 'stringMap',
  annotations: 'stringMap',
  ownerReferences: 'any',
  finalizers: 'stringList',
  managedFields: 'any',
});

const resources = s('v1.ResourceRequirements', { limits: 'quantityMap', requests: 'quantityMap', claims: 'any' });

const nameRef = (struct: string, nameField = 'name') =>
  s(struct, { [nameField]: 'string', key: 'string', optional: 'bool' });

const keyToPath = list(s('v1.KeyToPath', { key: 'string', path: 'string', mode: 'int32' }));

const seccomp = s('v1.SeccompProfile', { type: 'string', localhostProfile: 'string' });

const containerSecurity = s('v1.SecurityContext', {
  capabilities: s('v1.Capabilities', { add: 'stringList', drop: 'stringList' }),
  privileged: 'bool',
  seLinuxOptions: 'any',
  windowsOptions: 'any',
  runAsUser: 'int64',
  runAsGroup: 'int64',
  runAsNonRoot: 'bool',
  readOnlyRootFilesystem: 'bool',
  allowPrivilegeEscalation: 'bool',
  procMount: 'string',
  seccompProfile: seccomp,
  appArmorProfile: 'any',
});

const podSecurity = s('v1.PodSecurityContext', {
  seLinuxOptions: 'any',
  windowsOptions: 'any',
  runAsUser: 'int64',
  runAsGroup: 'int64',
  runAsNonRoot: 'bool',
  supplementalGroups: 'any',
  supplementalGroupsPolicy: 'string',
  fsGroup: 'int64',
  sysctls: 'any',
  fsGroupChangePolicy: 'string',
  seccompProfile: seccomp,
  appArmorProfile: 'any',
  seLinuxChangePolicy: 'string',
});

const handler = s('v1.LifecycleHandler', {
  exec: s('v1.ExecAction', { command: 'stringList' }),
  httpGet: s('v1.HTTPGetAction', {
    path: 'string',
    port: 'intstr',
    host: 'string',
    scheme: 'string',
    httpHeaders: 'any',
  }),
  tcpSocket: s('v1.TCPSocketAction', { port: 'intstr', host: 'string' }),
  sleep: s('v1.SleepAction', { seconds: 'int64' }),
});

const probe = s('v1.Probe', {
  exec: s('v1.ExecAction', { command: 'stringList' }),
  httpGet: s('v1.HTTPGetAction', {
    path: 'string',
    port: 'intstr',
    host: 'string',
    scheme: 'string',
    httpHeaders: list(s('v1.HTTPHeader', { name: 'string', value: 'string' })),
  }),
  tcpSocket: s('v1.TCPSocketAction', { port: 'intstr', host: 'string' }),
  grpc: s('v1.GRPCAction', { port: 'int32', service: 'string' }),
  initialDelaySeconds: 'int32',
  timeoutSeconds: 'int32',
  periodSeconds: 'int32',
  successThreshold: 'int32',
  failureThreshold: 'int32',
  terminationGracePeriodSeconds: 'int64',
});

const container = s('v1.Container', {
  name: 'string',
  image: 'string',
  command: 'stringList',
  args: 'stringList',
  workingDir: 'string',
  ports: list(
    s('v1.ContainerPort', {
      name: 'string',
      hostPort: 'int32',
      containerPort: 'int32',
      protocol: 'string',
      hostIP: 'string',
    }),
  ),
  envFrom: list(
    s('v1.EnvFromSource', {
      prefix: 'string',
      configMapRef: nameRef('v1.ConfigMapEnvSource'),
      secretRef: nameRef('v1.SecretEnvSource'),
    }),
  ),
  env: list(
    s('v1.EnvVar', {
      name: 'string',
      value: 'string',
      valueFrom: s('v1.EnvVarSource', {
        fieldRef: s('v1.ObjectFieldSelector', { apiVersion: 'string', fieldPath: 'string' }),
        resourceFieldRef: s('v1.ResourceFieldSelector', {
          containerName: 'string',
          resource: 'string',
          divisor: 'quantity',
        }),
        configMapKeyRef: nameRef('v1.ConfigMapKeySelector'),
        secretKeyRef: nameRef('v1.SecretKeySelector'),
      }),
    }),
  ),
  resources,
  resizePolicy: list(s('v1.ContainerResizePolicy', { resourceName: 'string', restartPolicy: 'string' })),
  restartPolicy: 'string',
  volumeMounts: list(
    s('v1.VolumeMount', {
      name: 'string',
      readOnly: 'bool',
      recursiveReadOnly: 'string',
      mountPath: 'string',
      subPath: 'string',
      mountPropagation: 'string',
      subPathExpr: 'string',
    }),
  ),
  volumeDevices: 'any',
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: s('v1.Lifecycle', { postStart: handler, preStop: handler, stopSignal: 'string' }),
  terminationMessagePath: 'string',
  terminationMessagePolicy: 'string',
  imagePullPolicy: 'string',
  securityContext: containerSecurity,
  stdin: 'bool',
  stdinOnce: 'bool',
  tty: 'bool',
});

const volume = s('v1.Volume', {
  name: 'string',
  emptyDir: s('v1.EmptyDirVolumeSource', { medium: 'string', sizeLimit: 'quantity' }),
  hostPath: s('v1.HostPathVolumeSource', { path: 'string', type: 'string' }),
  nfs: s('v1.NFSVolumeSource', { server: 'string', path: 'string', readOnly: 'bool' }),
  persistentVolumeClaim: s('v1.PersistentVolumeClaimVolumeSource', { claimName: 'string', readOnly: 'bool' }),
  configMap: s('v1.ConfigMapVolumeSource', {
    name: 'string',
    items: keyToPath,
    defaultMode: 'int32',
    optional: 'bool',
  }),
  secret: s('v1.SecretVolumeSource', {
    secretName: 'string',
    items: keyToPath,
    defaultMode: 'int32',
    optional: 'bool',
  }),
  projected: 'any',
  downwardAPI: 'any',
  csi: 'any',
  ephemeral: 'any',
  image: 'any',
  gitRepo: 'any',
  iscsi: 'any',
  awsElasticBlockStore: 'any',
  gcePersistentDisk: 'any',
  azureDisk: 'any',
  azureFile: 'any',
  cephfs: 'any',
  cinder: 'any',
  fc: 'any',
  flexVolume: 'any',
  flocker: 'any',
  glusterfs: 'any',
  photonPersistentDisk: 'any',
  portworxVolume: 'any',
  quobyte: 'any',
  rbd: 'any',
  scaleIO: 'any',
  storageos: 'any',
  vsphereVolume: 'any',
});

const toleration = s('v1.Toleration', {
  key: 'string',
  operator: 'string',
  value: 'string',
  effect: 'string',
  tolerationSeconds: 'int64',
});

const podSpec = s('v1.PodSpec', {
  volumes: list(volume),
  initContainers: list(container),
  containers: list(container),
  ephemeralContainers: 'any',
  restartPolicy: 'string',
  terminationGracePeriodSeconds: 'int64',
  activeDeadlineSeconds: 'int64',
  dnsPolicy: 'string',
  nodeSelector: 'stringMap',
  serviceAccountName: 'string',
  serviceAccount: 'string',
  automountServiceAccountToken: 'bool',
  nodeName: 'string',
  hostNetwork: 'bool',
  hostPID: 'bool',
  hostIPC: 'bool',
  shareProcessNamespace: 'bool',
  securityContext: podSecurity,
  imagePullSecrets: list(s('v1.LocalObjectReference', { name: 'string' })),
  hostname: 'string',
  subdomain: 'string',
  affinity: 'any',
  schedulerName: 'string',
  tolerations: list(toleration),
  hostAliases: 'any',
  priorityClassName: 'string',
  priority: 'int32',
  dnsConfig: 'any',
  readinessGates: 'any',
  runtimeClassName: 'string',
  enableServiceLinks: 'bool',
  preemptionPolicy: 'string',
  overhead: 'quantityMap',
  topologySpreadConstraints: 'any',
  setHostnameAsFQDN: 'bool',
  os: 'any',
  hostUsers: 'bool',
  schedulingGates: 'any',
  resourceClaims: 'any',
  resources,
});

const top = (kind: string, spec: FieldType): StructType =>
  s(`v1.${kind}`, { apiVersion: 'string', kind: 'string', metadata: objectMeta, spec, status: 'any' });

export const SCHEMAS: Record<string, StructType> = {
  Pod: top('Pod', podSpec),
  PersistentVolumeClaim: top(
    'PersistentVolumeClaim',
    s('v1.PersistentVolumeClaimSpec', {
      accessModes: 'stringList',
      selector: 'any',
      resources,
      volumeName: 'string',
      storageClassName: 'string',
      volumeMode: 'string',
      dataSource: 'any',
      dataSourceRef: 'any',
      volumeAttributesClassName: 'string',
    }),
  ),
  PersistentVolume: top(
    'PersistentVolume',
    s('v1.PersistentVolumeSpec', {
      capacity: 'quantityMap',
      accessModes: 'stringList',
      claimRef: 'any',
      persistentVolumeReclaimPolicy: 'string',
      storageClassName: 'string',
      mountOptions: 'stringList',
      volumeMode: 'string',
      nodeAffinity: 'any',
      hostPath: s('v1.HostPathVolumeSource', { path: 'string', type: 'string' }),
      nfs: s('v1.NFSVolumeSource', { server: 'string', path: 'string', readOnly: 'bool' }),
      local: 'any',
      csi: 'any',
      volumeAttributesClassName: 'string',
    }),
  ),
  Namespace: top('Namespace', s('v1.NamespaceSpec', { finalizers: 'stringList' })),
  Node: top('Node', 'any'),
  Event: s('v1.Event', {
    apiVersion: 'string',
    kind: 'string',
    metadata: objectMeta,
    involvedObject: 'any',
    reason: 'string',
    message: 'string',
    source: 'any',
    firstTimestamp: 'any',
    lastTimestamp: 'any',
    count: 'int32',
    type: 'string',
    eventTime: 'any',
    series: 'any',
    action: 'string',
    related: 'any',
    reportingComponent: 'string',
    reportingInstance: 'string',
  }),
};
