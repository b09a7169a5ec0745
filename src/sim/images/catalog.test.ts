// Pulling: reference normalisation as containerd reports it, and the registry's error texts.
import { describe, expect, it } from 'vitest';
import { createImageCatalog } from './index';
import { parseImageReference } from './reference';

const catalog = createImageCatalog();

function info(image: string) {
  const found = catalog.lookup(image);
  if (!found.found) throw new Error(found.pullError);
  return found.info;
}

function pullError(image: string): string {
  const found = catalog.lookup(image);
  if (found.found) throw new Error(`${image} unexpectedly found`);
  return found.pullError;
}

describe('image references', () => {
  it('normalises Docker Hub names with library/ and :latest', () => {
    expect(parseImageReference('nginx')?.normalized).toBe('docker.io/library/nginx:latest');
    expect(parseImageReference('nginx:1.27')?.normalized).toBe('docker.io/library/nginx:1.27');
    expect(parseImageReference('bitnami/redis')?.normalized).toBe('docker.io/bitnami/redis:latest');
    expect(parseImageReference('localhost:5000/app')?.normalized).toBe('localhost:5000/app:latest');
    expect(parseImageReference('gcr.io/kuar-demo/kuard-amd64:blue')?.normalized).toBe(
      'gcr.io/kuar-demo/kuard-amd64:blue',
    );
    expect(parseImageReference('Nginx')).toBeUndefined();
    expect(parseImageReference('nginx:')).toBeUndefined();
  });

  it('reports the name and a stable image ID the way the kubelet shows them', () => {
    expect(info('nginx').reportedName).toBe('docker.io/library/nginx:latest');
    expect(info('nginx').imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(info('nginx').imageID).toBe(info('nginx:latest').imageID);
    expect(info('nginx:1.27.3').imageID).toBe(info('nginx').imageID);
    expect(info('nginx:1.25').imageID).not.toBe(info('nginx').imageID);
    expect(info('gcr.io/kuar-demo/kuard-amd64:blue')).toMatchObject({
      reportedName: 'gcr.io/kuar-demo/kuard-amd64:blue',
      imageID: 'gcr.io/kuar-demo/kuard-amd64@sha256:1ecc9fb2c871302fdb57a25e0c076311b7b352b0a9246d442940ca8fb4efe229',
      sizeBytes: 9734506,
      cmd: ['/kuard'],
      entrypoint: [],
    });
  });

  it("gives each image its Dockerfile's entrypoint, command, env and working directory", () => {
    expect(info('busybox')).toMatchObject({ entrypoint: [], cmd: ['sh'] });
    expect(info('alpine:3.20')).toMatchObject({ cmd: ['/bin/sh'] });
    expect(info('nginx')).toMatchObject({
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
      exposedPorts: [80],
    });
    expect(info('nginx').env['NGINX_VERSION']).toBe('1.27.3');
    expect(info('redis')).toMatchObject({
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['redis-server'],
      workingDir: '/data',
      exposedPorts: [6379],
    });
  });

  it('knows the tags the book and the Kubernetes docs use', () => {
    for (const image of [
      'gcr.io/kuar-demo/kuard-amd64:green',
      'gcr.io/kuar-demo/kuard-amd64:purple',
      'gcr.io/kuar-demo/kuard-amd64:1',
      'gcr.io/kuar-demo/kuard-amd64:2',
      'gcr.io/kuar-demo/kuard-arm64:blue',
      'busybox:1.28',
      'registry.k8s.io/busybox',
      'registry.k8s.io/busybox:1.27.2',
      'registry.k8s.io/e2e-test-images/agnhost:2.40',
      'registry.k8s.io/goproxy:0.1',
      'nginx:1.14.2',
      'redis:alpine',
    ]) {
      expect(catalog.lookup(image).found, image).toBe(true);
    }
  });
});

describe('pull errors', () => {
  it('an unknown Docker Hub repository: pull access denied', () => {
    expect(pullError('ngnix')).toBe(
      'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/ngnix:latest": failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
  });

  it('an unknown tag of a known repository: not found', () => {
    expect(pullError('nginx:doesnotexist')).toBe(
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:doesnotexist": failed to resolve reference "docker.io/library/nginx:doesnotexist": docker.io/library/nginx:doesnotexist: not found',
    );
    expect(pullError('gcr.io/kuar-demo/kuard-amd64:latest')).toContain(
      'gcr.io/kuar-demo/kuard-amd64:latest: not found',
    );
  });

  it('an unknown registry host fails in DNS', () => {
    expect(pullError('registry.example.internal/team/app:1.0')).toBe(
      'rpc error: code = Unknown desc = failed to pull and unpack image "registry.example.internal/team/app:1.0": failed to resolve reference "registry.example.internal/team/app:1.0": failed to do request: Head "https://registry.example.internal/v2/team/app/manifests/1.0": dial tcp: lookup registry.example.internal on 127.0.0.53:53: no such host',
    );
  });

  it('a pinned digest pulls only when the registry has it', () => {
    const digest = info('nginx').imageID.split('@')[1]!;
    expect(catalog.lookup(`nginx@${digest}`).found).toBe(true);
    expect(pullError(`nginx@sha256:${'0'.repeat(64)}`)).toContain(
      `docker.io/library/nginx@sha256:${'0'.repeat(64)}: not found`,
    );
  });

  it('gives each start a fresh file system copy', () => {
    const found = catalog.lookup('busybox');
    if (!found.found) throw new Error('busybox missing');
    const a = found.filesystem();
    a.entries.delete('bin');
    expect(found.filesystem().entries.has('bin')).toBe(true);
  });
});
