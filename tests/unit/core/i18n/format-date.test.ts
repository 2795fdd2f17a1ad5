import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatPeriod } from '@/core/i18n';

describe('formatIsoDate', () => {
  it('writes a year alone as the year', () => {
    expect(formatIsoDate('2023', 'de')).toBe('2023');
    expect(formatIsoDate('2023', 'en')).toBe('2023');
  });

  it('writes a year and month with the month name', () => {
    expect(formatIsoDate('2023-10', 'de')).toBe('Oktober 2023');
    expect(formatIsoDate('2023-10', 'en')).toBe('October 2023');
    expect(formatIsoDate('2024-03', 'de')).toBe('März 2024');
  });

  it('writes a full date the way each language does', () => {
    expect(formatIsoDate('2023-10-03', 'de')).toBe('3. Oktober 2023');
    expect(formatIsoDate('2023-10-03', 'en')).toBe('3 October 2023');
    expect(formatIsoDate('2024-06-19', 'de')).toBe('19. Juni 2024');
  });

  it('shows anything that is not a dataset date unchanged', () => {
    expect(formatIsoDate('2023-13', 'en')).toBe('2023-13');
    expect(formatIsoDate('2023-10-32', 'de')).toBe('2023-10-32');
    expect(formatIsoDate('last year', 'en')).toBe('last year');
  });
});

describe('formatPeriod', () => {
  it('describes open, closed and undated periods', () => {
    expect(formatPeriod('2019', undefined, 'en')).toBe('since 2019');
    expect(formatPeriod(undefined, '2021-05', 'de')).toBe('bis Mai 2021');
    expect(formatPeriod('2015', '2019-02', 'en')).toBe('2015 – February 2019');
    expect(formatPeriod(undefined, undefined, 'de')).toBeUndefined();
  });
});
