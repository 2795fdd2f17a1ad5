/**
 * A short stable key for an expanded pattern source (FNV-1a, 32 bits, hex): the literals table
 * is looked up by it instead of by sources that run to hundreds of characters each.
 */
export function patternKey(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
