import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../../core/matcher/required-literals';

describe('requiredLiterals', () => {
  it('reads the words every match must contain, in lower case', () => {
    expect(requiredLiterals('Beistands(?:klausel|pakt)')).toEqual(['beistands']);
    expect(requiredLiterals('(?:141|142) (?:countries|votes)')).toEqual([
      '141 countries',
      '141 votes',
      '142 countries',
      '142 votes',
    ]);
  });

  it('reads across optional parts and lookarounds, and narrows inflections to their common stem', () => {
    expect(requiredLiterals('(?:military )?parade in Beijing')).toEqual(['parade in beijing']);
    expect(requiredLiterals('(?<!no )mutual defen[cs]e(?! not)')).toEqual(['mutual defen']);
    expect(requiredLiterals('nordkoreanische(?:n|r)? (?:ballistische )?Raketen')).toEqual([
      'nordkoreanische',
    ]);
  });

  it('takes one literal from each side of an alternation', () => {
    expect(requiredLiterals('Lawrows? Besuch|Reise von Schoigu')).toEqual([
      'lawrow besuch',
      'lawrows besuch',
      'reise von schoigu',
    ]);
  });

  it('gives no set where a match need not contain any fixed text', () => {
    expect(requiredLiterals('\\d+ \\w+')).toBeUndefined();
    expect(requiredLiterals('(?:Aurus)?\\d+')).toBeUndefined();
    expect(requiredLiterals('ab|\\d+ Container')).toBeUndefined();
    expect(requiredLiterals('(unclosed')).toBeUndefined();
  });
});
