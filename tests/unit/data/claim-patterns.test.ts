import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../core/dataset/bundled-dataset';
import { compileDatasetMatcher } from '../../../core/analyze-text';

/**
 * The claim patterns as a reader meets them: the whole dataset compiled into one matcher (claims
 * first, then names, as in the page), run over sentences written for this test. Each case names
 * the claim it must find and the exact span that would be underlined; the near misses are
 * sentences an on-topic article could contain that must not be mistaken for the claim.
 */
const matcher = compileDatasetMatcher(bundledDataset);
const claimsIn = (text: string) =>
  matcher
    .findAll(text)
    .filter((m) => m.kind === 'claim')
    .map((m) => [m.id, m.text]);

const finds: [claimId: string, text: string, span: string][] = [
  [
    'nis-casualties-4700-2025',
    'Seoul now counts 4,700 North Korean casualties in Russia.',
    '4,700 North Korean casualties',
  ],
  [
    'nis-casualties-4700-2025',
    'Demnach gab es 4.700 Tote und Verletzte unter den Nordkoreanern.',
    '4.700 Tote und Verletzte',
  ],
  [
    'nis-casualties-4700-2025',
    'Lawmakers said 600 North Korean soldiers were killed.',
    '600 North Korean soldiers were killed',
  ],
  [
    'nis-casualties-4700-2025',
    'Es seien 600 nordkoreanische Soldaten gefallen.',
    '600 nordkoreanische Soldaten gefallen',
  ],
  // Claims that start with a person's name: the claim is found, not just the name.
  ['lavrov-visit-2023', "Lavrov's visit followed the summit.", "Lavrov's visit"],
  ['lavrov-visit-2023', 'Lawrows Besuch in Pjöngjang dauerte zwei Tage.', 'Lawrows Besuch'],
  ['lavrov-wonsan-2025', 'The minister ended his visit to Wonsan on Sunday.', 'visit to Wonsan'],
  ['lavrov-wonsan-2025', 'Guests at Wonsan-Kalma were mostly Russian.', 'Wonsan-Kalma'],
  ['lavrov-wonsan-2025', 'Die Gespräche fanden in Wonsan statt.', 'Gespräche fanden in Wonsan'],
  [
    'moscow-pyongyang-flight-2025',
    'The first direct flight from Moscow to Pyongyang landed on Monday.',
    'direct flight from Moscow to Pyongyang',
  ],
  [
    'moscow-pyongyang-flight-2025',
    'Der Direktflug von Moskau nach Pjöngjang dauert acht Stunden.',
    'Direktflug von Moskau nach Pjöngjang',
  ],
  ['kim-komsomolsk-2023', 'Kim then went on to Komsomolsk-on-Amur by train.', 'Komsomolsk-on-Amur'],
  ['kim-komsomolsk-2023', 'In Komsomolsk am Amur sah er eine Su-35 fliegen.', 'Komsomolsk am Amur'],
  ['malligyong-russian-help-2023', 'Pyongyang says Malligyong-1 is working.', 'Malligyong-1'],
  ['malligyong-russian-help-2023', 'Die Chollima-1-Rakete war zweimal gescheitert.', 'Chollima-1-Rakete'],
  [
    'oil-million-barrels-2024',
    'Tankers carried more than a million barrels of oil to the North.',
    'more than a million barrels of oil',
  ],
  ['oil-million-barrels-2024', 'The UN allows only 500,000 barrels a year.', '500,000 barrels a year'],
  ['oil-million-barrels-2024', 'Es geht um mehr als eine Million Barrel Öl.', 'mehr als eine Million Barrel'],
  [
    'workers-34000-to-11000',
    'Before the sanctions there were 34,000 North Korean workers in Russia.',
    '34,000 North Korean workers',
  ],
  ['car-kharkiv-missile-2024', 'Gefunden wurden 290 elektronische Bauteile.', '290 elektronische Bauteile'],
  [
    'half-of-russian-shells-2024',
    'North Korea now provides half of the artillery shells Russia fires.',
    'half of the artillery shells',
  ],
  [
    'half-of-russian-shells-2024',
    'Rund 3 Millionen Granaten pro Jahr kommen aus Nordkorea.',
    '3 Millionen Granaten pro Jahr',
  ],
  [
    'half-of-russian-shells-2024',
    'Nordkorea liefert die Hälfte der russischen Artilleriegranaten.',
    'Hälfte der russischen Artilleriegranaten',
  ],
  [
    'shoigu-kursk-builders-2025',
    'Kim will send 5,000 military construction workers to Kursk.',
    '5,000 military construction workers',
  ],
  ['shoigu-kursk-builders-2025', 'Dazu kommen 1.000 Minenräumer.', '1.000 Minenräumer'],
  [
    'shoigu-kursk-builders-2025',
    'Pjöngjang schickt 5.000 Militärbauarbeiter nach Kursk.',
    '5.000 Militärbauarbeiter',
  ],
  [
    'tumen-road-bridge-2025',
    'Work on the road bridge across the Tumen River began in April.',
    'road bridge across the Tumen River',
  ],
  [
    'tumen-road-bridge-2025',
    'Die Straßenbrücke über den Tumen soll 2026 fertig sein.',
    'Straßenbrücke über den Tumen',
  ],
  [
    'nk-confirms-troops-2025',
    'On Monday North Korea confirmed for the first time that it had sent troops to Russia.',
    'North Korea confirmed for the first time that it had sent troops',
  ],
  [
    'nk-confirms-troops-2025',
    'Pjöngjang bestätigte erstmals den Einsatz seiner Soldaten.',
    'Pjöngjang bestätigte erstmals den Einsatz seiner Soldaten',
  ],
  [
    'additional-troops-30000-2025',
    'Kyiv expects an additional 25,000 to 30,000 North Korean troops by November.',
    'additional 25,000 to 30,000 North Korean troops',
  ],
  [
    'additional-troops-30000-2025',
    'Pjöngjang könnte bis zu 30.000 weitere Soldaten schicken.',
    'bis zu 30.000 weitere Soldaten',
  ],
  // The container and shell estimates between the first US count and the MSMT report.
  ['nis-1m-shells-2023', 'Seoul says more than a million shells went north.', 'more than a million shells'],
  ['shin-6700-containers-2024', 'Der Minister sprach von etwa 6.700 Containern.', 'etwa 6.700 Containern'],
  [
    'shin-10000-containers-2024',
    'They could hold up to 4.8 million shells, he said.',
    'up to 4.8 million shells',
  ],
  ['dia-13000-containers-2024', 'Gezählt wurden 13.000 Container seit 2022.', '13.000 Container'],
  ['skibitsky-1-5m-shells-half-faulty', 'Russland erhielt 1,5 Millionen Granaten.', '1,5 Millionen Granaten'],
  // Troop and casualty figures, each its own estimate.
  [
    'kirby-3000-troops-2024',
    'At least 3,000 North Korean soldiers are training there.',
    'At least 3,000 North Korean soldiers',
  ],
  ['nis-15000-troops-2025', 'Insgesamt seien etwa 15.000 Soldaten entsandt worden.', 'etwa 15.000 Soldaten'],
  [
    'zelensky-3000-casualties-2024',
    'Er sprach von mehr als 3.000 Toten und Verletzten.',
    'mehr als 3.000 Toten und Verletzten',
  ],
  [
    'nis-2000-killed-2025',
    'About 2,000 North Korean soldiers have been killed, Seoul says.',
    'About 2,000 North Korean soldiers have been killed',
  ],
  // Visits and events with their actors.
  ['belousov-pyongyang-2024', 'Beloussows Besuch dauerte zwei Tage.', 'Beloussows Besuch'],
  ['medvedev-pyongyang-2025', "Medvedev's visit marked the anniversary.", "Medvedev's visit"],
  ['msmt-pantsir-2025', 'Russland lieferte ein Panzir-System.', 'Panzir-System'],
  ['najin-dunay-shipping-2023', 'The ships sail from Rajin to Dunay.', 'from Rajin to Dunay'],
  ['nk-workers-student-visas-2025', 'Many came with student visas.', 'with student visas'],
  ['kim-sacred-fight-2023', 'Kim spoke of a sacred fight against the West.', 'sacred fight'],
  ['kim-sacred-fight-2023', 'Kim sprach von einem heiligen Kampf.', 'heiligen Kampf'],
  [
    'putin-thanks-kpa-kursk-2025',
    'They defended our homeland as their own, the statement said.',
    'homeland as their own',
  ],
  [
    'germany-summons-nk-envoy-2024',
    'Berlin bestellte den nordkoreanischen Geschäftsträger ein.',
    'bestellte den nordkoreanischen Geschäftsträger ein',
  ],
  [
    'nk-officers-killed-donetsk-2024',
    'Six North Korean officers were among the dead.',
    'Six North Korean officers',
  ],
  [
    'nk-missiles-fired-count-2024',
    'Prosecutors counted at least 24 North Korean ballistic missiles.',
    'at least 24 North Korean ballistic missiles',
  ],
  ['second-deployment-3000-2025', 'Weitere 3.000 Soldaten trafen im März ein.', 'Weitere 3.000 Soldaten'],
  ['fnf-unequal-partnership-2025', 'Russia gave at most $1.2 billion in return.', 'at most $1.2 billion'],
  ['wonsan-kalma-opening-2025', 'Das Resort bietet Platz für fast 20.000 Gäste.', 'fast 20.000 Gäste'],
  [
    'moscow-pyongyang-train-2025',
    'Der Zug zwischen Moskau und Pjöngjang fährt acht Tage.',
    'Zug zwischen Moskau und Pjöngjang',
  ],
  ['engineers-kursk-2025', 'The 528th Regiment of Engineers came home.', '528th Regiment of Engineers'],
  // Phrasings of the 2023–2025 events as the German and English press word them.
  [
    'belousov-pyongyang-2024',
    'Defence minister Belousov has arrived in the DPRK for talks.',
    'Belousov has arrived in the DPRK',
  ],
  [
    'belousov-pyongyang-2024',
    'Am Freitag ist Beloussow in Pjöngjang eingetroffen.',
    'Beloussow in Pjöngjang eingetroffen',
  ],
  ['putin-first-visit-in-24-years', 'The trip to Pyongyang is his first in 24 years.', 'first in 24 years'],
  [
    'putin-first-visit-in-24-years',
    'Putin reist zum ersten Mal seit 24 Jahren nach Nordkorea.',
    'zum ersten Mal seit 24 Jahren',
  ],
  [
    'nk-confirms-troops-2025',
    'North Korea confirmed its units fought in the Kursk region.',
    'North Korea confirmed its units',
  ],
  [
    'nk-confirms-troops-2025',
    'Pjöngjang bestätigte Ende April die Entsendung von Soldaten.',
    'Pjöngjang bestätigte Ende April die Entsendung von Soldaten',
  ],
  [
    'nk-workers-student-visas-2025',
    'Viele kommen mit einem „Studentenvisum“ nach Russland.',
    'mit einem „Studentenvisum',
  ],
  [
    'moscow-pyongyang-train-2025',
    'Der Zugverkehr Moskau–Pjöngjang läuft wieder.',
    'Zugverkehr Moskau–Pjöngjang',
  ],
  [
    'kim-putin-beijing-2025',
    'Putin met North Korean leader Kim Jong Un on Wednesday in Beijing.',
    'Putin met North Korean leader Kim Jong Un on Wednesday in Beijing',
  ],
  [
    'kim-putin-beijing-2025',
    'Putin traf am Mittwoch Kim Jong Un in Peking.',
    'Putin traf am Mittwoch Kim Jong Un in Peking',
  ],
  [
    'nk-soldiers-captured-2025',
    'Kyjiw meldet die Gefangennahme zweier nordkoreanischer Soldaten.',
    'Gefangennahme zweier nordkoreanischer Soldaten',
  ],
  [
    'nk-soldiers-captured-2025',
    'Der SBU befragt die zwei in Kursk gefangenen Nordkoreaner.',
    'zwei in Kursk gefangenen Nordkoreaner',
  ],
  [
    'nis-1m-shells-2023',
    'Seoul says North Korea has shipped one million artillery shells.',
    'one million artillery shells',
  ],
  [
    'nis-1m-shells-2023',
    'Nordkorea soll eine Million Artilleriegeschoße geliefert haben.',
    'eine Million Artilleriegeschoße',
  ],
  [
    'tumen-road-bridge-2025',
    'Work on the road bridge across the Tumannaya River goes on.',
    'road bridge across the Tumannaya River',
  ],
  [
    'kirby-1000-containers',
    'Washington counted more than one-thousand containers in a few weeks.',
    'more than one-thousand containers',
  ],
  [
    'summit-2019-vladivostok',
    'Kim first met with Putin in Vladivostok in April 2019.',
    'met with Putin in Vladivostok',
  ],
  [
    'summit-2019-vladivostok',
    'Putin und Kim hatten sich 2019 in Wladiwostok erstmals getroffen.',
    'in Wladiwostok erstmals getroffen',
  ],
  [
    'najin-dunay-shipping-2023',
    "Satellite images show a ship loading containers at North Korea's Rajin port.",
    "containers at North Korea's Rajin",
  ],
  [
    'najin-dunay-shipping-2023',
    'Ships sailed from the port of Rason in the north-east to a port near Vladivostok.',
    'from the port of Rason in the north-east to a port',
  ],
  [
    'us-shells-purchase-2022',
    'Officials said Moscow is buying millions of rockets and artillery shells from North Korea.',
    'buying millions of rockets and artillery shells from North Korea',
  ],
  [
    'us-shells-purchase-2022',
    'The White House says Pyongyang is covertly supplying artillery shells.',
    'covertly supplying artillery shells',
  ],
  [
    'us-shells-purchase-2022',
    'Moskau wolle Millionen Raketen und Granaten in Nordkorea kaufen.',
    'Millionen Raketen und Granaten in Nordkorea kaufen',
  ],
  [
    'us-shells-purchase-2022',
    'Washington spricht von heimlichen Lieferungen von Artilleriegranaten.',
    'heimlichen Lieferungen von Artilleriegranaten',
  ],
  // The claim pattern takes the full name too, so the name alone does not win the match.
  [
    'belousov-pyongyang-2024',
    'Andrei Belousov arrived in North Korea on Friday.',
    'Andrei Belousov arrived in North Korea',
  ],
];

const nearMisses = [
  'OPEC+ agreed to raise output by a million barrels per day.',
  'Die Förderung steigt um eine Million Barrel pro Tag.',
  'The bridge over the Rhine carries 34,000 cars and 600 trucks a day.',
  'In the city 600 people died in the flood and 4,700 homes were damaged.',
  'Kim visited the new hospital; half of the beds are empty.',
  'The stadium holds up to 30,000 fans and another 25,000 stand outside.',
  'Der Konzern beschäftigt 5.000 Bauarbeiter und 1.000 Ingenieure.',
  // The cap on refined oil comes from the same resolution as the workers' deadline.
  'Resolution 2397 caps refined petroleum deliveries to North Korea.',
  // The old rail bridge over the Tumen is not the new road bridge.
  'Trains still cross the Tumen River bridge built in 1959.',
  'Eine Studie von Conflict Armament Research zu iranischen Drohnen.',
  'The port handled 13 containers and 6 cranes last week.',
  'Die Firma zahlt 2.000 Euro im Monat.',
  'The marathon drew 15,000 runners and 3,000 volunteers.',
  'The city budget has 1.2 billion dollars for schools.',
  'Six officers of the local police were honoured.',
  // A million shells with no North Korean sender is another story (the EU's pledge to Ukraine).
  'The EU promised Ukraine one million artillery shells by March.',
  'Die EU wollte der Ukraine eine Million Artilleriegeschosse liefern.',
  'Putin met business leaders in Vladivostok at the economic forum.',
  'The EU is buying millions of artillery shells for Ukraine from its own industry.',
];

describe('claim patterns in running text', () => {
  it.each(finds)('finds %s in: %s', (id, text, span) => {
    expect(claimsIn(text)).toContainEqual([id, span]);
  });

  it('names only claims that exist in the dataset', () => {
    const tested = new Set(finds.map(([id]) => id));
    for (const id of tested)
      expect(
        bundledDataset.claims.some((c) => c.id === id),
        id,
      ).toBe(true);
  });

  it.each(nearMisses)('finds no claim in a near miss: %s', (text) => {
    expect(claimsIn(text)).toEqual([]);
  });
});
