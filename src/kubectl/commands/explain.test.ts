import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl explain', () => {
  it("documents a field from the Pod schema in kubectl explain's layout", () => {
    const session = testSession();
    const text = outputOf(session, 'kubectl explain pods.spec.containers.ports');
    expect(
      text.startsWith(
        'KIND:       Pod\nVERSION:    v1\n\nFIELD: ports <[]ContainerPort>\n\nDESCRIPTION:\n    List of ports to expose from the container.',
      ),
    ).toBe(true);
    expect(text).toContain(
      "\nFIELDS:\n  containerPort\t<integer> -required-\n    Number of port to expose on the pod's IP address.",
    );
    expect(outputOf(session, 'kubectl explain pods.spec.nope')).toBe('error: field "nope" does not exist\n');
  });

  it("names the API's own scalar types, as kubectl explain does", () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl explain pod.spec.containers.livenessProbe.httpGet')).toContain(
      '\n  port\t<IntOrString> -required-\n',
    );
    expect(outputOf(session, 'kubectl explain pod.spec.containers.resources')).toContain(
      '\n  limits\t<map[string]Quantity>\n',
    );
    expect(outputOf(session, 'kubectl explain pod.spec.volumes.emptyDir')).toContain('\n  sizeLimit\t<Quantity>\n');
  });

  it('documents the storage kinds of the chapter too', () => {
    const session = testSession();
    const pv = outputOf(session, 'kubectl explain pv');
    expect(
      pv.startsWith(
        'KIND:       PersistentVolume\nVERSION:    v1\n\nDESCRIPTION:\n    PersistentVolume (PV) is a storage resource provisioned by an administrator.',
      ),
    ).toBe(true);
    expect(pv).toContain('\n  spec\t<PersistentVolumeSpec>\n');
    const claim = outputOf(session, 'kubectl explain persistentvolumeclaims.spec.accessModes');
    expect(
      claim.startsWith('KIND:       PersistentVolumeClaim\nVERSION:    v1\n\nFIELD: accessModes <[]string>\n'),
    ).toBe(true);
  });
});
