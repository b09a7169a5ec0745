// The tables themselves are goldens recorded from kubectl.1.32 (print/testdata/api-resources*.txt);
// these check that the console's flags reach them, and the errors, as kubectl.1.32 printed them.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';
import { type ApiResourcesOptions, apiResourcesText } from './api-resources';

const defaults: ApiResourcesOptions = { output: '', verbs: [], categories: [], sortBy: '', noHeaders: false };

describe('kubectl api-resources', () => {
  it('lists every type a v1.32 cluster serves, not only the ones the simulator runs', () => {
    const session = testSession();
    const text = outputOf(session, 'kubectl api-resources');
    expect(text).toBe(apiResourcesText(defaults));
    expect(text).toMatch(/^deployments +deploy +apps\/v1 +true +Deployment$/m);
    expect(text).toMatch(/^configmaps +cm +v1 +true +ConfigMap$/m);
  });

  it('passes --namespaced, --api-group, --verbs, --sort-by and -o name through', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl api-resources -o name --namespaced=false --api-group=storage.k8s.io')).toBe(
      'csidrivers.storage.k8s.io\ncsinodes.storage.k8s.io\nstorageclasses.storage.k8s.io\nvolumeattachments.storage.k8s.io\n',
    );
    expect(outputOf(session, 'kubectl api-resources --verbs=list --verbs=watch --sort-by=kind --no-headers')).toBe(
      apiResourcesText({ ...defaults, verbs: ['list', 'watch'], sortBy: 'kind', noHeaders: true }),
    );
    // Real: a group nobody serves leaves the header alone.
    expect(outputOf(session, 'kubectl api-resources --api-group=nope')).toBe(
      'NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND\n',
    );
  });

  it('refuses other formats and sort keys', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl api-resources -o xml')).toBe('error: --output xml is not available\n');
    expect(outputOf(session, 'kubectl api-resources --sort-by=foo')).toBe(
      'error: --sort-by accepts only name or kind\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });
});
