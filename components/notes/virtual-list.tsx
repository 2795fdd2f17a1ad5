import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { rowOffsets, rowsInBand } from '@/core/notes/list-window';

/** What a row's own `<li>` must carry: its place (for layout and screen readers) and its key. */
export interface RowProps {
  style: JSX.CSSProperties;
  'aria-posinset': number;
  'aria-setsize': number;
  'data-row-key': string;
}

interface VirtualListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  renderRow: (item: T, row: RowProps) => ComponentChildren;
  /** Height of a row not measured yet, in px. */
  estimate: number;
  /** Space between rows, in px. */
  gap: number;
  class?: string;
}

/** How far beyond the viewport rows are kept, so Tab and short scrolls land on rows already there. */
const OVERSCAN_PX = 800;

/**
 * A list of thousands of rows with only those near the viewport in the DOM. The page scrolls as
 * usual (the list is as tall as all its rows); each row keeps `aria-setsize`/`aria-posinset`, so a
 * screen reader still says "12 of 10,000". A row that holds the focus or an open editor
 * (`data-keep-mounted`) stays in the DOM when scrolled away, so nothing the reader typed is lost.
 */
export function VirtualList<T>({
  items,
  keyOf,
  renderRow,
  estimate,
  gap,
  class: className,
}: VirtualListProps<T>) {
  const list = useRef<HTMLOListElement>(null);
  const heights = useRef(new Map<string, number>());
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | undefined>();
  const [, setFrame] = useState(0);

  useEffect(() => {
    let pending = 0;
    const redraw = () => {
      if (pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        setFrame((frame) => frame + 1);
      });
    };
    addEventListener('scroll', redraw, { passive: true });
    addEventListener('resize', redraw);
    return () => {
      removeEventListener('scroll', redraw);
      removeEventListener('resize', redraw);
      cancelAnimationFrame(pending);
    };
  }, []);

  // Measures the rows just drawn; a changed height redraws once with the row where it really is.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    let changed = false;
    const keep = new Set<string>();
    for (const row of element.children) {
      if (!(row instanceof HTMLElement)) continue;
      const key = row.dataset.rowKey ?? '';
      const height = row.offsetHeight;
      if (height > 0 && heights.current.get(key) !== height) {
        heights.current.set(key, height);
        changed = true;
      }
      if (row.contains(document.activeElement) || row.querySelector('[data-keep-mounted]')) keep.add(key);
    }
    if (!sameSet(keep, kept)) setKept(keep);
    else if (changed) setFrame((frame) => frame + 1);
  });

  const keys = items.map(keyOf);
  const offsets = rowOffsets(
    items.length,
    (index) => heights.current.get(keys[index] as string) ?? estimate,
    gap,
  );
  const listTop = list.current?.getBoundingClientRect().top ?? 0;
  const { start, end } = rowsInBand(offsets, -listTop - OVERSCAN_PX, -listTop + innerHeight + OVERSCAN_PX);
  const shown: number[] = [];
  keys.forEach((key, index) => {
    if ((kept.has(key) || key === focused) && (index < start || index >= end)) shown.push(index);
  });
  for (let index = start; index < end; index += 1) shown.push(index);
  shown.sort((a, b) => a - b);

  return (
    <ol
      ref={list}
      class={className}
      style={{ position: 'relative', height: `${offsets[items.length] ?? 0}px` }}
      // Known before the next scroll draws, so the row with the focus is never taken out from under it.
      onFocusIn={(event) => {
        const row =
          event.target instanceof Element ? event.target.closest<HTMLElement>('[data-row-key]') : null;
        setFocused(row?.dataset.rowKey);
      }}
    >
      {shown.map((index) =>
        renderRow(items[index] as T, {
          style: { position: 'absolute', top: `${offsets[index] ?? 0}px`, left: 0, right: 0 },
          'aria-posinset': index + 1,
          'aria-setsize': items.length,
          'data-row-key': keys[index] as string,
        }),
      )}
    </ol>
  );
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}
