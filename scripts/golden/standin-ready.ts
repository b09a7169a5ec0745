// The stand-in API server starts slowly on a busy machine: recording waits until it answers.

/** Resolves once the stand-in on `port` answers /version; throws after about 30 s. */
export async function standInReady(port: number): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/version`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the stand-in server did not start on port ${port}`);
}

/**
 * Throws when something already answers on `port`: another recording's stand-in serves other
 * objects, and ours, failing to listen, would leave kubectl talking to it.
 */
export async function standInPortFree(port: number): Promise<void> {
  try {
    await fetch(`http://127.0.0.1:${port}/version`);
  } catch {
    return;
  }
  throw new Error(`port ${port} is already in use (another stand-in?); set GOLDEN_PORT to a free port`);
}
