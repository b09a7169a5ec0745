// The images this registry knows: repositories, their tags, and what each image is (ENTRYPOINT,
// CMD, ENV, WORKDIR, USER, size, files, programs). Values follow the real images' Dockerfiles.

import type { DirNode } from '../fs';
import type { Executable, ImageProfile, User } from './machine';
import { busybox } from './applets';
import { shellMain } from './shell/main';
import { kuardProgram } from './programs/kuard';
import { nginxProgram } from './programs/nginx';
import { redisCli, redisServerProgram } from './programs/redis';
import { agnhost, goproxy, livenessServer } from './programs/test-images';
import { etcd } from './programs/etcd';
import { polinuxStress, vishStress } from './programs/stress';
import { serveForever } from './machine';
import {
  agnhostTree,
  alpineTree,
  busyboxTree,
  debianTree,
  kuardTree,
  nginxTree,
  redisTree,
  scratchTree,
  stressTree,
} from './filesystems';

export interface ImageVariant {
  entrypoint: string[];
  cmd: string[];
  env: Record<string, string>;
  workingDir: string;
  exposedPorts: number[];
  sizeBytes: number;
  /** Fixed repo digest, so imageID is stable across runs. */
  digest?: string;
  profile: ImageProfile;
  programs: Record<string, Executable | undefined>;
  filesystem(): DirNode;
}

export interface Repository {
  /** e.g. "docker.io/library/nginx" */
  name: string;
  tags: Record<string, () => ImageVariant>;
}

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const ROOT: User = { name: 'root', uid: 0, gid: 0, group: 'root', home: '/root' };
const NOBODY: User = { name: 'nobody', uid: 65534, gid: 65534, group: 'nobody', home: '/' };

const BUSYBOX_PROGRAMS = { busybox };
const DEBIAN_PROGRAMS = { busybox, dash: shellMain, bash: shellMain };

function memo<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function busyboxImage(sizeBytes: number): () => ImageVariant {
  const fs = memo(busyboxTree);
  return () => ({
    entrypoint: [],
    cmd: ['sh'],
    env: { PATH },
    workingDir: '',
    exposedPorts: [],
    sizeBytes,
    profile: { user: ROOT, shell: 'ash' },
    programs: BUSYBOX_PROGRAMS,
    filesystem: fs,
  });
}

function alpineImage(version: string, sizeBytes: number): () => ImageVariant {
  const fs = memo(() => alpineTree(version));
  return () => ({
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: { PATH },
    workingDir: '',
    exposedPorts: [],
    sizeBytes,
    profile: { user: ROOT, shell: 'ash' },
    programs: BUSYBOX_PROGRAMS,
    filesystem: fs,
  });
}

function debianImage(cmd: string[], sizeBytes: number, osRelease?: string): () => ImageVariant {
  const fs = memo(() => debianTree(osRelease));
  return () => ({
    entrypoint: [],
    cmd,
    env: { PATH },
    workingDir: '',
    exposedPorts: [],
    sizeBytes,
    profile: { user: ROOT, shell: 'dash', userland: 'gnu' },
    programs: DEBIAN_PROGRAMS,
    filesystem: fs,
  });
}

const UBUNTU_RELEASE = (version: string, codename: string): string =>
  `PRETTY_NAME="Ubuntu ${version} LTS"\nNAME="Ubuntu"\nVERSION_ID="${version.split('.').slice(0, 2).join('.')}"\nVERSION="${version} LTS (${codename[0]!.toUpperCase()}${codename.slice(1)})"\nVERSION_CODENAME=${codename}\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nUBUNTU_CODENAME=${codename}\n`;

function kuardImage(version: string, sizeBytes: number, digest?: string): () => ImageVariant {
  const fs = memo(kuardTree);
  const programs = { busybox, kuard: kuardProgram({ version }) };
  return () => ({
    entrypoint: [],
    cmd: ['/kuard'],
    env: { PATH },
    workingDir: '',
    exposedPorts: [],
    sizeBytes,
    digest,
    profile: { user: NOBODY, shell: 'ash' },
    programs,
    filesystem: fs,
  });
}

function nginxImage(version: string, alpine: boolean, sizeBytes: number): () => ImageVariant {
  const quiet = version.startsWith('1.14') || version.startsWith('1.7');
  const fs = memo(() => nginxTree(alpine));
  const programs = { ...(alpine ? BUSYBOX_PROGRAMS : DEBIAN_PROGRAMS), nginx: nginxProgram({ version, quiet }) };
  return () => ({
    entrypoint: quiet ? [] : ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: {
      PATH,
      NGINX_VERSION: version,
      NJS_VERSION: '0.8.7',
      NJS_RELEASE: alpine ? '1' : '1~bookworm',
      PKG_RELEASE: alpine ? '1' : '1~bookworm',
    },
    workingDir: '',
    exposedPorts: [80],
    sizeBytes,
    profile: { user: ROOT, shell: alpine ? 'ash' : 'dash', userland: alpine ? 'busybox' : 'gnu' },
    programs,
    filesystem: fs,
  });
}

function redisImage(version: string, alpine: boolean, sizeBytes: number): () => ImageVariant {
  const fs = memo(() => redisTree(alpine));
  const programs = {
    ...(alpine ? BUSYBOX_PROGRAMS : DEBIAN_PROGRAMS),
    'redis-server': redisServerProgram(version),
    'redis-cli': redisCli,
  };
  return () => ({
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    env: { PATH, GOSU_VERSION: '1.17', REDIS_VERSION: version },
    workingDir: '/data',
    exposedPorts: [6379],
    sizeBytes,
    profile: { user: ROOT, shell: alpine ? 'ash' : 'dash', userland: alpine ? 'busybox' : 'gnu' },
    programs,
    filesystem: fs,
  });
}

function agnhostImage(sizeBytes: number): () => ImageVariant {
  const fs = memo(agnhostTree);
  return () => ({
    entrypoint: ['/agnhost'],
    cmd: [],
    env: { PATH },
    workingDir: '',
    exposedPorts: [80, 8080],
    sizeBytes,
    profile: { user: ROOT, shell: 'ash' },
    programs: { busybox, agnhost },
    filesystem: fs,
  });
}

function scratchImage(
  path: string,
  program: string,
  exe: Executable,
  sizeBytes: number,
  ports: number[],
  entrypoint = true,
): () => ImageVariant {
  const fs = memo(() => scratchTree(path, program));
  return () => ({
    entrypoint: entrypoint ? [path] : [],
    cmd: [],
    env: { PATH },
    workingDir: '',
    exposedPorts: ports,
    sizeBytes,
    profile: { user: ROOT, shell: 'ash' },
    programs: { [program]: exe },
    filesystem: fs,
  });
}

/** polinux/stress: alpine with stress in /usr/local/bin (no ENTRYPOINT; the examples give command). */
function stressImage(): () => ImageVariant {
  const fs = memo(stressTree);
  return () => ({
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: { PATH },
    workingDir: '',
    exposedPorts: [],
    sizeBytes: 4116283,
    profile: { user: ROOT, shell: 'ash' },
    programs: { busybox, stress: polinuxStress },
    filesystem: fs,
  });
}

/** The pause container: sleeps until SIGINT or SIGTERM, then exits 0. */
const pause: Executable = function* (ctx) {
  ctx.proc.onSignal = () => ctx.proc.runner.kill(0);
  return yield* serveForever();
};

function tags(entries: [string[], () => ImageVariant][]): Record<string, () => ImageVariant> {
  const out: Record<string, () => ImageVariant> = {};
  for (const [names, make] of entries) for (const name of names) out[name] = make;
  return out;
}

function kuardRepository(arch: string): Repository {
  const blueDigest = arch === 'amd64' ? '1ecc9fb2c871302fdb57a25e0c076311b7b352b0a9246d442940ca8fb4efe229' : undefined;
  return {
    name: `gcr.io/kuar-demo/kuard-${arch}`,
    tags: tags([
      [['blue', 'v0.10.0-blue'], kuardImage('v0.10.0-blue', 9734506, blueDigest)],
      [['green', 'v0.10.0-green'], kuardImage('v0.10.0-green', 9734511)],
      [['purple', 'v0.10.0-purple'], kuardImage('v0.10.0-purple', 9734498)],
      [['v0.9-blue'], kuardImage('v0.9-blue', 9212470)],
      [['v0.9-green'], kuardImage('v0.9-green', 9212466)],
      [['v0.9-purple'], kuardImage('v0.9-purple', 9212481)],
      // The first edition's numbered tags (its exercises use :1 and :2).
      [['1'], kuardImage('1', 8012386)],
      [['2'], kuardImage('2', 8012399)],
      [['3'], kuardImage('3', 8012410)],
    ]),
  };
}

export const REPOSITORIES: Repository[] = [
  {
    name: 'docker.io/library/busybox',
    tags: tags([
      [
        ['latest', 'stable', '1.37', '1.37.0', 'musl', 'glibc', 'uclibc', '1.36', '1.36.1', '1.35', '1.34', '1.33'],
        busyboxImage(2167176),
      ],
      [['1.28', '1.29', '1.30', '1.31', '1.32', '1.27.2', '1.27', '1.26'], busyboxImage(1365360)],
    ]),
  },
  { name: 'registry.k8s.io/busybox', tags: tags([[['latest', '1.27.2', '1.24'], busyboxImage(1144547)]]) },
  { name: 'k8s.gcr.io/busybox', tags: tags([[['latest', '1.27.2', '1.24'], busyboxImage(1144547)]]) },
  {
    name: 'docker.io/library/alpine',
    tags: tags([
      [['latest', '3', '3.22', '3.22.2'], alpineImage('3.22.2', 3802452)],
      [['3.21', '3.21.5'], alpineImage('3.21.5', 3642784)],
      [['3.20', '3.20.3'], alpineImage('3.20.3', 3626897)],
      [['3.19', '3.19.4'], alpineImage('3.19.4', 3418814)],
      [['3.18', '3.18.9'], alpineImage('3.18.9', 3404612)],
      [['edge'], alpineImage('3.23.0_alpha20251016', 3811922)],
    ]),
  },
  {
    name: 'docker.io/library/debian',
    tags: tags([
      [
        ['latest', 'stable', 'bookworm', '12', '12.8', 'bookworm-slim', 'stable-slim', '12-slim'],
        debianImage(['bash'], 48494272),
      ],
      [['bullseye', '11', 'bullseye-slim', '11-slim'], debianImage(['bash'], 53739320)],
    ]),
  },
  {
    name: 'docker.io/library/ubuntu',
    tags: tags([
      [['latest', '24.04', 'noble'], debianImage(['/bin/bash'], 29754290, UBUNTU_RELEASE('24.04.1', 'noble'))],
      [['22.04', 'jammy'], debianImage(['/bin/bash'], 29536392, UBUNTU_RELEASE('22.04.5', 'jammy'))],
    ]),
  },
  {
    name: 'docker.io/library/nginx',
    tags: tags([
      [['latest', 'mainline', '1', '1.27', '1.27.3', 'bookworm'], nginxImage('1.27.3', false, 72099501)],
      [['stable', '1.26', '1.26.2'], nginxImage('1.26.2', false, 71005524)],
      [['1.25', '1.25.5'], nginxImage('1.25.5', false, 71004112)],
      [['1.24', '1.24.0'], nginxImage('1.24.0', false, 57040380)],
      [['1.23', '1.23.4'], nginxImage('1.23.4', false, 57015622)],
      [['1.21', '1.21.6'], nginxImage('1.21.6', false, 56749016)],
      [['1.19', '1.19.10'], nginxImage('1.19.10', false, 53598450)],
      [['1.14.2', '1.14'], nginxImage('1.14.2', false, 44708492)],
      [['1.7.9'], nginxImage('1.7.9', false, 39947060)],
      [['alpine', 'mainline-alpine', '1.27-alpine', '1.27.3-alpine'], nginxImage('1.27.3', true, 20492126)],
      [['stable-alpine', '1.26-alpine', '1.26.2-alpine'], nginxImage('1.26.2', true, 19977680)],
    ]),
  },
  {
    name: 'docker.io/library/redis',
    tags: tags([
      [['latest', '7', '7.4', '7.4.1', 'bookworm'], redisImage('7.4.1', false, 45178120)],
      [['7.2', '7.2.6'], redisImage('7.2.6', false, 40251036)],
      [['6', '6.2', '6.2.16'], redisImage('6.2.16', false, 40088510)],
      [['alpine', '7-alpine', '7.4-alpine', '7.4.1-alpine'], redisImage('7.4.1', true, 17233450)],
    ]),
  },
  kuardRepository('amd64'),
  kuardRepository('arm64'),
  kuardRepository('arm'),
  {
    name: 'registry.k8s.io/e2e-test-images/agnhost',
    tags: tags([[['2.40', '2.39', '2.43', '2.45', '2.47', '2.48', '2.52', '2.53'], agnhostImage(50946480)]]),
  },
  {
    name: 'registry.k8s.io/liveness',
    tags: tags([[['latest'], scratchImage('/server', 'server', livenessServer, 2616910, [8080], false)]]),
  },
  {
    name: 'k8s.gcr.io/liveness',
    tags: tags([[['latest'], scratchImage('/server', 'server', livenessServer, 2616910, [8080], false)]]),
  },
  {
    name: 'registry.k8s.io/goproxy',
    tags: tags([[['0.1'], scratchImage('/goproxy', 'goproxy', goproxy, 2571640, [8080])]]),
  },
  { name: 'docker.io/polinux/stress', tags: tags([[['latest', '1.0.4'], stressImage()]]) },
  {
    name: 'docker.io/vish/stress',
    tags: tags([[['latest'], scratchImage('/stress', 'stress', vishStress, 2183520, [], true)]]),
  },
  {
    name: 'registry.k8s.io/etcd',
    tags: tags([
      [
        ['3.5.1-0', '3.5.9-0', '3.5.12-0', '3.5.15-0', '3.5.16-0'],
        scratchImage('/usr/local/bin/etcd', 'etcd', etcd, 23315648, [2379, 2380, 4001], false),
      ],
    ]),
  },
  {
    name: 'registry.k8s.io/pause',
    tags: tags([[['3.10', '3.9', '3.8', '3.7', '3.6'], scratchImage('/pause', 'pause', pause, 320368, [])]]),
  },
];
