import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../../core/dataset/bundled-dataset';
import {
  MAX_DETECTION_CHARS,
  ON_TOPIC_THRESHOLD,
  scoreRelevance,
} from '../../../../core/detect/score-relevance';

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
    expect(d.score).toBeGreaterThanOrEqual(ON_TOPIC_THRESHOLD);
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

  it('mentions dataset hits only when there are some', () => {
    expect(scoreRelevance(onTopic, lexicon, { datasetHits: 2 }).evidence).toContain(
      'known experts and claims: 2',
    );
    expect(scoreRelevance(onTopic, lexicon).evidence.some((e) => e.startsWith('known experts'))).toBe(false);
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

  it('treats pairings that only start late in the text as background, unless the lead pairs them', () => {
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
    expect(late.onTopic).toBe(false);
    expect(late.evidence).toContain('named together only late in the text, as background');
    const early = scoreRelevance([...background, ...missileNews].join(' '), lexicon);
    expect(early.onTopic).toBe(true);
    expect(early.evidence).not.toContain('named together only late in the text, as background');
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
