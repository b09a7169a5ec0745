// Image references as containerd normalises them (distribution/reference's ParseNormalizedNamed):
// no registry host means docker.io, a single path component means library/, no tag means :latest.
// "nginx" → docker.io/library/nginx:latest; "gcr.io/kuar-demo/kuard-amd64:blue" stays as it is.

export interface ImageReference {
  /** Registry host, e.g. "docker.io", "gcr.io", "localhost:5000". */
  domain: string;
  /** Repository path on the registry, e.g. "library/nginx". */
  path: string;
  tag: string | undefined;
  digest: string | undefined;
  /** The fully qualified name the runtime reports: "docker.io/library/nginx:latest". */
  normalized: string;
  /** Repository without tag or digest: "docker.io/library/nginx". */
  repository: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Parses an image reference; undefined when the runtime would reject its format. */
export function parseImageReference(image: string): ImageReference | undefined {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  const hasDomain = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let domain = hasDomain ? first : 'docker.io';
  let path = hasDomain ? rest.slice(slash + 1) : rest;
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  if (!path || !path.split('/').every((component) => COMPONENT.test(component))) return undefined;
  if (!/^[a-zA-Z0-9.-]+(:\d+)?$/.test(domain)) return undefined;
  if (!tag && !digest) tag = 'latest';
  const repository = `${domain}/${path}`;
  const normalized = `${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { domain, path, tag, digest, normalized, repository };
}

/** The reason the runtime gives for an unparsable reference (kubelet's InspectFailed event). */
export function invalidReferenceMessage(image: string): string {
  const hint = /[A-Z]/.test(image.split(/[:@]/)[0] ?? '') ? ': repository name must be lowercase' : '';
  return `couldn't parse image name "${image}": invalid reference format${hint}`;
}

/**
 * containerd's pull failure, as the kubelet quotes it after `Failed to pull image "<image>": `.
 * Docker Hub answers an unknown repository with "pull access denied", an unknown tag with
 * "not found"; an unknown registry host fails to resolve in DNS.
 */
export function pullError(ref: ImageReference, knownRepository: boolean): string {
  const name = ref.normalized;
  const prefix = (code: 'NotFound' | 'Unknown'): string =>
    `rpc error: code = ${code} desc = failed to pull and unpack image "${name}": failed to resolve reference "${name}": `;
  if (knownRepository || KNOWN_REGISTRIES.has(ref.domain)) {
    if (!knownRepository && ref.domain === 'docker.io') {
      return `${prefix('Unknown')}pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
    }
    return `${prefix('NotFound')}${name}: not found`;
  }
  const reference = ref.digest ?? ref.tag ?? 'latest';
  const url = `https://${ref.domain}/v2/${ref.path}/manifests/${reference}`;
  if (ref.domain.startsWith('localhost') || ref.domain.startsWith('127.0.0.1')) {
    const port = ref.domain.split(':')[1] ?? '443';
    return `${prefix('Unknown')}failed to do request: Head "${url}": dial tcp 127.0.0.1:${port}: connect: connection refused`;
  }
  const host = ref.domain.split(':')[0];
  return `${prefix('Unknown')}failed to do request: Head "${url}": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`;
}

const KNOWN_REGISTRIES = new Set([
  'docker.io',
  'gcr.io',
  'registry.k8s.io',
  'quay.io',
  'ghcr.io',
  'mcr.microsoft.com',
  'public.ecr.aws',
  'k8s.gcr.io',
]);
