// Short, readable forms of CPU and memory for the node boxes (the quantities kubectl describe shows).

/** 500 → "500m", 2000 → "2", 1500 → "1500m": the way the API writes CPU. */
export function formatCpu(milli: number): string {
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

/** Bytes in the largest binary unit that keeps one decimal readable: "128Mi", "3.8Gi". */
export function formatMemory(bytes: number): string {
  const units = ['Ki', 'Mi', 'Gi', 'Ti'];
  if (bytes < 1024) return `${bytes}`;
  let value = bytes;
  let unit = '';
  for (const u of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = u;
  }
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return `${text}${unit}`;
}
