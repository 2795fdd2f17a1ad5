import { describe, expect, it } from 'vitest';
import { compileDatasetMatcher } from '../../../core/analyze-text';
import { bundledDataset } from '../../../core/dataset/bundled-dataset';

/**
 * Patterns find the claim, not the topic: the patterns that used to fire on any mention of a place,
 * an institution or a phrase now need the claim's event or its actors in the same sentence. The
 * sentences are written for this test; each near miss is one a real article outside the claim
 * contains (another country's treaty, a port, a panel that was not vetoed, a region named in
 * passing).
 */
const matcher = compileDatasetMatcher(bundledDataset);
const claimIds = (text: string) =>
  matcher
    .findAll(text)
    .filter((m) => m.kind === 'claim')
    .map((m) => m.id);

const finds: [claimId: string, text: string][] = [
  ['nk-troops-in-kursk', 'Kyiv says North Korean troops are fighting in the Kursk region.'],
  ['nk-troops-in-kursk', 'Russland setzt in Kursk nordkoreanische Soldaten ein.'],
  ['nk-troops-in-kursk', 'Seoul says North Korean troops are fighting for Russia.'],
  [
    'treaty-mutual-assistance-2024',
    'Putin and Kim signed a comprehensive strategic partnership treaty in Pyongyang.',
  ],
  ['treaty-mutual-assistance-2024', 'The two countries signed a treaty with a mutual defence clause.'],
  [
    'treaty-mutual-assistance-2024',
    'Der Vertrag über eine umfassende strategische Partnerschaft trat in Kraft.',
  ],
  ['panel-of-experts-veto-2024', 'Russia vetoed the renewal of the UN panel of experts in March.'],
  ['panel-of-experts-veto-2024', 'Das Mandat des UN-Expertengremiums lief nach dem russischen Veto aus.'],
  ['summit-2023-vostochny', 'Kim and Putin met at the Vostochny Cosmodrome.'],
  ['summit-2023-vostochny', 'Das Treffen am Kosmodrom Wostotschny dauerte fünf Stunden.'],
  ['nk-recognises-donetsk-luhansk', 'Pyongyang recognised the independence of Donetsk and Luhansk.'],
  ['nk-recognises-donetsk-luhansk', 'Nordkorea erkannte die Volksrepubliken Donezk und Luhansk an.'],
  ['no-new-un-sanctions-since-2017', 'China and Russia vetoed new sanctions on North Korea in May 2022.'],
];

const nearMisses: string[] = [
  'Iran and Russia will sign a comprehensive strategic partnership treaty in Moscow.',
  'The agreement will not include a mutual defence clause.',
  'Ukraine holds two North Korean soldiers captured near the border.',
  'Tankers loaded oil at the port of Vostochny in April.',
  'The expert panel said the ship had switched off its transponder.',
  'Fighting continued in Donetsk and Luhansk on Tuesday.',
  'The US called for new sanctions on North Korea after the launch.',
];

describe('claim patterns that need the claim, not the topic', () => {
  it.each(finds)('finds %s in: %s', (id, text) => {
    expect(claimIds(text)).toContain(id);
  });

  it.each(nearMisses)('finds no claim in: %s', (text) => {
    expect(claimIds(text)).toEqual([]);
  });
});
