// Files every container has that come from the kubelet and the runtime rather than the image:
// /etc/hostname, the kubelet-managed /etc/hosts, the cluster DNS /etc/resolv.conf, the service
// account token mount, and the cgroup limit files. Written at start unless something (a volume
// mounted by the kubelet) already provides them.

import type { ContainerHost } from '../program';

export function writeRuntimeFiles(host: ContainerHost): void {
  const files: Record<string, string> = {
    '/etc/hostname': `${host.hostname}\n`,
    '/etc/hosts': `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${host.podIP}\t${host.hostname}\n`,
    '/etc/resolv.conf': `search ${host.namespace}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n`,
    '/var/run/secrets/kubernetes.io/serviceaccount/namespace': host.namespace,
    '/var/run/secrets/kubernetes.io/serviceaccount/token': serviceAccountToken(host),
    '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt': `-----BEGIN CERTIFICATE-----\n${base64url(
      randomBytes(host, 600),
    )
      .replace(/[-_]/g, 'A')
      .replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`,
    // cgroup v2: `cat /sys/fs/cgroup/memory.max` shows the Pod spec's limit, "max" without one.
    '/sys/fs/cgroup/memory.max': host.memoryLimitBytes === undefined ? 'max\n' : `${host.memoryLimitBytes}\n`,
    '/sys/fs/cgroup/cpu.max':
      host.cpuLimitMillicores === undefined ? 'max 100000\n' : `${host.cpuLimitMillicores * 100} 100000\n`,
  };
  for (const [path, content] of Object.entries(files)) {
    try {
      if (!host.fs.exists(path)) host.fs.writeFile(path, content, { createParents: true });
    } catch {
      // A read-only mount over the place: the program still runs, only this file is missing.
    }
  }
}

/** A bound service-account token's shape (header.payload.signature); not a valid signature. */
function serviceAccountToken(host: ContainerHost): string {
  const header = base64url(bytesOf(JSON.stringify({ alg: 'RS256', kid: base64url(randomBytes(host, 32)) })));
  const now = Math.floor(host.now() / 1000);
  const payload = base64url(
    bytesOf(
      JSON.stringify({
        aud: ['https://kubernetes.default.svc.cluster.local'],
        exp: now + 3607,
        iat: now,
        iss: 'https://kubernetes.default.svc.cluster.local',
        'kubernetes.io': {
          namespace: host.namespace,
          pod: { name: host.podName },
          serviceaccount: { name: 'default' },
        },
        nbf: now,
        sub: `system:serviceaccount:${host.namespace}:default`,
      }),
    ),
  );
  return `${header}.${payload}.${base64url(randomBytes(host, 256))}`;
}

function randomBytes(host: ContainerHost, count: number): number[] {
  return Array.from({ length: count }, () => Math.floor(host.random() * 256));
}

function bytesOf(text: string): number[] {
  return [...text].map((ch) => ch.charCodeAt(0) & 0xff);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64url(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = [n >> 18, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((k) => ALPHABET[k]);
    out += chars.slice(0, bytes.length - i >= 3 ? 4 : bytes.length - i + 1).join('');
  }
  return out;
}
