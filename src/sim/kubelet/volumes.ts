// Where each volume's files live, and so how long they last: emptyDir with the Pod (it survives
// container restarts), hostPath with the node, nfs and PersistentVolumes with the cluster. A
// volume is one directory object shared by reference, so every mount of it sees the same files.
import type { Pod, Volume } from 'kubernetes-types/core/v1';
import { ContainerFs, newDir, treeFromFiles, type DirNode } from '../fs';

/** Storage that outlives Pods: per node (hostPath) and per cluster (nfs, PersistentVolumes). */
export class VolumeStorage {
  private hostPaths = new Map<string, DirNode>();
  private nfsShares = new Map<string, DirNode>();
  private persistent = new Map<string, DirNode>();

  hostPath(node: string, path: string, now: number): DirNode {
    return getOrCreate(this.hostPaths, `${node}:${path.replace(/\/+$/, '') || '/'}`, now);
  }

  nfs(server: string, path: string, now: number): DirNode {
    return getOrCreate(this.nfsShares, `${server}:${path.replace(/\/+$/, '') || '/'}`, now);
  }

  persistentVolume(name: string, now: number): DirNode {
    return getOrCreate(this.persistent, name, now);
  }
}

function getOrCreate(map: Map<string, DirNode>, key: string, now: number): DirNode {
  let dir = map.get(key);
  if (!dir) {
    dir = newDir(now, 0o777);
    map.set(key, dir);
  }
  return dir;
}

export interface PodVolumeContext {
  storage: VolumeStorage;
  nodeName: string;
  now: number;
  /** The PersistentVolume a claim is bound to (undefined: not bound). */
  boundVolume(
    claimName: string,
  ): { name: string; nfs?: { server: string; path: string }; hostPath?: { path: string } } | undefined;
  caCert: string;
  token: string;
}

/** Builds each declared volume's directory once per Pod (emptyDirs are created here, empty). */
export function buildPodVolumes(pod: Pod, ctx: PodVolumeContext): Map<string, { dir: DirNode; readOnly: boolean }> {
  const out = new Map<string, { dir: DirNode; readOnly: boolean }>();
  for (const volume of pod.spec?.volumes ?? []) {
    const dir = volumeDir(pod, volume, ctx);
    if (dir) out.set(volume.name, dir);
  }
  return out;
}

function volumeDir(pod: Pod, v: Volume, ctx: PodVolumeContext): { dir: DirNode; readOnly: boolean } | undefined {
  if (v.emptyDir) return { dir: newDir(ctx.now, 0o777), readOnly: false };
  if (v.hostPath) return { dir: ctx.storage.hostPath(ctx.nodeName, v.hostPath.path, ctx.now), readOnly: false };
  if (v.nfs) return { dir: ctx.storage.nfs(v.nfs.server, v.nfs.path, ctx.now), readOnly: v.nfs.readOnly ?? false };
  if (v.persistentVolumeClaim) {
    const pv = ctx.boundVolume(v.persistentVolumeClaim.claimName);
    if (!pv) return undefined;
    // A PV backed by nfs or hostPath shares that storage; otherwise it is its own remote disk.
    const dir = pv.nfs
      ? ctx.storage.nfs(pv.nfs.server, pv.nfs.path, ctx.now)
      : pv.hostPath
        ? ctx.storage.hostPath(ctx.nodeName, pv.hostPath.path, ctx.now)
        : ctx.storage.persistentVolume(pv.name, ctx.now);
    return { dir, readOnly: v.persistentVolumeClaim.readOnly ?? false };
  }
  if (v.projected) {
    return {
      dir: treeFromFiles(
        { '/token': ctx.token, '/ca.crt': ctx.caCert, '/namespace': pod.metadata?.namespace ?? 'default' },
        ctx.now,
      ),
      readOnly: true,
    };
  }
  if (v.configMap || v.secret || v.downwardAPI) return { dir: newDir(ctx.now), readOnly: true };
  return { dir: newDir(ctx.now), readOnly: false };
}

/** A container's file system: a fresh copy of its image's files with the Pod's volumes mounted over it. */
export function containerFs(
  image: DirNode,
  mounts: readonly { name: string; mountPath: string; readOnly?: boolean; subPath?: string }[],
  volumes: Map<string, { dir: DirNode; readOnly: boolean }>,
  now: () => number,
): ContainerFs {
  const fs = new ContainerFs(image, now);
  for (const m of mounts) {
    const volume = volumes.get(m.name);
    if (!volume) continue;
    let dir = volume.dir;
    if (m.subPath) {
      // subPath mounts a directory inside the volume, created on first use as the kubelet does.
      const inner = new ContainerFs(dir, now);
      inner.mkdirp(`/${m.subPath}`);
      for (const part of m.subPath.split('/').filter(Boolean)) {
        const next = dir.entries.get(part);
        if (next?.kind === 'dir') dir = next;
      }
    }
    fs.mount(m.mountPath, dir, (m.readOnly ?? false) || volume.readOnly);
  }
  return fs;
}
