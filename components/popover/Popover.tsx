import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { DatasetIndex } from '../../core/dataset/index-dataset';
import { t, type UiLang } from '../../core/i18n';
import type { EntityKind } from '../../core/matcher/entity-kind';
import { ClaimCard } from './ClaimCard';
import { ExpertCard } from './ExpertCard';

export interface PopoverProps {
  entity: { kind: EntityKind; id: string };
  /** Undefined while the card's content is still on its way from the background. */
  index: DatasetIndex | undefined;
  /** The background did not answer with the card's content (see card-contents.ts). */
  loadFailed?: boolean;
  lang: UiLang;
  /** The article's publication date, when the page gives one: the cards then say what was true then. */
  articleDate?: string;
  /**
   * The reader's notes on the entity, shown under the card. In the extension this is a frame of the
   * extension's own origin (entrypoints/kontext.content/notes-frame-slot.tsx), so that the page
   * around the card never sees what the reader types.
   */
  notes?: ComponentChildren;
  onClose: () => void;
}

/** The popover's body: the card for the highlighted expert or claim, then the reader's notes. */
export function Popover({ entity, index, loadFailed, lang, articleDate, notes, onClose }: PopoverProps) {
  const headingId = `kp-heading-${useId()}`;
  const person = entity.kind === 'expert' ? index?.person(entity.id) : undefined;
  const claim = entity.kind === 'claim' ? index?.claim(entity.id) : undefined;
  const found = person ?? claim;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };

  return (
    <div
      class="kontext-popover"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      lang={lang}
      onKeyDown={onKeyDown}
    >
      <button type="button" class="kp-close" aria-label={t(lang, 'popover.close')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      {!index && (
        <div class="kp-card" aria-busy={!loadFailed}>
          <h2 id={headingId} class="kp-title">
            {t(lang, loadFailed ? 'popover.loadFailed' : 'popover.loading')}
          </h2>
        </div>
      )}
      {index && person && (
        <ExpertCard
          person={person}
          index={index}
          lang={lang}
          headingId={headingId}
          articleDate={articleDate}
        />
      )}
      {index && claim && (
        <ClaimCard claim={claim} index={index} lang={lang} headingId={headingId} articleDate={articleDate} />
      )}
      {index && !found && (
        <div class="kp-card kp-unknown">
          <h2 id={headingId} class="kp-title">
            {t(lang, 'popover.unknownTitle')}
          </h2>
          <p class="kp-text">{t(lang, 'popover.unknownEntity')}</p>
        </div>
      )}
      {found && notes}
    </div>
  );
}
