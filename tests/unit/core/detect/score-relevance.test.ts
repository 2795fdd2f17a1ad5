import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../../core/dataset/bundled-dataset';
import { detectionModel } from '../../../../core/detect/detection-model';
import { FEATURE_NAMES } from '../../../../core/detect/relevance-features';
import { MAX_DETECTION_CHARS, scoreRelevance } from '../../../../core/detect/score-relevance';

const lexicon = bundledDataset.lexicon;

const onTopic = [
  'Nordkorea liefert Munition an Russland.',
  'Kim Jong Un und Putin unterzeichnen in Pjöngjang einen Vertrag über gegenseitigen Beistand.',
  'Das Wetter war mild.',
  'Der Kreml bestätigte später, dass nordkoreanische Soldaten in Kursk kämpfen.',
  'Moskau dankte Pjöngjang für die Unterstützung.',
].join(' ');

describe('scoreRelevance', () => {
  it('explains an on-topic verdict with pairings, the lead, relation terms, counts and example sentences', () => {
    const d = scoreRelevance(onTopic, lexicon);
    expect(d.onTopic).toBe(true);
    expect(d.score).toBeGreaterThanOrEqual(detectionModel.threshold);
    expect(d.lang).toBe('de');
    expect(d.evidence[0]).toBe('Russia and North Korea named together in 4 sentences');
    expect(d.evidence).toContain('both named in the headline or lead');
    const relation = d.evidence.find((e) => e.startsWith('relation terms: '));
    expect(relation).toMatch(/munition ×1/);
    expect(relation).toMatch(/soldaten ×1/);
    expect(relation).toMatch(/vertrag ×1/);
    expect(d.evidence).toContain('North Korea in 4, Russia in 4 of 5 sentences');
    expect(d.evidence).toContain('“Nordkorea liefert Munition an Russland.”');
    expect(d.evidence.filter((e) => e.startsWith('“'))).toHaveLength(3);
  });

  it('mentions dataset hits only when there are some, and counts them for the verdict', () => {
    const withHits = scoreRelevance(onTopic, lexicon, { claims: 2, people: 1 });
    expect(withHits.evidence).toContain('known claims: 2, known experts and officials: 1');
    expect(withHits.score).toBeGreaterThan(scoreRelevance(onTopic, lexicon).score);
    expect(scoreRelevance(onTopic, lexicon).evidence.some((e) => e.startsWith('known claims'))).toBe(false);
  });

  it('says which features weighed most for the verdict', () => {
    expect(scoreRelevance(onTopic, lexicon).evidence).toContainEqual(
      expect.stringMatching(/^weighed most for: .*both named in one sentence/),
    );
    const oil = scoreRelevance(
      'Russia and North Korea deepened their military alliance, traders noted. Oil prices fell on Monday. ' +
        'Demand in Europe was weak. Refiners cut output. Airlines bought fuel.',
      lexicon,
    );
    expect(oil.evidence).toContainEqual(
      expect.stringMatching(/^weighed most against: .*little of the text about North Korea/),
    );
    const war = scoreRelevance(
      'Russia attacked Kharkiv. The Kremlin denied it. Moscow said troops advanced.',
      lexicon,
    );
    expect(war.onTopic).toBe(false);
    expect(war.evidence).toContainEqual(expect.stringMatching(/^weighed most against: /));
  });

  it("counts one side's people in a place of the other (soldiers in Kursk) and shows the sentence", () => {
    const kursk = [
      'Nordkoreanische Soldaten kämpfen in der Region Kursk.',
      'Nach Angaben aus Kiew wurden dort zwei von ihnen gefangen genommen.',
      'Die Soldaten aus Nordkorea sollen kaum Kampferfahrung haben.',
    ].join(' ');
    const d = scoreRelevance(kursk, lexicon);
    expect(d.evidence).toContain(
      "one side's people in the other's country in 1 sentence: “Nordkoreanische Soldaten kämpfen in der Region Kursk.”",
    );
    const elsewhere = scoreRelevance(kursk.replace('in der Region Kursk', 'an der Grenze'), lexicon);
    expect(d.score).toBeGreaterThan(elsewhere.score);
  });

  // The shape the held-out set missed: a two-sentence report that never names Russia as a state.
  it('flags a short report about North Korean units in the Kursk region that never names Russia', () => {
    const d = scoreRelevance(
      'Kiew: Nordkoreaner an der Front\nIn der Region Kursk kämpfen nach ukrainischen Angaben inzwischen Einheiten aus Nordkorea. Der Generalstab in Kiew sprach von hohen Verlusten.',
      lexicon,
    );
    expect(d.onTopic).toBe(true);
    expect(d.evidence).toContainEqual(
      expect.stringMatching(/^weighed most for: .*one side's people in the other's country/),
    );
  });

  it('weighs a pairing inside a list of states (Russia, China, Iran and North Korea) less', () => {
    const lead = 'Russland und Nordkorea bauen ihre Zusammenarbeit aus.';
    const list = 'Russland, China, Iran und Nordkorea bauen ihre Zusammenarbeit aus.';
    const rest = ' Das Treffen fand am Montag statt. Beobachter erwarten weitere Gespräche.';
    const listed = scoreRelevance(list + rest, lexicon);
    expect(listed.evidence).toContain('1 pairing in a list with other states (China, Iran, …)');
    expect(listed.score).toBeLessThan(scoreRelevance(lead + rest, lexicon).score);
  });

  it('uses a model fitted on the features this build computes', () => {
    expect(detectionModel.features).toEqual([...FEATURE_NAMES]);
    for (const list of [detectionModel.mean, detectionModel.scale, detectionModel.weights]) {
      expect(list).toHaveLength(FEATURE_NAMES.length);
    }
    expect(detectionModel.threshold).toBeGreaterThan(0);
    expect(detectionModel.threshold).toBeLessThan(1);
  });

  it('keeps one passing mention off topic, even in the lead and with relation terms', () => {
    const d = scoreRelevance(
      'Russia and North Korea deepened their military alliance, traders noted. Oil prices fell on Monday. ' +
        'Demand in Europe was weak. Refiners cut output. Airlines bought fuel.',
      lexicon,
    );
    expect(d.onTopic).toBe(false);
    expect(d.evidence[0]).toBe('Russia and North Korea named together in 1 sentence');
  });

  it('keeps one-sided stories off topic however often they name their side', () => {
    const missiles =
      'North Korea fired a missile. Pyongyang said it was a test. Kim Jong Un watched. North Korea warned.';
    const war =
      'Russia attacked Kharkiv. The Kremlin denied it. Moscow said troops advanced. Russia will go on.';
    for (const text of [missiles, war]) expect(scoreRelevance(text, lexicon).onTopic).toBe(false);
  });

  // The hand-tuned detector called the late version off topic by rule. The fitted model flags it:
  // three of nine sentences report troops, shells and a sanctions veto, which real articles labelled
  // on topic also do in a background paragraph. What holds is that the lead counts for more.
  it('says when pairings only start late in the text, and scores a paired lead higher', () => {
    const missileNews = [
      'North Korea fired two ballistic missiles into the sea on Monday.',
      'Seoul said they flew about 300 kilometres.',
      'Japan said there was no damage.',
      'The launch followed joint drills by South Korea and the United States.',
      'Pyongyang calls such drills a rehearsal for invasion.',
      'North Korea has tested dozens of missiles this year.',
    ];
    const background = [
      'The launch comes as North Korea deepens military cooperation with Russia.',
      'Washington says Pyongyang has sent troops and artillery shells to Moscow.',
      'Russia has blocked new sanctions against North Korea.',
    ];
    const late = scoreRelevance([...missileNews, ...background].join(' '), lexicon);
    expect(late.evidence).toContain('named together only late in the text, as background');
    const early = scoreRelevance([...background, ...missileNews].join(' '), lexicon);
    expect(early.onTopic).toBe(true);
    expect(early.evidence).not.toContain('named together only late in the text, as background');
    expect(early.score).toBeGreaterThan(late.score);
  });

  it('counts neighbouring sentences as a weaker pairing and says so', () => {
    const d = scoreRelevance(
      'Nordkorea schickt Soldaten. Russland setzt sie in Kursk ein. Pjöngjang schweigt dazu. Moskau auch.',
      lexicon,
    );
    expect(d.evidence[0]).toMatch(
      /^Russia and North Korea named together in 0 sentences \(and in neighbouring sentences\)$/,
    );
  });

  it('reads at most MAX_DETECTION_CHARS', () => {
    const filler = 'Das Wetter bleibt mild. '.repeat(Math.ceil(MAX_DETECTION_CHARS / 24));
    expect(scoreRelevance(filler + onTopic, lexicon).onTopic).toBe(false);
  });
});
