// The image catalogue the kubelet pulls from: parses and normalises the reference, finds the
// repository and tag, and hands back the image's metadata, a fresh file tree and its program —
// or containerd's pull error, worded as the kubelet reports it.
//
// Inside a container (container.ts → machine.ts): PID 1 is whatever the resolved command names in
// the image's own files; `exec` starts processes beside it (a missing binary: the OCI runtime's
// message on stderr and exit 126, which kubectl reports as "command terminated with exit code
// 126"); signals follow Linux's init rules; servers listen through Machine.listeners. Programs are
// generators resumed by host timers (process.ts), so every effect lands at its simulated instant.

import type { ImageCatalog, ImageInfo, ImageLookup } from '../program';
import { cloneTree } from '../fs';
import { REPOSITORIES, type ImageVariant, type Repository } from './catalog';
import { SimContainer } from './container';
import { invalidReferenceMessage, parseImageReference, pullError } from './reference';

export function createImageCatalog(): ImageCatalog {
  const byName = new Map<string, Repository>(REPOSITORIES.map((repo) => [repo.name, repo]));
  return {
    lookup(image: string): ImageLookup {
      const ref = parseImageReference(image.trim() === image ? image : '');
      if (!ref) return { found: false, pullError: invalidReferenceMessage(image) };
      const repo = byName.get(ref.repository);
      const match = repo ? findVariant(repo, ref.tag, ref.digest) : undefined;
      if (!repo || !match) return { found: false, pullError: pullError(ref, !!repo) };
      const variant = match.variant;
      const info: ImageInfo = {
        reportedName: ref.normalized,
        imageID: `${ref.repository}@sha256:${match.digest}`,
        sizeBytes: variant.sizeBytes,
        entrypoint: variant.entrypoint,
        cmd: variant.cmd,
        workingDir: variant.workingDir,
        env: variant.env,
        exposedPorts: variant.exposedPorts,
      };
      return {
        found: true,
        info,
        createProgram: () =>
          new SimContainer({ profile: variant.profile, programs: variant.programs, workingDir: variant.workingDir }),
        filesystem: () => cloneTree(variant.filesystem()),
      };
    },
  };
}

/** A tag, or a digest that one of the repository's tags has (a pinned pull). */
function findVariant(
  repo: Repository,
  tag: string | undefined,
  digest: string | undefined,
): { variant: ImageVariant; digest: string } | undefined {
  for (const [name, make] of Object.entries(repo.tags)) {
    const variant = make();
    const variantDigest = variant.digest ?? stableDigest(`${repo.name}:${canonicalTag(repo, name)}`);
    if (
      digest !== undefined ? `sha256:${variantDigest}` === digest && (tag === undefined || tag === name) : tag === name
    ) {
      return { variant, digest: variantDigest };
    }
  }
  return undefined;
}

/** Tags that name the same image share one digest: use the first tag listed for that image. */
function canonicalTag(repo: Repository, tag: string): string {
  const make = repo.tags[tag];
  return Object.keys(repo.tags).find((name) => repo.tags[name] === make) ?? tag;
}

/** A fixed, plausible-looking sha256 per image (FNV-1a rounds; not a real content hash). */
export function stableDigest(seed: string): string {
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) {
      hash ^= seed.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0x5bd1e995) >>> 0;
    out += hash.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}
