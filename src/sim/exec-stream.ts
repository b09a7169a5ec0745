// How a v1.32 cluster on containerd answers `kubectl exec` when the runtime cannot start the
// command at all (a binary missing from the image, a directory, no permission). The process never
// runs, so there is no exit code: containerd's CRI stream server fails the exec (internal/cri/
// server/container_exec.go: "failed to exec in container: %w" around container_execsync.go's
// "failed to start exec %q: %w", the runc shim's "OCI runtime exec failed: ..." and errdefs'
// ": unknown"), and the stream server's ServeExec (kubelet/pkg/cri/streaming/remotecommand/exec.go)
// sends it as an InternalError Status "error executing command in container: ...".
// Docker (dockershim) instead ran the exec and reported exit code 126 with that text on stderr;
// the container programs here still answer that way, which exec probes rely on.

import type { StatusError } from './api';
import type { ProcessIO } from './program';

const OCI_EXEC_FAILED = /^OCI runtime exec failed: (.*)\n$/s;

/** containerd's exec ID: 32 random bytes in hex (util.GenerateID); here derived from what is known, not drawn. */
function execId(seed: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < 64; round++) {
    for (const ch of `${seed}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

export interface ExecStartWatch {
  io: ProcessIO;
  /** The Status the stream ends with when the runtime could not start the command; undefined when it ran. */
  failure(): StatusError | undefined;
}

/**
 * Wraps the caller's io while the container program starts the command: a start failure (the OCI
 * runtime's text on stderr with exit 126 before anything else) becomes containerd's error instead.
 */
export function watchExecStart(io: ProcessIO, seed: string): ExecStartWatch {
  let starting = true;
  let pendingError: string | undefined;
  let failure: StatusError | undefined;
  const wrapped: ProcessIO = {
    stdout: (chunk) => {
      starting = false;
      io.stdout(chunk);
    },
    stderr: (chunk) => {
      if (starting && pendingError === undefined && OCI_EXEC_FAILED.test(chunk)) {
        pendingError = chunk;
        return;
      }
      starting = false;
      if (pendingError !== undefined) io.stderr(pendingError);
      pendingError = undefined;
      io.stderr(chunk);
    },
    exit: (code) => {
      if (starting && pendingError !== undefined && code === 126) {
        const runtime = pendingError.replace(/\n$/, '');
        failure = {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: `Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${execId(seed)}": ${runtime}`,
          reason: 'InternalError',
          code: 500,
        };
        return;
      }
      if (pendingError !== undefined) io.stderr(pendingError);
      io.exit(code);
    },
  };
  return {
    io: wrapped,
    failure: () => {
      starting = false;
      return failure;
    },
  };
}
