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

  /**
   * A directory of the node. One that is not there yet is made by root with mode 0755: the kubelet
   * for DirectoryOrCreate (pkg/volume/hostpath/host_path.go checkType, hostutil MakeDir), and
   * containerd for an unchecked path (its CRI WithMounts creates a missing bind source 0755). The
   * node's own world-writable directories keep their sticky 1777.
   */
  hostPath(node: string, path: string, now: number): DirNode {
    const clean = path.replace(/\/+$/, '') || '/';
    return getOrCreate(this.hostPaths, `${node}:${clean}`, now, NODE_STICKY_DIRS.has(clean) ? 0o1777 : 0o755);
  }

  /** The simulated nfs server exports world-writable shares, so any user may write (as lesson 13 does). */
  nfs(server: string, path: string, now: number): DirNode {
    return getOrCreate(this.nfsShares, `${server}:${path.replace(/\/+$/, '') || '/'}`, now, 0o777);
  }

  persistentVolume(name: string, now: number): DirNode {
    return getOrCreate(this.persistent, name, now, 0o777);
  }
}

/** A node's directories that are world-writable with the sticky bit, like a container's /tmp. */
const NODE_STICKY_DIRS = new Set(['/tmp', '/var/tmp', '/dev/shm']);

function getOrCreate(map: Map<string, DirNode>, key: string, now: number, mode: number): DirNode {
  let dir = map.get(key);
  if (!dir) {
    dir = newDir(now, mode);
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
  // pkg/volume/emptydir/empty_dir.go setupDir: 0777 whatever the kubelet's umask, so any user may write.
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
  terminationMessagePath?: string,
): ContainerFs {
  const fs = new ContainerFs(image, now);
  for (const m of mounts) {
    const volume = volumes.get(m.name);
    if (!volume) continue;
    let dir = volume.dir;
    if (m.subPath) {
      // subPath mounts a directory inside the volume, created on first use with the volume's own
      // mode (kubelet_pods.go makeMounts: SafeMakeDir with the mode GetMode reads from the volume).
      const volumeMode = dir.mode;
      for (const part of m.subPath.split('/').filter(Boolean)) {
        if (!dir.entries.has(part)) dir.entries.set(part, newDir(now(), volumeMode));
        const next = dir.entries.get(part);
        if (next?.kind === 'dir') dir = next;
      }
    }
    fs.mount(m.mountPath, dir, (m.readOnly ?? false) || volume.readOnly);
  }
  if (terminationMessagePath) addTerminationMessageFile(fs, terminationMessagePath);
  return fs;
}

/**
 * Each container instance gets a fresh, empty file at terminationMessagePath, mode 0666 whatever the
 * umask, so a process of any user can leave its last words there (kuberuntime_container.go makeMounts).
 */
function addTerminationMessageFile(fs: ContainerFs, path: string): void {
  try {
    fs.writeFile(path, '', { createParents: true });
    const file = fs.stat(path);
    if (file?.kind === 'file') file.mode = 0o666;
  } catch {
    // A read-only volume or a directory in the way: the runtime would refuse the mount; the container still runs here.
  }
}
