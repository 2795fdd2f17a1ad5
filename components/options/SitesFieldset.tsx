import { isDefaultSite } from '../../core/sites/site-host';
import type { Settings } from '../../core/settings/settings';
import { hostFromInput } from '../../core/settings/site-input';
import type { OptionsSay } from './options-strings';

export interface SitesActions {
  onSiteEnabled(host: string, enabled: boolean): void;
  /** Called from inside the reader's click: the browser grants a permission only in a gesture. */
  onAddSite(host: string): void;
  onAllowSite(host: string): void;
  onRemoveSite(host: string): void;
}

interface SitesFieldsetProps extends SitesActions {
  say: OptionsSay;
  settings: Settings;
  defaultSites: readonly string[];
  permittedSites: ReadonlySet<string>;
  onMessage(message: string | undefined): void;
}

/** The default news sites (fixed, each with its switch) and the sites the reader added. */
export function SitesFieldset(props: SitesFieldsetProps) {
  const { say, settings } = props;
  const disabled = new Set(settings.disabledSites);
  const toggle = (host: string) => (
    <label>
      <input
        type="checkbox"
        checked={!disabled.has(host)}
        onChange={(e) => props.onSiteEnabled(host, e.currentTarget.checked)}
      />{' '}
      {say('siteOn', { host })}
    </label>
  );
  const add = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('site') as HTMLInputElement;
    const host = hostFromInput(input.value);
    if (!host) return props.onMessage(say('addInvalid', { input: input.value }));
    if (isDefaultSite(host, props.defaultSites)) return props.onMessage(say('addDefault', { host }));
    props.onMessage(undefined);
    props.onAddSite(host);
    input.value = '';
  };
  return (
    <fieldset>
      <legend>{say('sitesLegend')}</legend>
      <p>{say('sitesIntro')}</p>
      <h2 id="added-sites">{say('addedSites')}</h2>
      {settings.addedSites.length === 0 ? (
        <p class="hint">{say('noAddedSites')}</p>
      ) : (
        <ul class="sites" aria-labelledby="added-sites">
          {settings.addedSites.map((host) => (
            <li key={host}>
              {props.permittedSites.has(host) ? (
                toggle(host)
              ) : (
                <>
                  <span>{say('siteNotAllowed', { host })}</span>{' '}
                  <button type="button" onClick={() => props.onAllowSite(host)}>
                    {say('allow')}
                  </button>
                </>
              )}{' '}
              <button type="button" onClick={() => props.onRemoveSite(host)}>
                {say('remove', { host })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label>
          {say('addLabel')} <input type="text" name="site" autocomplete="off" spellcheck={false} />
        </label>{' '}
        <button type="submit">{say('add')}</button>
      </form>
      <h2 id="default-sites">{say('defaultSites')}</h2>
      <ul class="sites default" aria-labelledby="default-sites">
        {props.defaultSites.map((host) => (
          <li key={host}>{toggle(host)}</li>
        ))}
      </ul>
    </fieldset>
  );
}
