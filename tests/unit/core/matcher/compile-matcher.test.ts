import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherEntry } from '../../../../core/matcher/compile-matcher';

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

  it('reads through no-break spaces, and through soft hyphens and zero-width spaces inside names', () => {
    expect(found('Laut Eric\u00A0Ballbach ist das neu.')).toEqual([['eric-ballbach', 'Eric\u00A0Ballbach']]);
    const soft = 'Laut Eric Ball\u00ADbach ist das neu.';
    expect(found(soft)).toEqual([['eric-ballbach', 'Eric Ball\u00ADbach']]);
    const scan = matcher.scanner('Kim\u200B Jong Un');
    expect(scan.next()?.entry.id).toBe('kim-jong-un');
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

  it('finds one of 10,000 aliases that share a long prefix', () => {
    const letters = (i: number) =>
      Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('');
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      text: `Quentinovich ${letters(i)}`,
      id: `p${i}`,
      kind: 'expert' as const,
    }));
    const big = compileMatcher(many);
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

  it('finds what one regex with every alternative would: leftmost first, a claim before a name at the same place', () => {
    const withClaims = compileMatcher(entries, [
      { id: 'long', source: 'Kim Jong Un in Moskau' },
      { id: 'inner', source: 'Jong Un in' },
      { id: 'late', source: 'Moskau und Pjöngjang' },
    ]);
    const one = new RegExp(
      'Kim Jong Un in Moskau|Jong Un in|Moskau und Pjöngjang|Kim Jong Un|Eric Ballbach',
      'giu',
    );
    const text = 'Kim Jong Un in Moskau und Pjöngjang; Jong Un in Wien; Eric Ballbach; Moskau und Pjöngjang.';
    expect(withClaims.findAll(text).map((m) => m.text)).toEqual(text.match(one));
  });

  it('runs a claim pattern only on texts holding one of its literals, and finds the claim there', () => {
    const withClaims = compileMatcher(entries, [
      { id: 'troops', source: '12\\.?000 (?:Soldaten|troops)', literals: ['soldaten', 'troops'] },
      { id: 'wrong-literals', source: '12\\.?000 Soldaten', literals: ['panzer'] },
    ]);
    // The second pattern matches the text, but its (here deliberately wrong) literals are absent,
    // so it never runs: what shows the prefilter is applied.
    expect(withClaims.findAll('Es sind 12.000 SOLDATEN.').map((m) => m.id)).toEqual(['troops']);
  });

  it('keeps a claim whole next to any letter, digit or mark, Latin or not, as one regex with exact bounds does', () => {
    const source = 'Kim Jong Un|Kim Jong|Sanktion(?:en)?';
    const withClaims = compileMatcher([], [{ id: 'c', source }]);
    const exact = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${source})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
    const texts = [
      // A Cyrillic letter after the longer alternative: the shorter one is the match.
      'Kim Jong Unж sagte',
      // Greek before, a superscript digit or a Cyrillic combining mark after: no match there.
      'αSanktionen und Sanktionen²; Sanktion\u0483 aber Sanktion.',
      // Hangul, Hebrew and an astral letter (𝐀) on either side; Latin letters too.
      '한Kim Jong Un 𝐀Sanktionen Sanktionen𝐀 ÄSanktion Sanktionß Kim Jongא Kim Jong',
    ];
    for (const text of texts)
      expect(withClaims.findAll(text).map((m) => [m.start, m.text])).toEqual(
        [...text.matchAll(exact)].map((m) => [m.index, m[0]]),
      );
    expect(withClaims.findAll(texts[0]!).map((m) => m.text)).toEqual(['Kim Jong']);
    expect(withClaims.findAll(texts[1]!).map((m) => m.text)).toEqual(['Sanktion']);
  });

  it('finds every one of 3,000 names of different first letters and lengths', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => ({
      text: `${String.fromCharCode(65 + (i % 26))}${i.toString(36)}son Example${i}`,
      id: `p${i}`,
      kind: 'expert' as const,
    }));
    const big = compileMatcher(many);
    for (const i of [0, 1_234, 2_999])
      expect(big.findAll(`Said ${many[i]!.text} today.`).map((m) => m.id)).toEqual([`p${i}`]);
  });

  it('finds nothing with an empty dataset', () => {
    expect(compileMatcher([]).findAll('Eric Ballbach')).toEqual([]);
  });
});

describe('a scan in steps', () => {
  const withClaims = compileMatcher(entries, [
    { id: 'visit', source: '(?<=Kim Jong Un[^.]{0,60})reiste nach Moskau' },
    { id: 'long', source: 'Beginn[^!]{0,1000}Ende' },
    { id: 'ahead', source: 'Truppen(?=[^.]{0,100}Kursk)' },
  ]);
  const filler = 'Das Wetter bleibt mild und der Markt ruhig. ';
  const text = [
    filler.repeat(40),
    'Kim Jong Un reiste nach Moskau. ',
    filler.repeat(70),
    `Beginn ${'x'.repeat(900)} Ende. `,
    filler.repeat(3),
    'Truppen stehen nahe Kursk; Eric Ballbach warnt. ',
    filler.repeat(90),
    'Eric Ballbach: Kim Jong Un reiste nach Moskau.',
  ].join('');

  /** Every match of a scan that reads `chars` characters at a time, with how many steps it took. */
  const inSteps = (chars: number) => {
    const scan = withClaims.scanner(text);
    const found: [number, string][] = [];
    let steps = 0;
    for (let m = scan.advance(chars); m !== undefined; m = scan.advance(chars)) {
      steps++;
      if (m) found.push([m.index, m.entry.id]);
    }
    return { found, steps };
  };

  it('finds what one read of the whole text finds, however small the steps', () => {
    const whole: [number, string][] = [];
    const scan = withClaims.scanner(text);
    for (let m = scan.next(); m; m = scan.next()) whole.push([m.index, m.entry.id]);
    expect(whole.map(([, id]) => id)).toEqual([
      'kim-jong-un',
      'visit',
      'long',
      'ahead',
      'eric-ballbach',
      'eric-ballbach',
      'kim-jong-un',
      'visit',
    ]);
    for (const chars of [1, 97, 1_000, 4_096]) expect(inSteps(chars).found, `${chars}`).toEqual(whole);
  });

  it('stops after about the characters asked for when nothing matches, and says so', () => {
    const { steps } = inSteps(1_000);
    expect(steps).toBeGreaterThanOrEqual(Math.floor(text.length / 1_000));
    const scan = withClaims.scanner(filler.repeat(100));
    expect(scan.advance(500)).toBeNull();
    expect(scan.position()).toBe(500);
  });
});
