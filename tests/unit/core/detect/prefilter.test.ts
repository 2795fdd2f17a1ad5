import { describe, expect, it } from 'vitest';
import { mightBeOnTopic } from '../../../../core/detect/prefilter';

describe('mightBeOnTopic', () => {
  it('lets through texts that name both countries, in German and English', () => {
    expect(mightBeOnTopic('Kim Jong Un reist nach Moskau.')).toBe(true);
    expect(mightBeOnTopic('Nordkorea liefert Granaten an Russland.')).toBe(true);
    expect(mightBeOnTopic('Pjöngjang und der Kreml vertiefen ihre Beziehungen.')).toBe(true);
    expect(mightBeOnTopic('Pyongyang sends troops to help the Kremlin.')).toBe(true);
    expect(mightBeOnTopic('NORTH KOREA AND RUSSIA SIGN PACT')).toBe(true);
    expect(mightBeOnTopic('The DPRK and the Russian Federation signed a treaty.')).toBe(true);
  });

  it('turns away texts that name only one side, or neither', () => {
    expect(mightBeOnTopic('Nordkorea testet eine Interkontinentalrakete vom Typ Hwasong-18.')).toBe(false);
    expect(mightBeOnTopic('Russian forces advanced near Pokrovsk, the Kremlin said.')).toBe(false);
    expect(mightBeOnTopic('Der DAX schließt auf Rekordhoch.')).toBe(false);
  });
});
