import { describe, expect, it } from 'vitest';
import { compileMatcher, withoutCaptures, type MatcherEntry } from '../../../../core/matcher/compile-matcher';

const person = (id: string, ...aliases: (string | Omit<MatcherEntry, 'id' | 'kind'>)[]): MatcherEntry[] =>
  aliases.map((a) => ({ id, kind: 'expert' as const, ...(typeof a === 'string' ? { text: a } : a) }));

const entries: MatcherEntry[] = [
  ...person('eric-ballbach', 'Eric J. Ballbach', 'Eric Ballbach', { text: 'Ballbach', afterFullName: true }),
  ...person('kim-jong-un', 'Kim Jong Un', 'Kim Jong-un'),
  ...person('kim-jong', 'Kim Jong'),
  ...person('ruediger-frank', 'Rüdiger Frank', { text: 'Frank', afterFullName: true, ambiguous: true }),
  ...person('jenny-town', 'Jenny Town', { text: 'Town', afterFullName: true, ambiguous: true }),
  ...person('ankit-panda', 'Ankit Panda', { text: 'Panda', afterFullName: true, ambiguous: true }),
  ...person('jung-h-pak', 'Jung H. Pak', { text: 'Pak', ambiguous: true }),
];
const matcher = compileMatcher(entries);

/** The ids and matched texts findAll reports, which is what the highlighter wraps. */
const found = (text: string) => matcher.findAll(text).map((m) => [m.id, m.text]);

describe('compileMatcher', () => {
  it('finds names in NFC and in NFD text', () => {
    expect(found('Das sagt Rüdiger Frank in Wien.')).toEqual([['ruediger-frank', 'Rüdiger Frank']]);
    const nfd = 'Das sagt Rüdiger Frank in Wien.'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(found(nfd).map(([id]) => id)).toEqual(['ruediger-frank']);
  });

  it('reads through no-break spaces, and through soft hyphens with the variant regexFor picks', () => {
    expect(found('Laut Eric\u00A0Ballbach ist das neu.')).toEqual([['eric-ballbach', 'Eric\u00A0Ballbach']]);
    const soft = 'Laut Eric Ball\u00ADbach ist das neu.';
    expect(matcher.regexFor(soft)).not.toBe(matcher.regex);
    expect(matcher.regexFor('plain text')).toBe(matcher.regex);
    expect(found(soft)).toEqual([['eric-ballbach', 'Eric Ball\u00ADbach']]);
    const m = matcher.regexFor(soft).exec(soft);
    expect(m && matcher.identify(m)?.id).toBe('eric-ballbach');
  });

  it('accepts hyphen and case variants of a name', () => {
    for (const text of ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'Kim  Jong\u2011un', 'KIM JONG UN']) {
      expect(found(`Yesterday ${text} spoke.`).map(([id]) => id)).toEqual(['kim-jong-un']);
    }
  });

  it('identifies a name the same way in plain ASCII and with typographic characters, every time', () => {
    const spellings = [
      "Eric Ballbach's",
      'Eric Ballbach\u2019s',
      'Eric  Ballbach',
      'Eric\u00A0Ballbach',
      'Eric J. Ballbach',
      'Eric J.\u202FBallbach',
    ];
    // Twice over: the second reading of each spelling comes from memory and must agree.
    for (let round = 0; round < 2; round++)
      for (const text of spellings)
        expect(
          found(`Laut ${text} ist das neu.`).map(([id]) => id),
          text,
        ).toEqual(['eric-ballbach']);
    // An ambiguous surname written as an ordinary word stays unmatched however often it recurs.
    for (let round = 0; round < 2; round++)
      expect(found('Jenny Town visited the town and Town again.').map(([, text]) => text)).toEqual([
        'Jenny Town',
        'Town',
      ]);
  });

  it('prefers the longest alias where aliases overlap', () => {
    expect(found('Kim Jong Un und Kim Jong')).toEqual([
      ['kim-jong-un', 'Kim Jong Un'],
      ['kim-jong', 'Kim Jong'],
    ]);
  });

  it('finds names in German compounds and the genitive, but not inside longer words', () => {
    expect(
      found('Der Nordkorea-Experte Eric Ballbach warnt. Ballbachs Einschätzung und die Ballbach-Studie'),
    ).toEqual([
      ['eric-ballbach', 'Eric Ballbach'],
      ['eric-ballbach', 'Ballbachs'],
      ['eric-ballbach', 'Ballbach'],
    ]);
    expect(found("Eric Ballbach's view")).toEqual([['eric-ballbach', "Eric Ballbach's"]]);
    expect(found('Eric Ballbacher and Ballbachstraße')).toEqual([]);
  });

  it('counts a surname only after the full name', () => {
    expect(found('Ballbach sagt, Eric Ballbach meint, Ballbach glaubt').map(([, t]) => t)).toEqual([
      'Eric Ballbach',
      'Ballbach',
    ]);
  });

  it('never counts an ambiguous alias alone', () => {
    expect(found('A small town in Russia, the panda at the zoo, and Pak')).toEqual([]);
    // Pak is ambiguous without the after-full-name rule: it never counts, even after the full name.
    expect(found('Jung H. Pak said so. Pak added more.')).toEqual([['jung-h-pak', 'Jung H. Pak']]);
  });

  it('counts an ambiguous surname after the full name only where it is written as a name', () => {
    expect(found('Jenny Town says so. Town adds that a town in Russia matters.').map(([, t]) => t)).toEqual([
      'Jenny Town',
      'Town',
    ]);
    expect(found('Ankit Panda writes. The panda at the zoo is not him.').map(([, t]) => t)).toEqual([
      'Ankit Panda',
    ]);
  });

  it('stores a shared prefix once, however many aliases share it', () => {
    const letters = (i: number) =>
      Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('');
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      text: `Quentinovich ${letters(i)}`,
      id: `p${i}`,
      kind: 'expert' as const,
    }));
    const big = compileMatcher(many);
    expect(big.regex.source.split('quentinovich').length - 1).toBe(1);
    expect(big.findAll('Here Quentinovich Dcba spoke.').map((m) => m.id)).toEqual([
      `p${3 + 2 * 26 + 1 * 676}`,
    ]);
  });

  it('finds claim patterns with their own groups and reports which claim matched', () => {
    const withClaims = compileMatcher(entries, [
      { id: 'containers', source: '(\\d+) (?<what>Container)' },
      { id: 'troops', source: '12\\.?000 (?:Soldaten|troops)' },
    ]);
    expect(
      withClaims.findAll('Eric Ballbach: 1000 Container und 12.000 Soldaten.').map((m) => [m.kind, m.id]),
    ).toEqual([
      ['expert', 'eric-ballbach'],
      ['claim', 'containers'],
      ['claim', 'troops'],
    ]);
  });

  it('finds a claim that starts with a name, whether the name alone would count or not', () => {
    const withClaims = compileMatcher(entries, [
      { id: 'ballbach-visit', source: "Ballbach(?:['’]s)? (?:visit|trip)" },
    ]);
    // A lone surname before the full name: the name does not count, the claim still does.
    expect(withClaims.findAll("Ballbach's visit was short.").map((m) => [m.kind, m.id, m.text])).toEqual([
      ['claim', 'ballbach-visit', "Ballbach's visit"],
    ]);
    expect(
      withClaims.findAll('Eric Ballbach spoke. Ballbach trip planned.').map((m) => [m.kind, m.id]),
    ).toEqual([
      ['expert', 'eric-ballbach'],
      ['claim', 'ballbach-visit'],
    ]);
  });

  it('compiles an empty dataset to a regex that finds nothing', () => {
    expect(compileMatcher([]).findAll('Eric Ballbach')).toEqual([]);
  });
});

describe('withoutCaptures', () => {
  it('turns capturing and named groups into non-capturing ones, leaving classes and escapes alone', () => {
    expect(withoutCaptures('(a)(?<n>b)(?:c)(?=d)[(]\\(')).toBe('(?:a)(?:b)(?:c)(?=d)[(]\\(');
    expect(new RegExp(withoutCaptures('(a)(b)')).exec('ab')).toHaveLength(1);
  });
});
