// Seeded randomness (mulberry32): uids, container IDs, name suffixes and pod IPs come from here,
// never from Math.random, so the same seed gives the same cluster.

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Starts the sequence again from `seed`: what follows is what a new generator with that seed gives. */
  reseed(seed: number): void {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  hex(length: number): string {
    return this.pick('0123456789abcdef', length);
  }

  /** RFC 4122 version-4 shaped uid, as the API server assigns to metadata.uid. */
  uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = '89ab'[this.int(4)]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** The alphabet Kubernetes uses for generated name suffixes (apimachinery util/rand: no vowels, no 0/1/3). */
  nameSuffix(length = 5): string {
    return this.pick('bcdfghjklmnpqrstvwxz2456789', length);
  }
}
