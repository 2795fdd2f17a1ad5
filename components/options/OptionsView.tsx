import { useState } from 'preact/hooks';
import type { UiLang } from '../../core/i18n';
import {
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  HIGHLIGHT_STYLES,
  POPOVER_LANGUAGES,
  type Settings,
} from '../../core/settings/settings';
import { optionsText, type OptionsKey, type OptionsSay } from './options-strings';
import { SitesFieldset, type SitesActions } from './SitesFieldset';

export interface OptionsViewProps extends SitesActions {
  lang: UiLang;
  settings: Settings;
  defaultSites: readonly string[];
  /** Reader-added hosts the browser currently grants Kontext access to. */
  permittedSites: ReadonlySet<string>;
  /** The last thing that happened (saved, imported, refused), announced politely. */
  message?: string;
  onChange(settings: Settings): void;
  onExport(): void;
  onImport(text: string): void;
}

const STYLE_LABEL: Record<Settings['style'], OptionsKey> = {
  underline: 'styleUnderline',
  background: 'styleBackground',
  off: 'styleOff',
};
const LANGUAGE_LABEL: Record<Settings['popoverLanguage'], OptionsKey> = {
  article: 'languageArticle',
  de: 'languageDe',
  en: 'languageEn',
};

/** Every setting as a form control; each change is handed up at once, there is no Save button. */
export function OptionsView(props: OptionsViewProps) {
  const { lang, settings, onChange } = props;
  const say: OptionsSay = (key, params) => optionsText(lang, key, params);
  const [localMessage, setLocalMessage] = useState<string | undefined>();
  const shown = (key: keyof Settings['highlight'], label: OptionsKey) => (
    <label>
      <input
        type="checkbox"
        name={`highlight-${key}`}
        checked={settings.highlight[key]}
        onChange={(e) =>
          onChange({ ...settings, highlight: { ...settings.highlight, [key]: e.currentTarget.checked } })
        }
      />{' '}
      {say(label)}
    </label>
  );
  return (
    <main class="kontext-options" lang={lang}>
      <h1>{say('title')}</h1>
      <p>{say('intro')}</p>
      <fieldset>
        <legend>{say('whatLegend')}</legend>
        {shown('experts', 'whatExperts')}
        {shown('claims', 'whatClaims')}
        {shown('passages', 'whatPassages')}
      </fieldset>
      <fieldset>
        <legend>{say('styleLegend')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="style"
              value={style}
              checked={settings.style === style}
              onChange={() => onChange({ ...settings, style })}
            />{' '}
            {say(STYLE_LABEL[style])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{say('languageLegend')}</legend>
        {POPOVER_LANGUAGES.map((language) => (
          <label key={language}>
            <input
              type="radio"
              name="popover-language"
              value={language}
              checked={settings.popoverLanguage === language}
              onChange={() => onChange({ ...settings, popoverLanguage: language })}
            />{' '}
            {say(LANGUAGE_LABEL[language])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{say('hoverLegend')}</legend>
        <label>
          {say('hoverDelay')}{' '}
          <input
            type="number"
            name="hover-delay"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const ms = e.currentTarget.valueAsNumber;
              if (Number.isFinite(ms))
                onChange({
                  ...settings,
                  hoverDelayMs: Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, Math.round(ms))),
                });
            }}
          />
        </label>
      </fieldset>
      <SitesFieldset
        say={say}
        settings={settings}
        defaultSites={props.defaultSites}
        permittedSites={props.permittedSites}
        onSiteEnabled={props.onSiteEnabled}
        onAddSite={props.onAddSite}
        onAllowSite={props.onAllowSite}
        onRemoveSite={props.onRemoveSite}
        onMessage={setLocalMessage}
      />
      <fieldset>
        <legend>{say('transferLegend')}</legend>
        <p>
          <button type="button" onClick={() => props.onExport()}>
            {say('export')}
          </button>
        </p>
        <label>
          {say('import')}{' '}
          <input
            type="file"
            name="import"
            accept="application/json,.json"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              setLocalMessage(undefined);
              props.onImport(await file.text());
              // The same file can be chosen again after it was fixed.
              input.value = '';
            }}
          />
        </label>
      </fieldset>
      <p class="message" role="status" aria-live="polite">
        {localMessage ?? props.message ?? ''}
      </p>
    </main>
  );
}
