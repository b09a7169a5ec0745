// Objects of one kind come in a handful of shapes (the same keys, inserted in the same order):
// every Pod's metadata, every container, every condition. Sorting each object's keys anew, as
// both printers must (go-yaml and encoding/json sort map keys), costs an array and a sort per
// object; a trie over the key sequence finds the shape's sorted order, worked out once, with one
// string comparison per key.

/** One node of a trie over key sequences; `data` is the printer's table for the sequence ending here. */
export class ShapeNode<T> {
  // Most nodes only ever see one next key: compare it directly before using the map.
  private key: string | undefined = undefined;
  private next: ShapeNode<T> | undefined = undefined;
  private more: Map<string, ShapeNode<T>> | undefined = undefined;
  data: T | undefined = undefined;

  constructor(private readonly trie: ShapeTrie<T>) {}

  child(key: string): ShapeNode<T> {
    if (this.key === key) return this.next!;
    const found = this.more?.get(key);
    if (found !== undefined) return found;
    const node = new ShapeNode(this.trie);
    this.trie.grew();
    if (this.next === undefined) {
      this.key = key;
      this.next = node;
    } else {
      (this.more ??= new Map()).set(key, node);
    }
    return node;
  }
}

// Arbitrary maps (labels, annotations, a learner's odd manifest) could grow the trie without end.
const NODE_LIMIT = 50_000;

export class ShapeTrie<T> {
  root: ShapeNode<T> = new ShapeNode(this);
  private nodes = 0;

  /** Called for every new node; past the limit the trie starts over (the next walk rebuilds it). */
  grew(): void {
    if (++this.nodes > NODE_LIMIT) {
      this.nodes = 0;
      this.root = new ShapeNode(this);
    }
  }
}

/** The positions of `sorted`'s keys in `keys` (both hold the same distinct keys). */
export function positionsOf(keys: readonly string[], sorted: readonly string[]): number[] {
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  return sorted.map((k) => index.get(k)!);
}

const INDENTS: string[] = [];

/** `n` spaces, made once per width. */
export function spaces(n: number): string {
  return (INDENTS[n] ??= ' '.repeat(n));
}
