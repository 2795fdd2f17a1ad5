export { t, uiKeys, uiStrings, type UiKey, type UiLang } from './ui-strings';
export { pickLanguage } from './pick-language';
export { formatIsoDate, formatPeriod } from './format-date';
