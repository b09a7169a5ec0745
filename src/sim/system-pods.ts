// The add-on Pods a small cluster runs in kube-system, so `kubectl get pods -A` looks like a real
// one: CoreDNS (a two-replica Deployment) and kube-proxy (a DaemonSet, one per node, host
// network). The control plane itself is managed and runs on no listed node, as on GKE/EKS/AKS.
// Their images are served here, with small programs that answer the probes and log start-up.
import type {
  ContainerHost,
  ContainerProgram,
  HttpRequest,
  HttpResponse,
  ImageCatalog,
  ImageLookup,
  NetError,
  ProcessIO,
} from './program';
import type { SeededRandom } from './random';
import { newDir } from './fs';

export const COREDNS_IMAGE = 'registry.k8s.io/coredns/coredns:v1.11.3';
export const KUBE_PROXY_IMAGE = 'registry.k8s.io/kube-proxy:v1.32.4';

type Kind = 'coredns' | 'kube-proxy';

function klogTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}000`;
}

class AddonProgram implements ContainerProgram {
  private host!: ContainerHost;
  // Their health endpoints answer from the request alone and log nothing.
  readonly quietProbes = true;

  constructor(private readonly kind: Kind) {}

  start(host: ContainerHost): void {
    this.host = host;
    if (this.kind === 'coredns') {
      host.stdout(
        '.:53\n[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908\nCoreDNS-1.11.3\nlinux/amd64, go1.21.11, a6338e9\n',
      );
      host.setUsage({ memoryBytes: 14 * 1048576, cpuMillicores: 3 });
    } else {
      const t = klogTime(host.now());
      host.stderr(
        `I${t}       1 server_linux.go:66] "Using iptables proxy"\nI${t}       1 server.go:698] "Successfully retrieved node IP(s)" IPs=["${host.podIP}"]\nI${t}       1 server_linux.go:170] "Using iptables Proxier"\nI${t}       1 shared_informer.go:320] Caches are synced for service config\n`,
      );
      host.setUsage({ memoryBytes: 18 * 1048576, cpuMillicores: 1 });
    }
  }

  signal(sig: string): void {
    if (sig === 'SIGTERM' || sig === 'SIGINT') this.host.exit(0);
  }

  private ports(): number[] {
    return this.kind === 'coredns' ? [53, 8080, 8181, 9153] : [10249, 10256];
  }

  http(port: number, req: HttpRequest): HttpResponse | NetError {
    if (!this.ports().includes(port)) return { error: 'connection-refused' };
    if (
      (port === 8080 && req.path === '/health') ||
      (port === 8181 && req.path === '/ready') ||
      (port === 10256 && req.path === '/healthz')
    )
      return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'OK' };
    return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: '404 page not found\n' };
  }

  tcpConnect(port: number): boolean {
    return this.ports().includes(port);
  }

  grpcHealth(): NetError {
    return { error: 'connection-refused' };
  }

  exec(argv: readonly string[], io: ProcessIO) {
    // Distroless images: no shell, no tools.
    io.stderr(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown\n`,
    );
    io.exit(126);
    return { write: () => {}, signal: () => {} };
  }

  usage() {
    return this.kind === 'coredns'
      ? { memoryBytes: 14 * 1048576, cpuMillicores: 3 }
      : { memoryBytes: 18 * 1048576, cpuMillicores: 1 };
  }
}

/** The base catalogue plus the add-on images. */
export function withAddonImages(base: ImageCatalog): ImageCatalog {
  const addon = (kind: Kind, name: string, size: number, digest: string): ImageLookup => ({
    found: true,
    info: {
      reportedName: name,
      imageID: `${name.split(':')[0]}@sha256:${digest}`,
      sizeBytes: size,
      entrypoint: [kind === 'coredns' ? '/coredns' : '/usr/local/bin/kube-proxy'],
      cmd: [],
      workingDir: '/',
      env: {},
      exposedPorts: [],
    },
    createProgram: () => new AddonProgram(kind),
    filesystem: () => newDir(),
  });
  return {
    lookup(image) {
      if (image === COREDNS_IMAGE)
        return addon('coredns', image, 18562039, '9caabbf6238b189a65d0d6e6ac138de60d6a1c419e5a341fbbb7c78382559c6e');
      if (image === KUBE_PROXY_IMAGE)
        return addon('kube-proxy', image, 30953183, '6a6de1e5b4c3d83a8c1f4e6c1ba2d6e1a72dd8c2f51f7f5c3b0a0e8d4e5f6a7b');
      return base.lookup(image);
    },
  };
}

const CRITICAL_TOLERATIONS = [
  { key: 'CriticalAddonsOnly', operator: 'Exists' },
  { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
];

export function corednsPod(random: SeededRandom): object {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `coredns-668d6bf9bc-${random.nameSuffix(5)}`,
      namespace: 'kube-system',
      labels: { 'k8s-app': 'kube-dns', 'pod-template-hash': '668d6bf9bc' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          blockOwnerDeletion: true,
          controller: true,
          kind: 'ReplicaSet',
          name: 'coredns-668d6bf9bc',
          uid: random.uuid(),
        },
      ],
    },
    spec: {
      containers: [
        {
          name: 'coredns',
          image: COREDNS_IMAGE,
          args: ['-conf', '/etc/coredns/Corefile'],
          ports: [
            { containerPort: 53, name: 'dns', protocol: 'UDP' },
            { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
            { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
          ],
          resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
          livenessProbe: {
            httpGet: { path: '/health', port: 8080 },
            initialDelaySeconds: 60,
            timeoutSeconds: 5,
            successThreshold: 1,
            failureThreshold: 5,
          },
          readinessProbe: { httpGet: { path: '/ready', port: 8181 } },
          volumeMounts: [{ name: 'config-volume', mountPath: '/etc/coredns', readOnly: true }],
        },
      ],
      dnsPolicy: 'Default',
      priorityClassName: 'system-cluster-critical',
      priority: 2000000000,
      serviceAccountName: 'coredns',
      tolerations: CRITICAL_TOLERATIONS,
      volumes: [
        { name: 'config-volume', configMap: { name: 'coredns', items: [{ key: 'Corefile', path: 'Corefile' }] } },
      ],
    },
  };
}

export function kubeProxyPod(random: SeededRandom, nodeName: string): object {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `kube-proxy-${random.nameSuffix(5)}`,
      namespace: 'kube-system',
      labels: { 'controller-revision-hash': '7bb84c4984', 'k8s-app': 'kube-proxy', 'pod-template-generation': '1' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          blockOwnerDeletion: true,
          controller: true,
          kind: 'DaemonSet',
          name: 'kube-proxy',
          uid: random.uuid(),
        },
      ],
    },
    spec: {
      nodeName,
      hostNetwork: true,
      containers: [
        {
          name: 'kube-proxy',
          image: KUBE_PROXY_IMAGE,
          command: [
            '/usr/local/bin/kube-proxy',
            '--config=/var/lib/kube-proxy/config.conf',
            '--hostname-override=$(NODE_NAME)',
          ],
          env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
          securityContext: { privileged: true },
          volumeMounts: [
            { name: 'kube-proxy', mountPath: '/var/lib/kube-proxy' },
            { name: 'xtables-lock', mountPath: '/run/xtables.lock' },
            { name: 'lib-modules', mountPath: '/lib/modules', readOnly: true },
          ],
        },
      ],
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      priorityClassName: 'system-node-critical',
      priority: 2000001000,
      serviceAccountName: 'kube-proxy',
      tolerations: [{ operator: 'Exists' }],
      volumes: [
        { name: 'kube-proxy', configMap: { name: 'kube-proxy' } },
        { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
        { name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } },
      ],
    },
  };
}
