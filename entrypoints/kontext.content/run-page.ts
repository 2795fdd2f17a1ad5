import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import findingData from 'virtual:kontext-finding-data';
import { analyzeText, compileDatasetMatcher } from '@/core/analyze-text';
import { claimsMatchableAt } from '@/core/claims/claim-date-gate';
import { pickLanguage } from '@/core/i18n';
import { siteHost } from '@/core/sites/site-host';
import { readArticleDate } from '@/core/extract/article-date';
import { extractMainText } from '@/core/extract/extract-main-text';
import { compileLexicon } from '@/core/detect/score-relevance';
import { isInPageChrome } from '@/core/extract/page-chrome';
import { createMentionGate } from '@/core/matcher/mention-gate';
import { parseContentRequest } from '@/core/messages/runtime-messages';
import type { PageStatus } from '@/core/messages/page-status';
import type { EntityKind } from '@/core/matcher/entity-kind';
import type { Settings } from '@/core/settings/settings';
import { pickSettingsArea, readSettings, SETTINGS_KEY } from '@/core/settings/settings-store';
import { createMarkCaps } from '@/core/matcher/mark-caps';
import { findEntities, withinCaps, type EntityMarker } from './find-entities';
import { markFound, unmarkAll, type MarkResult } from './mark-entities';
import { MARK_TAG } from './mark-registry';
import { highlightPage } from './highlight-page';
import { startPassageNotes, type PassageNotes } from './passage-notes';
import { createPopoverUi, type PopoverUi } from './popover-ui';
import { createCardContents } from './card-contents';
import { observeNewContent } from './observe-new-content';
import { clearPageSettings, showPageSettings, watchSettings } from './page-settings';
import { createRemarkGuard } from './remark-guard';
import { uiHostSelector } from './ui-host';
import { watchLocation } from './watch-location';

/** What the extension itself puts into a page: never a reason to look again. */
const OWN_ELEMENTS = [MARK_TAG, uiHostSelector()].join(',');

/** Work per slice before the page gets a turn; well under the 50 ms that counts as a long task. */
const SLICE_MS = 8;

/**
 * The page's whole life with the extension: read the main text, decide whether it is on topic,
 * and only then touch the DOM (highlights, one popover); undo everything when switched off.
 */
export async function runPage(ctx: ContentScriptContext): Promise<void> {
  const matcher = compileDatasetMatcher(findingData);
  compileLexicon(findingData.lexicon);
  const names = new Map(findingData.people.map((p) => [p.id, p.name]));
  const cards = createCardContents(findingData.lexicon);
  let popover: PopoverUi | undefined;
  let stopObserving: (() => void) | undefined;
  let passageNotes: PassageNotes | undefined;
  let groups: MarkResult['groups'] = [];
  let focusCursor = -1;
  let enabled = true;
  const settingsStorage = await pickSettingsArea(browser.storage);
  let settings = await readSettings(settingsStorage.area);
  /** Where the highlights are, once the page was found on topic; undefined before and when off. */
  let scope: { root: Element; skipChrome: boolean; articleLang: PageStatus['lang'] } | undefined;
  let status: PageStatus | undefined;
  /** Claims made by the article's date (all of them until the page is read); later ones are not marked. */
  let matchableClaims = new Set(findingData.claims.map((c) => c.id));

  const popoverLang = () =>
    settings.popoverLanguage === 'article'
      ? pickLanguage(scope?.articleLang ?? null, navigator.language)
      : settings.popoverLanguage;

  /** Finds and marks the entities the reader wants shown, and keeps marking content added later. */
  const markPage = async (root: Element, skipChrome: boolean) => {
    // The gate remembers which full names appeared, and the caps how many highlights were made,
    // so each pass over the page starts fresh ones; content added later counts against the same.
    const gate = createMentionGate(matcher);
    const shown: EntityMarker = {
      scanner: (text, from) => gate.scanner(text, from),
      accept: (match) => {
        const found = gate.accept(match);
        if (found?.kind === 'claim' && !matchableClaims.has(found.id)) return undefined;
        return found && showsKind(settings, found.kind) ? found : undefined;
      },
    };
    const marker = withinCaps(shown, createMarkCaps());
    const { found, groups: marked } = await highlightPage(root, marker, { budgetMs: SLICE_MS, skipChrome });
    groups = marked;
    // A page that keeps taking our highlights out of a block gets that block left to itself.
    const guard = createRemarkGuard({ withinMs: 1_000, rounds: 3 });
    for (const f of found) guard.marked(f.block);
    stopObserving = observeNewContent(ctx, root, {
      ignore: (node) => node instanceof Element && node.matches(OWN_ELEMENTS),
      onAdded: (blocks) => {
        const fresh = blocks
          .filter((b) => !isInPageChrome(b, root))
          .flatMap((b) => findEntities(b, marker, skipChrome))
          .filter((f) => guard.mayMark(f.block));
        groups.push(...markFound(fresh, groups.length).groups);
        for (const f of fresh) guard.marked(f.block);
        if (status) void report(status);
      },
    });
  };

  /** Style, language and hover delay: what can change without touching the marks. */
  const applyPresentation = () => {
    showPageSettings(document.documentElement, settings);
    popover?.setLang(popoverLang());
    passageNotes?.setLang(popoverLang());
    passageNotes?.setShowPassages(settings.highlight.passages);
    popover?.setHoverDelay(settings.style === 'off' ? null : settings.hoverDelayMs);
  };

  /** The reader changed a setting (on the options page, maybe in another window): apply it here. */
  const applySettings = async (next: Settings) => {
    const before = settings;
    settings = next;
    // The site's own switch (also set by an imported settings file): off at once, on again likewise.
    const host = siteHost(location.href);
    const siteOn = !host || !next.disabledSites.includes(host);
    if (!siteOn) return switchOff();
    if (!enabled) {
      enabled = true;
      return analyse();
    }
    if (!scope || !status) return;
    applyPresentation();
    const kinds: EntityKind[] = ['expert', 'claim'];
    if (kinds.some((k) => showsKind(next, k) && !showsKind(before, k))) {
      // A kind comes back: mark the page afresh, so the groups keep document order.
      stopObserving?.();
      unmarkAll(document.body);
      await markPage(scope.root, scope.skipChrome);
    } else {
      for (const kind of kinds.filter((k) => !showsKind(next, k) && showsKind(before, k))) {
        unmarkAll(document.body, `${MARK_TAG}[data-kontext-kind="${kind}"]`);
        groups = groups.filter((g) => g.kind !== kind);
      }
    }
    focusCursor = -1;
    await report(status);
  };
  // One change at a time: re-marking takes a while, and a quick second click must wait for it.
  let applying = Promise.resolve();
  watchSettings(ctx, settingsStorage.name, SETTINGS_KEY, (next) => {
    applying = applying.then(() => applySettings(next)).catch(() => undefined);
  });
  let analysedUrl = '';

  const analyse = async () => {
    analysedUrl = location.href;
    const main = extractMainText(document);
    const published = readArticleDate(document, location.href);
    const result = analyzeText(main.text, findingData, matcher, published);
    matchableClaims = claimsMatchableAt(findingData.claims, { published, text: main.text });
    const detection = result.detection;
    status = {
      url: location.href,
      onTopic: detection.onTopic,
      score: detection.score,
      lang: detection.lang,
      evidence: detection.evidence.slice(0, 12),
      experts: [],
      claims: [],
      highlights: 0,
    };
    if (detection.onTopic) {
      const root = main.root ?? document.body;
      // Chrome inside the article's container (a teaser column in <main>, a paywall offer in
      // <article>) is left out of the scored text, so it is left unmarked as well.
      scope = { root, skipChrome: true, articleLang: detection.lang };
      const lang = popoverLang();
      // The card is ready before the first highlights: those in view appear well before the rest.
      popover ??= await createPopoverUi(ctx, {
        cards,
        page: { url: location.href, title: document.title },
        lang,
        articleDate: published,
      });
      applyPresentation();
      await markPage(root, scope.skipChrome);
      passageNotes ??= await startPassageNotes(ctx, {
        root,
        lang,
        showPassages: settings.highlight.passages,
      });
      applyPresentation();
    }
    await report(status);
  };

  const report = async (status: PageStatus) => {
    // Also the prefetch of every marked entity's card content, in one message (only what is new).
    await cards.load([
      ...new Map(groups.map((g) => [`${g.kind}:${g.id}`, { kind: g.kind, id: g.id }])).values(),
    ]);
    status.highlights = groups.length;
    status.experts = countBy(groups, 'expert').map(([id, count]) => ({
      id,
      name: names.get(id) ?? id,
      count,
    }));
    status.claims = countBy(groups, 'claim').map(([id, count]) => ({
      id,
      label: cards.indexFor({ kind: 'claim', id })?.claim(id)?.statement[status.lang ?? 'en'] ?? id,
      count,
    }));
    await browser.runtime.sendMessage({ type: 'page:status', status }).catch(() => undefined);
  };

  const switchOff = async () => {
    enabled = false;
    stopObserving?.();
    stopObserving = undefined;
    popover?.destroy();
    popover = undefined;
    passageNotes?.stop();
    passageNotes = undefined;
    unmarkAll(document.body);
    clearPageSettings(document.documentElement);
    scope = undefined;
    groups = [];
    focusCursor = -1;
  };

  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseContentRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'site:changed':
        if (!request.enabled) return switchOff().then(() => ({ ok: true }));
        if (!enabled) {
          enabled = true;
          return analyse().then(() => ({ ok: true }));
        }
        return Promise.resolve({ ok: true });
      case 'highlight:next': {
        if (groups.length === 0) return Promise.resolve({ ok: false });
        focusCursor = (focusCursor + 1) % groups.length;
        focusGroup(groups[focusCursor]);
        return Promise.resolve({ ok: true });
      }
      case 'highlight:show': {
        const group = groups.find((g) => g.kind === request.kind && g.id === request.id);
        if (group) focusGroup(group);
        return Promise.resolve({ ok: !!group });
      }
    }
  });

  const focusGroup = (group: MarkResult['groups'][number] | undefined) => {
    const first = group?.elements[0];
    if (!first) return;
    first.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    first.focus({ preventScroll: true });
    popover?.openFor(first, true);
  };

  // A single-page site swapped the article: start over on the new one once it has rendered.
  watchLocation(ctx, () => {
    if (!enabled) return;
    ctx.setTimeout(() => {
      // Only an address other than the one analysed counts (a site may step back and forth).
      if (!enabled || location.href === analysedUrl) return;
      void switchOff().then(() => {
        enabled = true;
        return analyse();
      });
    }, 500);
  });

  await analyse();
}

function showsKind(settings: Settings, kind: EntityKind): boolean {
  return settings.highlight[kind === 'expert' ? 'experts' : 'claims'];
}

function countBy(groups: MarkResult['groups'], kind: 'expert' | 'claim'): [string, number][] {
  const counts = new Map<string, number>();
  for (const g of groups) if (g.kind === kind) counts.set(g.id, (counts.get(g.id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
