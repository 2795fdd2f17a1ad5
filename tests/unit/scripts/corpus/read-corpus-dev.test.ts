import { describe, expect, it } from 'vitest';
import { parseCorpusItem } from '../../../../scripts/corpus/read-corpus-dev';

const file = [
  'URL: https://example.org/2025/01/12/kursk',
  'PUBLISHER: Example News',
  'DATE: 2025-01',
  'TITLE: Zwei Gefangene aus Nordkorea',
  'LANG: de',
  'LABEL: positive',
  'PEOPLE: Jane Roe; John Doe',
  'CLAIMS: zwei Soldaten gefangen; ',
  '',
  'Erster Absatz.',
  '',
  'Zweiter Absatz.',
].join('\n');

describe('parseCorpusItem', () => {
  it('reads the header fields and gives the headline and body as the text the extension would read', () => {
    const item = parseCorpusItem('pos_de_900.txt', file);
    expect(item).toMatchObject({
      lang: 'de',
      label: 'positive',
      date: '2025-01',
      title: 'Zwei Gefangene aus Nordkorea',
      people: ['Jane Roe', 'John Doe'],
      claims: ['zwei Soldaten gefangen'],
    });
    expect(item.text).toBe('Zwei Gefangene aus Nordkorea\nErster Absatz.\n\nZweiter Absatz.');
  });

  it('treats an unknown date or title as absent and rejects a file without a valid label', () => {
    const undated = parseCorpusItem(
      'x.txt',
      file.replace('DATE: 2025-01', 'DATE: unknown').replace(/TITLE: .*/, 'TITLE: unknown'),
    );
    expect(undated.date).toBeUndefined();
    expect(undated.text.startsWith('Erster Absatz.')).toBe(true);
    expect(() => parseCorpusItem('x.txt', file.replace('LABEL: positive', 'LABEL: maybe'))).toThrow(/LABEL/);
  });
});
