/**
 * Which of many literals a text contains, in one pass. Asking `includes` for each of the claim
 * patterns' ~1,600 literals read a 500 KB page once per absent literal (300 ms in Node), and one
 * regex of them all took V8 60 ms to compile. Here each position of the text is looked up by its
 * first three characters, and read on along the literals starting there, character by character.
 */
export interface LiteralGate {
  /** The literals (lower case) that occur in `lower`, a lower-cased text. */
  present(lower: string): Set<string>;
}

/** How many buckets the first three characters of a literal are hashed into: a power of two. */
const BUCKETS = 1 << 16;

/**
 * The bucket of the three UTF-16 code units at `i`: a small integer, so that the check of each
 * position of a page is one load from a typed array. Literals sharing a bucket are told apart by
 * the walk that follows.
 */
const bucketOf = (s: string, i: number) =>
  (Math.imul(s.charCodeAt(i), 0x9e3779b1) ^
    Math.imul(s.charCodeAt(i + 1), 0x85ebca6b) ^
    s.charCodeAt(i + 2)) &
  (BUCKETS - 1);

/** The literals as a tree of their characters: a walk from the root reads every literal at a position. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** The literal that ends here, if one does. */
  literal?: string;
}

/** The tree of these literals, built when a text first holds a position of their bucket. */
function trieOf(literals: readonly string[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const literal of literals) {
    let node = root;
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.literal = literal;
  }
  return root;
}

export function compileLiteralGate(literals: Iterable<string>): LiteralGate {
  /** Whether a bucket holds a literal: one load turns most positions of a text away. */
  const used = new Uint8Array(BUCKETS);
  const lists = new Map<number, string[]>();
  // A page meets a few hundred of the buckets: their trees are built then, not all at start.
  const tries = new Map<number, TrieNode>();
  /** Literals of fewer than three units (the claim tables have none; a caller might). */
  const short: string[] = [];
  for (const literal of new Set(literals)) {
    if (literal.length < 3) {
      if (literal) short.push(literal);
      continue;
    }
    const b = bucketOf(literal, 0);
    used[b] = 1;
    const list = lists.get(b);
    if (list) list.push(literal);
    else lists.set(b, [literal]);
  }
  return {
    present(lower) {
      const found = new Set<string>(short.filter((l) => lower.includes(l)));
      // A position is read on only as far as some literal goes with it (one to three characters in
      // prose): many literals share their start ("north korea…", 108 of them begin " no").
      for (let i = 0; i + 3 <= lower.length; i++) {
        const b = bucketOf(lower, i);
        if (!used[b]) continue;
        let node: TrieNode | undefined = tries.get(b);
        if (!node) tries.set(b, (node = trieOf(lists.get(b) ?? [])));
        for (let j = i; node && j < lower.length; j++) {
          node = node.next.get(lower.charCodeAt(j));
          if (node?.literal !== undefined) found.add(node.literal);
        }
      }
      return found;
    },
  };
}
