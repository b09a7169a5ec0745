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

// distribution/reference's grammar (regexp.go ReferenceRegexp): [domain[:port]/]path[:tag][@digest].
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** ReferenceRegexp.MatchString: what `kubectl run --image` accepts (it checks the grammar only). */
export function matchesReferenceGrammar(image: string): boolean {
  return REFERENCE.test(image);
}

/** splitDockerDomain: the first component is a registry if it looks like a host, else docker.io. */
function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  let domain = 'docker.io';
  let remainder = name;
  if (slash >= 0) {
    const first = name.slice(0, slash);
    if (first === 'index.docker.io') remainder = name.slice(slash + 1);
    else if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
      domain = first;
      remainder = name.slice(slash + 1);
    }
  }
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return { domain, remainder };
}

/** ParseNormalizedNamed's error text for a reference it refuses, or undefined when it parses. */
export function referenceParseError(image: string): string | undefined {
  if (/^[a-f0-9]{64}$/.test(image))
    return `invalid repository name (${image}), cannot specify 64-byte hexadecimal strings`;
  const { domain, remainder } = splitDockerDomain(image);
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) return `invalid reference format: repository name (${remote}) must be lowercase`;
  const match = REFERENCE.exec(`${domain}/${remainder}`);
  if (!match) return 'invalid reference format';
  if (match[1]!.length > 255) return 'repository name must not be more than 255 characters';
  const digest = match[3];
  if (digest) {
    const [algorithm = '', hex = ''] = digest.split(':');
    const length = DIGEST_HEX_LENGTH[algorithm];
    if (length === undefined) return 'unsupported digest algorithm';
    if (hex.length !== length) return 'invalid checksum digest length';
    if (/[A-F]/.test(hex)) return 'invalid checksum digest format';
  }
  return undefined;
}

/** Parses an image reference as the kubelet and containerd do; undefined when they would refuse it. */
export function parseImageReference(image: string): ImageReference | undefined {
  if (referenceParseError(image) !== undefined) return undefined;
  const { domain, remainder } = splitDockerDomain(image);
  const at = remainder.indexOf('@');
  const digest = at >= 0 ? remainder.slice(at + 1) : undefined;
  const named = at >= 0 ? remainder.slice(0, at) : remainder;
  const colon = named.lastIndexOf(':');
  const path = colon >= 0 ? named.slice(0, colon) : named;
  const tag = colon >= 0 ? named.slice(colon + 1) : digest ? undefined : 'latest';
  const repository = `${domain}/${path}`;
  const normalized = `${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { domain, path, tag, digest, normalized, repository };
}

/** pkg/util/parsers ParseImageName's error, which the kubelet's InspectFailed event quotes. */
export function invalidReferenceMessage(image: string): string {
  return `couldn't parse image name "${image}": ${referenceParseError(image) ?? 'invalid reference format'}`;
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
