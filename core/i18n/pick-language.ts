import type { UiLang } from './ui-strings';

/**
 * The popover speaks the article's language; on a page whose language is unknown it follows the
 * browser's UI language ('de-AT', 'de' -> German), and everything else gets English.
 */
export function pickLanguage(articleLang: UiLang | null, uiLang: string): UiLang {
  if (articleLang) return articleLang;
  return /^de(?:-|_|$)/i.test(uiLang.trim()) ? 'de' : 'en';
}
