// One image-reference check for kubectl run, the kubelet and the image catalogue
// (distribution/reference ReferenceRegexp and ParseNormalizedNamed; pkg/util/parsers ParseImageName).
import { describe, expect, it } from 'vitest';
import { invalidReferenceMessage, matchesReferenceGrammar, parseImageReference } from './reference';
import { referenceError } from '../kubelet/image-pull';

describe('image references', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['gcr.io/kuar-demo/kuard-amd64:blue', 'gcr.io/kuar-demo/kuard-amd64:blue'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['index.docker.io/redis:7', 'docker.io/library/redis:7'],
    [`busybox@sha256:${'a'.repeat(64)}`, `docker.io/library/busybox@sha256:${'a'.repeat(64)}`],
  ])('normalises %s', (image, normalized) => {
    expect(parseImageReference(image)?.normalized).toBe(normalized);
  });

  it.each([
    ['nginx:tag!x', 'invalid reference format'],
    ['nginx@sha256:abc', 'invalid reference format'],
    ['nginx..x/y', 'invalid reference format'],
    ['nginx:', 'invalid reference format'],
    ['NGINX', 'invalid reference format: repository name (library/NGINX) must be lowercase'],
    [`nginx@sha256:${'a'.repeat(40)}`, 'invalid checksum digest length'],
  ])('refuses %s as ParseNormalizedNamed does', (image, reason) => {
    expect(parseImageReference(image)).toBeUndefined();
    expect(invalidReferenceMessage(image)).toBe(`couldn't parse image name "${image}": ${reason}`);
    expect(referenceError(image)).toBe(
      `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${reason}`,
    );
  });

  it('gives kubectl run the grammar alone, which accepts a registry host in capitals', () => {
    expect(matchesReferenceGrammar('Registry.example.com/app')).toBe(true);
    expect(matchesReferenceGrammar('nginx..x/y')).toBe(false);
    expect(matchesReferenceGrammar('nginx:tag!x')).toBe(false);
  });
});
