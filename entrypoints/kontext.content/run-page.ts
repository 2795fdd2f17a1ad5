import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bundledDataset } from '@/core/dataset/bundled-dataset';
import { indexDataset } from '@/core/dataset/index-dataset';
import { analyzeText, compileDatasetMatcher } from '@/core/analyze-text';
import { pickLanguage } from '@/core/i18n';
import { extractMainText } from '@/core/extract/extract-main-text';
import { createMentionGate } from '@/core/matcher/mention-gate';
import { parseContentRequest } from '@/core/messages/runtime-messages';
import type { PageStatus } from '@/core/messages/page-status';
import {
  blocksWithMatches,
  findBlocksWithMatches,
  markBlocks,
  markBlocksInChunks,
  unmarkAll,
  MARK_TAG,
  type EntityMarker,
  type MarkResult,
} from './mark-entities';
import { NOTE_MARK_TAG } from './anchor-notes';
import { PASSAGE_UI_TAG, startPassageNotes, type PassageNotes } from './passage-notes';
import { createPopoverUi, UI_TAG, type PopoverUi } from './popover-ui';
import { createNotesClient } from './notes-client';
import { observeNewContent } from './observe-new-content';
import { createRemarkGuard } from './remark-guard';

/** What the extension itself puts into a page: never a reason to look again. */
const OWN_ELEMENTS = [MARK_TAG, UI_TAG, NOTE_MARK_TAG, PASSAGE_UI_TAG].join(',');

/** Work per slice before the page gets a turn; well under the 50 ms that counts as a long task. */
const SLICE_MS = 8;

/**
 * The page's whole life with the extension: read the main text, decide whether it is on topic,
 * and only then touch the DOM (highlights, one popover); undo everything when switched off.
 */
export async function runPage(ctx: ContentScriptContext): Promise<void> {
  const index = indexDataset(bundledDataset);
  const matcher = compileDatasetMatcher(bundledDataset);
  let popover: PopoverUi | undefined;
  let stopObserving: (() => void) | undefined;
  let passageNotes: PassageNotes | undefined;
  let groups: MarkResult['groups'] = [];
  let focusCursor = -1;
  let enabled = true;
  let analysedUrl = '';

  const analyse = async () => {
    analysedUrl = location.href;
    const main = extractMainText(document);
    const result = analyzeText(main.text, bundledDataset, matcher);
    const detection = result.detection;
    const status: PageStatus = {
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
      const gate = createMentionGate(matcher);
      const marker: EntityMarker = gate;
      const blocks = await findBlocksWithMatches(root, marker, {
        budgetMs: SLICE_MS,
        skipChrome: !main.root,
      });
      groups = (await markBlocksInChunks(blocks, marker, { budgetMs: SLICE_MS })).groups;
      const guard = createRemarkGuard({ withinMs: 1_000, rounds: 3 });
      for (const block of blocks) guard.marked(block);
      const lang = pickLanguage(detection.lang, navigator.language);
      popover ??= await createPopoverUi(ctx, {
        index,
        notes: createNotesClient(location.href, document.title),
        lang,
      });
      popover.setLang(lang);
      passageNotes ??= await startPassageNotes(ctx, { root, lang });
      passageNotes.setLang(lang);
      stopObserving = observeNewContent(ctx, root, {
        ignore: (node) => node instanceof Element && node.matches(OWN_ELEMENTS),
        onAdded: (blocks) => {
          const fresh = blocks.flatMap((b) => blocksWithMatches(b, marker, false)).filter(guard.mayMark);
          groups.push(...markBlocks(fresh, marker, groups.length).groups);
          for (const block of fresh) guard.marked(block);
          void report(status);
        },
      });
    }
    await report(status);
  };

  const report = async (status: PageStatus) => {
    status.highlights = groups.length;
    status.experts = countBy(groups, 'expert').map(([id, count]) => ({
      id,
      name: index.person(id)?.name ?? id,
      count,
    }));
    status.claims = countBy(groups, 'claim').map(([id, count]) => ({
      id,
      label: index.claim(id)?.statement[status.lang ?? 'en'] ?? id,
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
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!enabled) return;
    ctx.setTimeout(() => {
      // The event is a plain DOM event a page can forge: only a real change of address counts. Checked
      // here, not when the event comes: it fires before the new address is in `location`.
      if (!enabled || location.href === analysedUrl) return;
      void switchOff().then(() => {
        enabled = true;
        return analyse();
      });
    }, 500);
  });

  await analyse();
}

function countBy(groups: MarkResult['groups'], kind: 'expert' | 'claim'): [string, number][] {
  const counts = new Map<string, number>();
  for (const g of groups) if (g.kind === kind) counts.set(g.id, (counts.get(g.id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
