/**
 * Some pages take our highlights out again as soon as they appear (a framework re-rendering the
 * paragraph, or a script that strips foreign elements). Putting them back each time would be a
 * fight without end: every round costs the page a re-render and us a marking pass. So a block whose
 * highlights were taken out soon after we placed them, a few times over, is left alone: the page wins.
 */
export interface RemarkGuard {
  /** We just placed highlights in `block`. */
  marked(block: object): void;
  /** `block` changed and has matches: may we mark it (again)? */
  mayMark(block: object): boolean;
}

export interface RemarkGuardOptions {
  /** Highlights gone sooner than this after we placed them count as taken out by the page. */
  withinMs: number;
  /** After this many such rounds the block is left as the page wants it. */
  rounds: number;
  now?: () => number;
}

export function createRemarkGuard({
  withinMs,
  rounds,
  now = () => performance.now(),
}: RemarkGuardOptions): RemarkGuard {
  const markedAt = new WeakMap<object, number>();
  const lost = new WeakMap<object, number>();
  return {
    marked(block) {
      markedAt.set(block, now());
    },
    mayMark(block) {
      const count = lost.get(block) ?? 0;
      if (count >= rounds) return false;
      const at = markedAt.get(block);
      if (at !== undefined && now() - at < withinMs) {
        lost.set(block, count + 1);
        return count + 1 < rounds;
      }
      return true;
    },
  };
}
