// The API server's request handling: decode (strict), default, validate, store; get/list with
// selectors; graceful deletion. Controllers (scheduler, kubelet, volume binder) learn of changes
// through the hooks and write back through the store.
import type { ApiResult, DeleteOptions, Kind, KubeObject, ListOptions, StatusError, WriteOptions } from '../api';
import type { Namespace, PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { SimClock } from '../clock';
import type { SeededRandom } from '../random';
import { decodeObject } from './decode';
import { admitPodPriority } from './priority-admission';
import { applyPodDefaults, defaultPod, qosClass } from './pod-defaults';
import { managedFieldsAfterWrite } from './managed-fields';
import { podWarnings, validatePod } from './pod-validation';
import { validatePodSpecUpdate, stableJson } from './pod-update';
import {
  defaultClaim,
  defaultNamespace,
  defaultVolume,
  validateClaim,
  validateNamespace,
  validateVolume,
} from './storage-kinds';
import { matchesFields, parseFieldSelector } from './field-selectors';
import { matchesLabels, parseLabelSelector } from './label-selectors';
import {
  alreadyExists,
  badRequest,
  cannotBeHandled,
  conflict,
  forbidden,
  invalid,
  methodNotAllowed,
  notFound,
  type FieldError,
} from './status-errors';
import { copyObject, NAMESPACED, type ObjectStore } from './store';
import { rfc3339 } from '../time-format';
import { mut } from '../mutable';

export interface ApiHooks {
  /** A Pod was stored (the scheduler picks it up). */
  podCreated(pod: Pod): void;
  /** A Pod's spec changed in an allowed way (image): the kubelet restarts changed containers. */
  podSpecUpdated(pod: Pod, oldPod: Pod): void;
  /** Graceful deletion started: the kubelet stops the containers and then removes the Pod. */
  podDeletionRequested(pod: Pod): void;
  /** The Pod left the store without a graceful stop (unscheduled, terminal, or forced). */
  podRemoved(pod: Pod): void;
  /** Claims or volumes changed: the binder looks for matches. */
  storageChanged(): void;
}

// managerOrUserAgent in the handlers: without ?fieldManager, the user agent's first word.
const DEFAULT_MANAGER = 'kubectl';

/** The defaults decoding fills in (no admission plugin), on a copy of the request. */
function defaultAsDecoded(kind: Kind, object: KubeObject): void {
  if (kind === 'Pod') defaultPod(object as Pod);
  else if (kind === 'PersistentVolumeClaim') defaultClaim(object as PersistentVolumeClaim);
  else if (kind === 'PersistentVolume') defaultVolume(object as PersistentVolume);
  else if (kind === 'Namespace') {
    // SetDefaults_Namespace labels it with its name; the "kubernetes" finalizer comes later, in PrepareForCreate.
    const meta = object.metadata!;
    meta.labels = { ...(meta.labels ?? {}), 'kubernetes.io/metadata.name': meta.name! };
  }
}

const KINDS: readonly Kind[] = ['Pod', 'Node', 'Event', 'PersistentVolume', 'PersistentVolumeClaim', 'Namespace'];

function fail<T>(error: StatusError): ApiResult<T> {
  return { ok: false, error };
}

export class ApiServer {
  constructor(
    readonly store: ObjectStore,
    private readonly clock: SimClock,
    private readonly random: SeededRandom,
    private readonly hooks: ApiHooks,
  ) {}

  /** Decoding and field validation shared by create and update. */
  private decode(
    obj: unknown,
    opts: WriteOptions | undefined,
  ): ApiResult<{ kind: Kind; object: KubeObject; warnings: string[] }> {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj))
      return fail(
        badRequest(
          'the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf',
        ),
      );
    const body = obj as Record<string, unknown>;
    const kind = body.kind;
    if (typeof kind !== 'string' || !KINDS.includes(kind as Kind))
      return fail(badRequest(`Object 'Kind' is missing in '${JSON.stringify(body)}'`));
    if (body.apiVersion !== 'v1')
      return fail(
        badRequest(
          `the API version in the data (${String(body.apiVersion)}) does not match the expected API version (v1)`,
        ),
      );
    const decoded = decodeObject(kind, body);
    if (!decoded.ok) return fail(cannotBeHandled(kind, decoded.detail));
    const warnings: string[] = [];
    const mode = opts?.fieldValidation ?? 'Strict';
    if (decoded.unknownFields.length > 0) {
      const list = decoded.unknownFields.map((f) => `unknown field "${f}"`);
      if (mode === 'Strict')
        return fail(
          badRequest(
            `${kind} in version "v1" cannot be handled as a ${kind}: strict decoding error: ${list.join(', ')}`,
          ),
        );
      if (mode === 'Warn') warnings.push(...list);
    }
    const object = decoded.object as unknown as KubeObject;
    object.metadata ??= {};
    return { ok: true, value: { kind: kind as Kind, object, warnings } };
  }

  create(obj: unknown, opts?: WriteOptions): ApiResult<KubeObject> {
    const decoded = this.decode(obj, opts);
    if (!decoded.ok) return decoded;
    const { kind, object, warnings } = decoded.value;
    const meta = mut(object.metadata!);
    // managedFields belong to the server; the field manager sees the request as decoding defaulted
    // it, before admission plugins add to it (create.go runs it ahead of admission).
    delete meta.managedFields;
    const requested = copyObject(object);
    if (NAMESPACED[kind]) {
      meta.namespace ??= 'default';
      if (!this.store.find('Namespace', undefined, meta.namespace)) return fail(notFound('Namespace', meta.namespace));
    } else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = meta.generateName + this.random.nameSuffix(5);
    if (kind === 'Pod' && (object as Pod).spec) {
      const refused = admitPodPriority(object as Pod);
      if (refused) return fail(forbidden(`pods "${meta.name ?? ''}" is forbidden: ${refused}`));
    }
    const errors = this.defaultAndValidate(kind, object);
    if (errors.length > 0) return fail(invalid(kind, meta.name ?? '', errors));
    if (kind === 'Pod') warnings.push(...podWarnings(object as Pod));
    if (this.store.find(kind, meta.namespace, meta.name!)) return fail(alreadyExists(kind, meta.name!));
    requested.metadata = { ...requested.metadata, namespace: meta.namespace, name: meta.name };
    defaultAsDecoded(kind, requested);
    meta.managedFields = managedFieldsAfterWrite(
      kind,
      undefined,
      requested,
      { manager: opts?.fieldManager || DEFAULT_MANAGER },
      rfc3339(this.clock.now()),
    );
    // Server-owned metadata: whatever the request said is replaced.
    meta.uid = this.random.uuid();
    meta.creationTimestamp = rfc3339(this.clock.now());
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
    delete meta.resourceVersion;
    if (kind === 'PersistentVolumeClaim' || kind === 'PersistentVolume')
      meta.finalizers = [kind === 'PersistentVolume' ? 'kubernetes.io/pv-protection' : 'kubernetes.io/pvc-protection'];
    if (opts?.dryRun) return { ok: true, value: copyObject(object), ...(warnings.length ? { warnings } : {}) };
    this.store.add(object);
    if (kind === 'Pod') this.hooks.podCreated(object as Pod);
    if (kind === 'PersistentVolume' || kind === 'PersistentVolumeClaim') this.hooks.storageChanged();
    return { ok: true, value: copyObject(object), ...(warnings.length ? { warnings } : {}) };
  }

  private defaultAndValidate(kind: Kind, object: KubeObject): FieldError[] {
    switch (kind) {
      case 'Pod': {
        const pod = object as Pod;
        pod.spec ??= { containers: [] };
        const errorsBefore = validatePod(pod);
        // Defaulting needs well-formed containers; report the raw errors first if there are any.
        if (errorsBefore.some((e) => e.field === 'spec.containers' && e.type === 'Required value')) return errorsBefore;
        applyPodDefaults(pod, this.random.nameSuffix(5));
        const errors = validatePod(pod);
        if (errors.length === 0) mut(pod).status = { phase: 'Pending', qosClass: qosClass(pod) };
        // pkg/registry/core/pod/strategy.go applySchedulingGatedCondition.
        if (errors.length === 0 && (pod.spec.schedulingGates?.length ?? 0) > 0)
          mut(pod).status!.conditions = [
            {
              lastProbeTime: null as unknown as undefined,
              lastTransitionTime: rfc3339(this.clock.now()),
              message: 'Scheduling is blocked due to non-empty scheduling gates',
              reason: 'SchedulingGated',
              status: 'False',
              type: 'PodScheduled',
            },
          ];
        return errors;
      }
      case 'PersistentVolumeClaim':
        defaultClaim(object as PersistentVolumeClaim);
        return validateClaim(object as PersistentVolumeClaim);
      case 'PersistentVolume':
        defaultVolume(object as PersistentVolume);
        return validateVolume(object as PersistentVolume);
      case 'Namespace': {
        const errors = validateNamespace(object as Namespace);
        if (errors.length === 0) defaultNamespace(object as Namespace);
        return errors;
      }
      default:
        return [];
    }
  }

  update(obj: unknown, opts?: WriteOptions): ApiResult<KubeObject> {
    const decoded = this.decode(obj, opts);
    if (!decoded.ok) return decoded;
    const { kind, object, warnings } = decoded.value;
    const meta = object.metadata!;
    if (NAMESPACED[kind]) meta.namespace ??= 'default';
    if (!meta.name) return fail(badRequest('name is required'));
    const existing = this.store.find(kind, meta.namespace, meta.name);
    if (!existing) return fail(notFound(kind, meta.name));
    if (meta.resourceVersion && meta.resourceVersion !== existing.metadata!.resourceVersion)
      return fail(conflict(kind, meta.name));
    const next: KubeObject = copyObject(existing);
    next.metadata!.labels = meta.labels;
    next.metadata!.annotations = meta.annotations;
    if (!meta.labels) delete next.metadata!.labels;
    if (!meta.annotations) delete next.metadata!.annotations;
    const errors: FieldError[] = [];
    if (kind === 'Pod') {
      const pod = object as Pod;
      const old = existing as Pod;
      pod.spec ??= { containers: [] };
      // Admission only adds the token volume on create, but the container-level defaults always apply.
      const probe = copyObject(pod);
      applyPodDefaults(probe, 'x');
      const spec = probe.spec!;
      if (pod.spec.automountServiceAccountToken !== false) {
        // Undo the admission-only additions so the comparison sees what the request really sent.
        spec.volumes = spec.volumes?.filter((v) => v.name !== 'kube-api-access-x');
        if (spec.volumes?.length === 0 && !pod.spec.volumes) delete spec.volumes;
        for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
          c.volumeMounts = c.volumeMounts?.filter((m) => m.name !== 'kube-api-access-x');
          if (c.volumeMounts?.length === 0 && !pod.spec.containers?.find((o) => o.name === c.name)?.volumeMounts)
            delete c.volumeMounts;
        }
      }
      if (!pod.spec.nodeName) spec.nodeName = old.spec!.nodeName;
      errors.push(...validatePod({ ...probe, metadata: { ...meta } }), ...validatePodSpecUpdate(old, probe));
      if (errors.length === 0) (next as Pod).spec = spec;
    } else if (kind === 'PersistentVolumeClaim' || kind === 'PersistentVolume' || kind === 'Namespace') {
      if (
        stableJson((object as { spec?: unknown }).spec ?? {}) !==
          stableJson((existing as { spec?: unknown }).spec ?? {}) &&
        kind === 'PersistentVolumeClaim'
      )
        errors.push({
          field: 'spec',
          type: 'Forbidden',
          detail:
            'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
        });
    } else if (kind === 'Node') {
      (next as { spec?: unknown }).spec = (object as { spec?: unknown }).spec;
    }
    if (errors.length > 0) return fail(invalid(kind, meta.name, errors));
    next.metadata!.managedFields = managedFieldsAfterWrite(
      kind,
      existing,
      next,
      { manager: opts?.fieldManager || DEFAULT_MANAGER },
      rfc3339(this.clock.now()),
    );
    if (stableJson(next) === stableJson(existing))
      return { ok: true, value: copyObject(existing), ...(warnings.length ? { warnings } : {}) };
    if (opts?.dryRun) return { ok: true, value: copyObject(next), ...(warnings.length ? { warnings } : {}) };
    const oldCopy = copyObject(existing);
    // Keep the stored object's identity: controllers hold references to it.
    for (const key of Object.keys(existing) as (keyof KubeObject)[]) delete (existing as Record<string, unknown>)[key];
    Object.assign(existing, next);
    this.store.modified(existing);
    if (kind === 'Pod') this.hooks.podSpecUpdated(existing as Pod, oldCopy as Pod);
    return { ok: true, value: copyObject(existing), ...(warnings.length ? { warnings } : {}) };
  }

  get(kind: Kind, namespace: string | undefined, name: string): ApiResult<KubeObject> {
    const obj = this.store.find(kind, NAMESPACED[kind] ? (namespace ?? 'default') : undefined, name);
    if (!obj) return fail(notFound(kind, name));
    return { ok: true, value: copyObject(obj) };
  }

  list(kind: Kind, namespace: string | undefined, opts?: ListOptions): ApiResult<KubeObject[]> {
    const labels = parseLabelSelector(opts?.labelSelector ?? '');
    if (!labels.ok) return fail(badRequest(labels.message));
    const fields = parseFieldSelector(kind, opts?.fieldSelector ?? '');
    if (!fields.ok) return fail(badRequest(fields.message));
    const items = this.store
      .all(kind, NAMESPACED[kind] ? namespace : undefined)
      .filter((o) => matchesLabels(labels.selector, o.metadata?.labels) && matchesFields(fields.selector, o));
    return { ok: true, value: items.map((o) => copyObject(o)) };
  }

  delete(kind: Kind, namespace: string | undefined, name: string, opts?: DeleteOptions): ApiResult<KubeObject> {
    const ns = NAMESPACED[kind] ? (namespace ?? 'default') : undefined;
    const obj = this.store.find(kind, ns, name);
    if (!obj) return fail(notFound(kind, name));
    if (opts?.dryRun) return { ok: true, value: copyObject(obj) };
    switch (kind) {
      case 'Pod':
        return { ok: true, value: copyObject(this.deletePod(obj as Pod, opts?.gracePeriodSeconds)) };
      case 'Namespace': {
        if (['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(name))
          return fail(forbidden(`namespaces "${name}" is forbidden: this namespace may not be deleted`));
        const nsObj = obj as Namespace;
        mut(nsObj.metadata!).deletionTimestamp = rfc3339(this.clock.now());
        mut(nsObj).status = { phase: 'Terminating' };
        this.store.modified(nsObj);
        const snapshot = copyObject(nsObj);
        for (const pod of this.store.all<Pod>('Pod', name)) this.deletePod(pod, undefined);
        for (const k of ['PersistentVolumeClaim', 'Event'] as const)
          for (const o of this.store.all(k, name)) this.store.remove(o);
        this.removeNamespaceWhenEmpty(nsObj);
        this.hooks.storageChanged();
        return { ok: true, value: snapshot };
      }
      case 'Node':
        return fail(methodNotAllowed('nodes cannot be deleted in this simulated cluster'));
      case 'PersistentVolume':
      case 'PersistentVolumeClaim': {
        // The protection finalizers keep a claim in use (or a bound volume) until the controller lets go.
        if (!obj.metadata?.deletionTimestamp) {
          mut(obj.metadata!).deletionTimestamp = rfc3339(this.clock.now());
          mut(obj.metadata!).deletionGracePeriodSeconds = 0;
          this.store.modified(obj);
        }
        this.hooks.storageChanged();
        return { ok: true, value: copyObject(obj) };
      }
      default: {
        this.store.remove(obj);
        return { ok: true, value: copyObject(obj) };
      }
    }
  }

  private removeNamespaceWhenEmpty(ns: Namespace): void {
    if (this.store.all('Pod', ns.metadata!.name).length === 0) this.store.remove(ns);
    else this.clock.after(1000, () => this.removeNamespaceWhenEmpty(ns), 'namespace controller');
  }

  /** Graceful Pod deletion (pkg/registry/core/pod/strategy.go CheckGracefulDeleteStrategy). */
  deletePod(pod: Pod, requestedGrace: number | undefined): Pod {
    const phase = pod.status?.phase;
    let grace = requestedGrace ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
    if (grace < 0) grace = 1;
    // Unscheduled or finished Pods have nothing to stop: they go at once.
    if (!pod.spec?.nodeName || phase === 'Succeeded' || phase === 'Failed') grace = 0;
    const already = pod.metadata!.deletionGracePeriodSeconds;
    if (already !== undefined && grace >= already && grace !== 0) return pod;
    if (grace === 0) {
      this.store.remove(pod);
      this.hooks.podRemoved(pod);
      return pod;
    }
    mut(pod.metadata!).deletionTimestamp = rfc3339(this.clock.now() + grace * 1000);
    mut(pod.metadata!).deletionGracePeriodSeconds = grace;
    this.store.modified(pod);
    this.hooks.podDeletionRequested(pod);
    return pod;
  }
}
