import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl api-resources', () => {
  it('lists the served types in a table sorted by name', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl api-resources')).toBe(
      [
        'NAME                     SHORTNAMES   APIVERSION   NAMESPACED   KIND',
        'events                   ev           v1           true         Event',
        'namespaces               ns           v1           false        Namespace',
        'nodes                    no           v1           false        Node',
        'persistentvolumeclaims   pvc          v1           true         PersistentVolumeClaim',
        'persistentvolumes        pv           v1           false        PersistentVolume',
        'pods                     po           v1           true         Pod',
        '',
      ].join('\n'),
    );
  });

  it('filters by --namespaced and prints only names with -o name', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl api-resources -o name --namespaced=false')).toBe(
      'namespaces\nnodes\npersistentvolumes\n',
    );
    expect(outputOf(session, 'kubectl api-resources -o name --namespaced=true')).toBe(
      'events\npersistentvolumeclaims\npods\n',
    );
  });

  it('adds verbs and categories with -o wide, and refuses other formats', () => {
    const session = testSession();
    const wide = outputOf(session, 'kubectl api-resources -o wide').split('\n');
    expect(wide[0]).toMatch(/ KIND +VERBS +CATEGORIES$/);
    expect(wide.find((l) => l.startsWith('pods '))).toMatch(/ Pod +\[[a-z ]+\] +all$/);
    expect(outputOf(session, 'kubectl api-resources -o xml')).toBe('error: --output xml is not available\n');
  });
});
