// The file trees of the images: what `ls /`, `cat /etc/os-release` and kuard's /fs/ browser show.
// Executables are files starting with BINARY_MAGIC followed by the program's name; busybox applets
// all name "busybox", as its hard links all point at one binary. (/etc/hostname, /etc/hosts and
// /etc/resolv.conf are the kubelet's mounts, not the image's.)

import { treeFromFiles, type DirNode } from '../fs';
import { BINARY_MAGIC } from './machine';
import { APPLETS } from './applets';
import { NGINX_ENTRYPOINT_FILES, NGINX_HTML_FILES } from './nginx-files';

export function binary(program: string): string {
  return `${BINARY_MAGIC}${program}\n`;
}

/** Builds a tree, marking files under bin directories (and named binaries) executable. */
function tree(files: Record<string, string>, builtAt: number, executables: readonly string[] = []): DirNode {
  const root = treeFromFiles(files, builtAt);
  const mark = (dir: DirNode, path: string): void => {
    for (const [name, node] of dir.entries) {
      const full = `${path}/${name}`;
      if (node.kind === 'dir') mark(node, full);
      else if (node.content.startsWith(BINARY_MAGIC) || executables.includes(full)) node.mode = 0o755;
    }
  };
  mark(root, '');
  const tmp = root.entries.get('tmp');
  if (tmp?.kind === 'dir') tmp.mode = 0o1777;
  return root;
}

// Directories every image here has; the distributions add their own (`ls /` differs between them).
const BASE_DIRS = ['/dev/', '/proc/', '/sys/', '/tmp/', '/home/', '/var/', '/usr/'];
const FHS_DIRS = ['/mnt/', '/opt/', '/srv/', '/usr/local/bin/'];

function dirs(extra: readonly string[] = []): Record<string, string> {
  return Object.fromEntries([...BASE_DIRS, ...extra].map((d) => [d, '']));
}

/** Applets busybox links into /bin in the official busybox image (the ones we implement). */
function appletLinks(dir: string): Record<string, string> {
  const out: Record<string, string> = { [`${dir}/busybox`]: binary('busybox') };
  for (const name of Object.keys(APPLETS)) if (name !== '[') out[`${dir}/${name}`] = binary('busybox');
  out[`${dir}/[`] = binary('busybox');
  return out;
}

const BUSYBOX_PASSWD =
  'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n';

export function busyboxTree(): DirNode {
  return tree(
    {
      // The busybox image's root: bin dev etc home lib lib64 proc root sys tmp usr var.
      ...dirs(['/root/', '/lib/', '/lib64/', '/usr/sbin/', '/var/spool/mail/', '/var/www/', '/etc/network/']),
      ...appletLinks('/bin'),
      '/etc/passwd': BUSYBOX_PASSWD,
      '/etc/group':
        'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwheel:x:10:root\nnobody:x:65534:\n',
      '/etc/shadow': 'root:*:10933:0:99999:7:::\nnobody:*:10933:0:99999:7:::\n',
      '/etc/nsswitch.conf': 'hosts:\t\tfiles dns\nnetworks:\tfiles dns\n',
      '/etc/localtime': '',
    },
    Date.UTC(2024, 8, 26, 21, 31, 42),
  );
}

/** Alpine: busybox applets split over /bin and /usr/bin, apk's files, musl. */
function alpineFiles(version: string): Record<string, string> {
  const files: Record<string, string> = {
    ...dirs([
      ...FHS_DIRS,
      '/root/',
      '/lib/apk/db/',
      '/media/',
      '/run/',
      '/sbin/',
      '/usr/sbin/',
      '/usr/lib/',
      '/usr/share/',
      '/var/cache/',
      '/var/log/',
      '/var/tmp/',
      '/etc/apk/',
      '/etc/profile.d/',
    ]),
  };
  const inUsrBin = new Set([
    'env',
    'printenv',
    'head',
    'tail',
    'wc',
    'sort',
    'tee',
    'seq',
    'basename',
    'dirname',
    'id',
    'whoami',
    'free',
    'wget',
    '[',
  ]);
  const inSbin = new Set(['ip']);
  for (const name of Object.keys(APPLETS)) {
    files[`${inUsrBin.has(name) ? '/usr/bin' : inSbin.has(name) ? '/sbin' : '/bin'}/${name}`] = binary('busybox');
  }
  files['/bin/busybox'] = binary('busybox');
  files['/etc/alpine-release'] = `${version}\n`;
  files['/etc/os-release'] =
    `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux v${version.split('.').slice(0, 2).join('.')}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`;
  files['/etc/passwd'] =
    'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nlp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\nsync:x:5:0:sync:/sbin:/bin/sync\nshutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\nhalt:x:7:0:halt:/sbin:/sbin/halt\nmail:x:8:12:mail:/var/mail:/sbin/nologin\nnews:x:9:13:news:/usr/lib/news:/sbin/nologin\nuucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin\ncron:x:16:16:cron:/var/spool/cron:/sbin/nologin\nftp:x:21:21::/var/lib/ftp:/sbin/nologin\nsshd:x:22:22:sshd:/dev/null:/sbin/nologin\ngames:x:35:35:games:/usr/games:/sbin/nologin\nntp:x:123:123:NTP:/var/empty:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n';
  files['/etc/group'] =
    'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nadm:x:4:root,daemon\nwheel:x:10:root\nnobody:x:65534:\n';
  files['/etc/profile'] =
    'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nexport PAGER=less\numask 022\n';
  files['/etc/apk/repositories'] =
    `https://dl-cdn.alpinelinux.org/alpine/v${version.split('.').slice(0, 2).join('.')}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${version.split('.').slice(0, 2).join('.')}/community\n`;
  files['/lib/ld-musl-x86_64.so.1'] = binary('musl');
  files['/etc/shells'] = '# valid login shells\n/bin/sh\n/bin/ash\n';
  return files;
}

export function alpineTree(version: string): DirNode {
  return tree(alpineFiles(version), Date.UTC(2024, 8, 6, 12, 5, 36));
}

/** kuard: alpine with the /kuard binary at the root. */
export function kuardTree(): DirNode {
  return tree({ ...alpineFiles('3.9.4'), '/kuard': binary('kuard') }, Date.UTC(2019, 5, 20, 17, 43, 11));
}

/** Debian bookworm with coreutils (no ps, no wget: procps and wget are not installed). */
function debianFiles(): Record<string, string> {
  const files: Record<string, string> = {
    ...dirs([
      ...FHS_DIRS,
      '/root/',
      '/boot/',
      '/lib/',
      '/lib64/',
      '/media/',
      '/run/',
      '/sbin/',
      '/usr/sbin/',
      '/usr/lib/',
      '/usr/share/',
      '/var/cache/',
      '/var/lib/',
      '/var/log/',
      '/var/tmp/',
    ]),
  };
  const coreutils = [
    'cat',
    'ls',
    'touch',
    'rm',
    'mkdir',
    'rmdir',
    'cp',
    'mv',
    'chmod',
    'echo',
    'sleep',
    'date',
    'hostname',
    'pwd',
    'true',
    'false',
    'df',
    'uname',
  ];
  const usrBin = [
    'env',
    'printenv',
    'head',
    'tail',
    'wc',
    'sort',
    'tee',
    'seq',
    'basename',
    'dirname',
    'id',
    'whoami',
    'printf',
    'test',
    '[',
  ];
  for (const name of coreutils) files[`/bin/${name}`] = binary('busybox');
  for (const name of usrBin) files[`/usr/bin/${name}`] = binary('busybox');
  files['/bin/grep'] = binary('busybox');
  files['/bin/sh'] = binary('dash');
  files['/bin/dash'] = binary('dash');
  files['/bin/bash'] = binary('bash');
  files['/etc/os-release'] =
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n';
  files['/etc/debian_version'] = '12.8\n';
  files['/etc/passwd'] =
    'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';
  files['/etc/group'] = 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\nwww-data:x:33:\nnogroup:x:65534:\n';
  return files;
}

/** debian / ubuntu base images: coreutils, dash as sh, bash. */
export function debianTree(osRelease?: string): DirNode {
  const files = debianFiles();
  if (osRelease) files['/etc/os-release'] = osRelease;
  return tree(files, Date.UTC(2024, 10, 11, 1, 20, 14));
}

export function nginxTree(alpine: boolean): DirNode {
  const base = alpine ? alpineFiles('3.20.3') : debianFiles();
  const passwd = `${base['/etc/passwd']}nginx:x:101:101:nginx user:/nonexistent:/bin/false\n`;
  const files: Record<string, string> = {
    ...base,
    ...NGINX_ENTRYPOINT_FILES,
    ...NGINX_HTML_FILES,
    '/etc/passwd': passwd,
    '/usr/sbin/nginx': binary('nginx'),
  };
  files['/etc/nginx/conf.d/'] = '';
  files['/var/log/nginx/'] = '';
  files['/var/cache/nginx/'] = '';
  return tree(files, Date.UTC(2024, 10, 26, 18, 4, 1), Object.keys(NGINX_ENTRYPOINT_FILES));
}

export function redisTree(alpine: boolean): DirNode {
  const base = alpine ? alpineFiles('3.20.3') : debianFiles();
  const files: Record<string, string> = {
    ...base,
    '/etc/passwd': `${base['/etc/passwd']}redis:x:999:999::/home/redis:/usr/sbin/nologin\n`,
    '/usr/local/bin/redis-server': binary('redis-server'),
    '/usr/local/bin/redis-cli': binary('redis-cli'),
    '/usr/local/bin/docker-entrypoint.sh':
      '#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\n# or first arg is `something.conf`\nif [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then\n\tset -- redis-server "$@"\nfi\n\nexec "$@"\n',
    '/data/': '',
  };
  return tree(files, Date.UTC(2024, 9, 3, 1, 12, 40), ['/usr/local/bin/docker-entrypoint.sh']);
}

/** Images built FROM scratch: only their binary (no shell; exec into them fails). */
export function scratchTree(binaryPath: string, program: string): DirNode {
  return tree(
    { [binaryPath]: binary(program), '/etc/': '', '/dev/': '', '/proc/': '', '/sys/': '' },
    Date.UTC(2022, 2, 1),
  );
}

/** polinux/stress: alpine with the stress binary. */
export function stressTree(): DirNode {
  return tree({ ...alpineFiles('3.8.4'), '/usr/local/bin/stress': binary('stress') }, Date.UTC(2018, 6, 5));
}

/** agnhost ships on a small busybox base, so `sh` exists in it. */
export function agnhostTree(): DirNode {
  return tree({ ...alpineFiles('3.18.4'), '/agnhost': binary('agnhost') }, Date.UTC(2023, 8, 14));
}
