import { describe, expect, it } from 'vitest';
import { rowOffsets, rowsInBand } from '@/core/notes/list-window';

describe('rowOffsets', () => {
  it('stacks rows of different heights with a gap between them, not after the last', () => {
    const heights = [100, 40, 60];
    expect([...rowOffsets(3, (index) => heights[index] as number, 10)]).toEqual([0, 110, 160, 220]);
  });
});

describe('rowsInBand', () => {
  const offsets = rowOffsets(10_000, () => 100, 0);

  it('puts only the rows in the band in the DOM, however long the list', () => {
    expect(rowsInBand(offsets, 0, 800)).toEqual({ start: 0, end: 8 });
    expect(rowsInBand(offsets, 500_050, 500_850)).toEqual({ start: 5_000, end: 5_009 });
  });

  it('keeps the last rows when the band reaches past the end of the list', () => {
    expect(rowsInBand(offsets, 999_950, 1_100_000)).toEqual({ start: 9_999, end: 10_000 });
    expect(rowsInBand(offsets, 2_000_000, 2_000_800)).toEqual({ start: 9_999, end: 10_000 });
  });

  it('shows the first row when the list starts below the band', () => {
    expect(rowsInBand(offsets, -900, -100)).toEqual({ start: 0, end: 1 });
  });

  it('has nothing to show for an empty list', () => {
    expect(
      rowsInBand(
        rowOffsets(0, () => 100, 0),
        0,
        800,
      ),
    ).toEqual({ start: 0, end: 0 });
  });
});
