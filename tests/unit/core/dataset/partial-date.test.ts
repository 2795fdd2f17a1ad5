import { describe, expect, it } from 'vitest';
import { isBefore } from '@/core/dataset/partial-date';

describe('isBefore on dates as precise as their source', () => {
  it('compares full dates', () => {
    expect(isBefore('2024-06-18', '2024-06-19')).toBe(true);
    expect(isBefore('2024-06-19', '2024-06-19')).toBe(false);
  });

  it('treats a year or month as a span: only wholly earlier counts as before', () => {
    expect(isBefore('2023', '2024-01-01')).toBe(true);
    expect(isBefore('2024', '2024-06-19')).toBe(false);
    expect(isBefore('2024-06-19', '2024')).toBe(false);
    expect(isBefore('2024-05', '2024-06-01')).toBe(true);
    expect(isBefore('2024-06', '2024-06-30')).toBe(false);
    expect(isBefore('2024-06-30', '2024-07')).toBe(true);
  });
});
