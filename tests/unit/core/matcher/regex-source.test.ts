import { describe, expect, it } from 'vitest';
import { withoutCaptures, withQuickStart } from '../../../../core/matcher/regex-source';

describe('withoutCaptures', () => {
  it('turns capturing and named groups into non-capturing ones, leaving classes and escapes alone', () => {
    expect(withoutCaptures('(a)(?<n>b)(?:c)(?=d)[(]\\(')).toBe('(?:a)(?:b)(?:c)(?=d)[(]\\(');
    expect(new RegExp(withoutCaptures('(a)(b)')).exec('ab')).toHaveLength(1);
  });
});

/** Every match of `source` in `text`, with where it starts. */
const matches = (source: string, text: string) =>
  [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, m[0]]);

describe('withQuickStart', () => {
  const text =
    'Lawrow reiste nach Wonsan. Schoigu reiste nach Wonsan (Lawrow nicht). Putin flog nach Wonsan, sagt Lawrow; dann reiste Kim nach Wonsan.';

  it('leads a pattern that opens with lookarounds with a lookahead of its core, and finds the same matches', () => {
    const source = '(?<=Lawrow[\\s\\S]{0,20})(?:reiste|flog) nach Wonsan';
    const quick = withQuickStart(source);
    expect(quick).toBe('(?=(?:reiste|flog) nach Wonsan)(?<=Lawrow[\\s\\S]{0,20})(?:reiste|flog) nach Wonsan');
    expect(matches(quick, text)).toEqual(matches(source, text));
    expect(matches(quick, text)).toHaveLength(2);
  });

  it('treats each top-level alternative and groups of alternative lookarounds on their own', () => {
    const source =
      '(?:(?<=Lawrow[^.;]{0,20})|(?=[^.;]{0,20}Lawrow))(?:reiste|flog) nach Wonsan|Kim nach (?<=dann[^.]{0,20})Wonsan';
    const quick = withQuickStart(source);
    expect(quick.startsWith('(?=(?:reiste|flog) nach Wonsan)(?:(?<=')).toBe(true);
    expect(quick.endsWith('|Kim nach (?<=dann[^.]{0,20})Wonsan')).toBe(true);
    expect(matches(quick, text)).toEqual(matches(source, text));
    expect(matches(quick, text).length).toBeGreaterThan(1);
  });

  it('leaves alone a pattern without leading lookarounds, or whose lookaround is optional', () => {
    for (const source of [
      'Kim nach Wonsan',
      '(?:Kim|Putin) nach',
      '(?<=x)?Kim',
      '(?:(?<=a)|b)Kim',
      '[(?<=]x',
    ])
      expect(withQuickStart(source)).toBe(source);
  });
});
