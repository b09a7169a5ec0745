// What a v1.32 cluster's discovery serves (kube-apiserver's built-in groups, plus the metrics
// API that metrics-server adds for `kubectl top`), as `kubectl api-resources` lists it. The rows
// follow the v1.32 storage providers: pkg/registry/*/rest/storage_*.go for the resources and
// versions, and each resource's REST storage (ShortNames(), Categories(), the verbs its
// interfaces imply). Only some of these kinds are run by the simulator (resources.ts).

export interface DiscoveredResource {
  name: string;
  shortNames: string[];
  /** "" for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  kind: string;
  verbs: string[];
  categories: string[];
}

const ALL = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const NO_COLLECTION = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
const CREATE = ['create'];
const READ = ['get', 'list'];

type Row = [name: string, shortNames: string, namespaced: boolean, kind: string, verbs?: string[], categories?: string];

function group(groupVersion: string, rows: Row[]): DiscoveredResource[] {
  const [group, version] = groupVersion.includes('/') ? groupVersion.split('/') : ['', groupVersion];
  return rows.map(([name, shortNames, namespaced, kind, verbs = ALL, categories = '']) => ({
    name,
    shortNames: shortNames === '' ? [] : shortNames.split(','),
    group: group!,
    version: version!,
    namespaced,
    kind,
    verbs,
    categories: categories === '' ? [] : categories.split(','),
  }));
}

/** In discovery order: the core group, then the groups as /apis lists them. */
export const DISCOVERY: readonly DiscoveredResource[] = [
  ...group('v1', [
    ['bindings', '', true, 'Binding', CREATE],
    ['componentstatuses', 'cs', false, 'ComponentStatus', READ],
    ['configmaps', 'cm', true, 'ConfigMap'],
    ['endpoints', 'ep', true, 'Endpoints'],
    ['events', 'ev', true, 'Event'],
    ['limitranges', 'limits', true, 'LimitRange'],
    ['namespaces', 'ns', false, 'Namespace', NO_COLLECTION],
    ['nodes', 'no', false, 'Node'],
    ['persistentvolumeclaims', 'pvc', true, 'PersistentVolumeClaim'],
    ['persistentvolumes', 'pv', false, 'PersistentVolume'],
    ['pods', 'po', true, 'Pod', ALL, 'all'],
    ['podtemplates', '', true, 'PodTemplate'],
    ['replicationcontrollers', 'rc', true, 'ReplicationController', ALL, 'all'],
    ['resourcequotas', 'quota', true, 'ResourceQuota'],
    ['secrets', '', true, 'Secret'],
    ['serviceaccounts', 'sa', true, 'ServiceAccount'],
    [
      'services',
      'svc',
      true,
      'Service',
      ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      'all',
    ],
  ]),
  ...group('apiregistration.k8s.io/v1', [['apiservices', '', false, 'APIService', ALL, 'api-extensions']]),
  ...group('apps/v1', [
    ['controllerrevisions', '', true, 'ControllerRevision'],
    ['daemonsets', 'ds', true, 'DaemonSet', ALL, 'all'],
    ['deployments', 'deploy', true, 'Deployment', ALL, 'all'],
    ['replicasets', 'rs', true, 'ReplicaSet', ALL, 'all'],
    ['statefulsets', 'sts', true, 'StatefulSet', ALL, 'all'],
  ]),
  ...group('events.k8s.io/v1', [['events', 'ev', true, 'Event']]),
  ...group('authentication.k8s.io/v1', [
    ['selfsubjectreviews', '', false, 'SelfSubjectReview', CREATE],
    ['tokenreviews', '', false, 'TokenReview', CREATE],
  ]),
  ...group('authorization.k8s.io/v1', [
    ['localsubjectaccessreviews', '', true, 'LocalSubjectAccessReview', CREATE],
    ['selfsubjectaccessreviews', '', false, 'SelfSubjectAccessReview', CREATE],
    ['selfsubjectrulesreviews', '', false, 'SelfSubjectRulesReview', CREATE],
    ['subjectaccessreviews', '', false, 'SubjectAccessReview', CREATE],
  ]),
  ...group('autoscaling/v2', [['horizontalpodautoscalers', 'hpa', true, 'HorizontalPodAutoscaler', ALL, 'all']]),
  ...group('batch/v1', [
    ['cronjobs', 'cj', true, 'CronJob', ALL, 'all'],
    ['jobs', '', true, 'Job', ALL, 'all'],
  ]),
  ...group('certificates.k8s.io/v1', [['certificatesigningrequests', 'csr', false, 'CertificateSigningRequest']]),
  ...group('networking.k8s.io/v1', [
    ['ingressclasses', '', false, 'IngressClass'],
    ['ingresses', 'ing', true, 'Ingress'],
    ['networkpolicies', 'netpol', true, 'NetworkPolicy'],
  ]),
  ...group('policy/v1', [['poddisruptionbudgets', 'pdb', true, 'PodDisruptionBudget']]),
  ...group('rbac.authorization.k8s.io/v1', [
    ['clusterrolebindings', '', false, 'ClusterRoleBinding'],
    ['clusterroles', '', false, 'ClusterRole'],
    ['rolebindings', '', true, 'RoleBinding'],
    ['roles', '', true, 'Role'],
  ]),
  ...group('storage.k8s.io/v1', [
    ['csidrivers', '', false, 'CSIDriver'],
    ['csinodes', '', false, 'CSINode'],
    ['csistoragecapacities', '', true, 'CSIStorageCapacity'],
    ['storageclasses', 'sc', false, 'StorageClass'],
    ['volumeattachments', '', false, 'VolumeAttachment'],
  ]),
  ...group('admissionregistration.k8s.io/v1', [
    ['mutatingwebhookconfigurations', '', false, 'MutatingWebhookConfiguration', ALL, 'api-extensions'],
    ['validatingadmissionpolicies', '', false, 'ValidatingAdmissionPolicy', ALL, 'api-extensions'],
    ['validatingadmissionpolicybindings', '', false, 'ValidatingAdmissionPolicyBinding', ALL, 'api-extensions'],
    ['validatingwebhookconfigurations', '', false, 'ValidatingWebhookConfiguration', ALL, 'api-extensions'],
  ]),
  ...group('apiextensions.k8s.io/v1', [
    ['customresourcedefinitions', 'crd,crds', false, 'CustomResourceDefinition', ALL, 'api-extensions'],
  ]),
  ...group('scheduling.k8s.io/v1', [['priorityclasses', 'pc', false, 'PriorityClass']]),
  ...group('coordination.k8s.io/v1', [['leases', '', true, 'Lease']]),
  ...group('node.k8s.io/v1', [['runtimeclasses', '', false, 'RuntimeClass']]),
  ...group('discovery.k8s.io/v1', [['endpointslices', '', true, 'EndpointSlice']]),
  ...group('flowcontrol.apiserver.k8s.io/v1', [
    ['flowschemas', '', false, 'FlowSchema'],
    ['prioritylevelconfigurations', '', false, 'PriorityLevelConfiguration'],
  ]),
  ...group('metrics.k8s.io/v1beta1', [
    ['nodes', '', false, 'NodeMetrics', READ],
    ['pods', '', true, 'PodMetrics', READ],
  ]),
];
