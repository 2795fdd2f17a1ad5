import type { PageStatus } from '../../core/messages/page-status';
import type { SiteInfo } from '../../core/messages/runtime-messages';
import { popupText, type PopupLanguage } from './popup-strings';

export interface PopupViewProps {
  lang: PopupLanguage;
  status: PageStatus | null;
  site: SiteInfo | undefined;
  error?: string;
  notesUrl: string;
  onToggleSite(enabled: boolean): void;
  onRunHere(): void;
  onShow(kind: 'expert' | 'claim', id: string): void;
  onOpenSettings(): void;
}

/** What Kontext made of the current tab, and the switches for this site. */
export function PopupView({
  lang,
  status,
  site,
  error,
  notesUrl,
  onToggleSite,
  onRunHere,
  onShow,
  onOpenSettings,
}: PopupViewProps) {
  const say = (key: Parameters<typeof popupText>[1], params?: Record<string, string>) =>
    popupText(lang, key, params);
  const runsHere = site && (site.inDefaultList || site.permitted);
  return (
    <main class="kontext-popup" lang={lang}>
      <h1>{say('title')}</h1>
      {error && <p role="alert">{say('error', { error })}</p>}
      {!site && <p>{say('noPage')}</p>}
      {site && !status && (
        <section aria-live="polite">
          <p>{say('notAnalysed')}</p>
          {!runsHere && <p class="hint">{say('notAnalysedHint')}</p>}
        </section>
      )}
      {status && (
        <section aria-live="polite">
          <p class={status.onTopic ? 'verdict on' : 'verdict off'}>
            {say(status.onTopic ? 'onTopic' : 'offTopic')}
          </p>
          <details open={status.onTopic}>
            <summary>
              {say('why')} ({say('score')} {status.score})
            </summary>
            <ul class="evidence">
              {status.evidence.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </details>
          {status.onTopic && (
            <>
              <h2>
                {say('experts')} ({status.experts.length})
              </h2>
              <EntityList
                items={status.experts.map((e) => ({ id: e.id, label: e.name, count: e.count }))}
                empty={say('none')}
                onShow={(id) => onShow('expert', id)}
                hint={say('showInPage')}
              />
              <h2>
                {say('claims')} ({status.claims.length})
              </h2>
              <EntityList
                items={status.claims}
                empty={say('none')}
                onShow={(id) => onShow('claim', id)}
                hint={say('showInPage')}
              />
            </>
          )}
        </section>
      )}
      {site && runsHere && (
        <label class="switch">
          <input
            type="checkbox"
            checked={site.enabled}
            onChange={(e) => onToggleSite(e.currentTarget.checked)}
          />
          {say('siteOn', { host: site.host })}
        </label>
      )}
      {site && !runsHere && (
        <p>
          <button type="button" onClick={onRunHere}>
            {say('runHere', { host: site.host })}
          </button>
          <br />
          <small>{say('runHereHint')}</small>
        </p>
      )}
      <p>
        <a href={notesUrl} target="_blank" rel="noopener noreferrer">
          {say('notes')}
        </a>
        {' · '}
        <a
          href="#settings"
          onClick={(e) => {
            e.preventDefault();
            onOpenSettings();
          }}
        >
          {say('settings')}
        </a>
      </p>
    </main>
  );
}

function EntityList(props: {
  items: { id: string; label: string; count: number }[];
  empty: string;
  hint: string;
  onShow(id: string): void;
}) {
  if (props.items.length === 0) return <p class="hint">{props.empty}</p>;
  return (
    <ul class="entities">
      {props.items.map((item) => (
        <li key={item.id}>
          <button type="button" title={props.hint} onClick={() => props.onShow(item.id)}>
            {item.label} <span class="count">×{item.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
