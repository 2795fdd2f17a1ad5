/**
 * Dates in the dataset are as precise as their source: 2023, 2023-10 or 2023-10-13. To compare
 * them, a partial date stands for a span: it starts on its first day and ends on its last.
 * Both ends are plain strings that sort in date order.
 */
export function startOfDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date may mean ("-99" sorts after every real day of the period). */
export function endOfDate(date: string): string {
  return date.length === 4 ? `${date}-99-99` : date.length === 7 ? `${date}-99` : date;
}

/** True when `a` certainly lies before `b` (the whole span of a ends before b starts). */
export function isBefore(a: string, b: string): boolean {
  return endOfDate(a) < startOfDate(b);
}
