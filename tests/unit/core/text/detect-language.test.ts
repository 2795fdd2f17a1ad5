import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../core/text/detect-language';

describe('detectLanguage', () => {
  it('tells German from English news text', () => {
    expect(
      detectLanguage(
        'Nordkorea hat nach Angaben der USA Munition an Russland geliefert, die an der Front eingesetzt wird.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'North Korea has sent munitions to Russia, which are used at the front, the officials said.',
      ),
    ).toBe('en');
  });

  it('says null when there is too little text or no clear majority', () => {
    expect(detectLanguage('Kim Jong Un, Wladiwostok')).toBeNull();
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('der Vertrag und die Partner; the treaty and the partners')).toBeNull();
  });
});
