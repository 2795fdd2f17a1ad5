/**
 * Which rows of a long list to put in the DOM: only those in or near the viewport. Rows may differ in
 * height; those not measured yet count with an estimate. Pure, so the arithmetic is tested in Node.
 */

/** offsets[i] is where row i starts; offsets[count] is the list's whole height. */
export function rowOffsets(count: number, heightOf: (index: number) => number, gap: number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let index = 0; index < count; index += 1)
    offsets[index + 1] = (offsets[index] as number) + heightOf(index) + (index < count - 1 ? gap : 0);
  return offsets;
}

/** The rows [start, end) that overlap the band [top, bottom) of the list, measured from its start. */
export function rowsInBand(
  offsets: Float64Array,
  top: number,
  bottom: number,
): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0 || bottom <= 0) return { start: 0, end: Math.min(count, 1) };
  // The first row that ends below `top`, then the first that starts at or below `bottom`.
  const start = Math.min(count - 1, firstAbove(offsets, 1, count + 1, top) - 1);
  const end = Math.max(start + 1, firstAbove(offsets, start, count, bottom - 1));
  return { start, end: Math.min(count, end) };
}

/** The smallest i in [low, high) with offsets[i] > value, or high. */
function firstAbove(offsets: Float64Array, low: number, high: number, value: number): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle] as number) > value) high = middle;
    else low = middle + 1;
  }
  return low;
}
