/* Function words are the cheapest reliable signal between German and English news text. */
const DE =
  /(?<![\p{L}])(?:der|die|das|und|nicht|ist|mit|den|dem|auch|sich|nach|wie|für|auf|eine|einen|wurde|sind|bei|über)(?![\p{L}])/giu;
const EN =
  /(?<![\p{L}])(?:the|and|is|are|was|were|with|that|this|for|from|have|has|not|which|said|after|their|would)(?![\p{L}])/giu;

/** 'de' or 'en' when one clearly dominates the first few thousand characters, else null. */
export function detectLanguage(text: string): 'de' | 'en' | null {
  const sample = text.slice(0, 5000);
  const de = sample.match(DE)?.length ?? 0;
  const en = sample.match(EN)?.length ?? 0;
  if (de + en < 3) return null;
  if (de > en * 1.5) return 'de';
  if (en > de * 1.5) return 'en';
  return null;
}
