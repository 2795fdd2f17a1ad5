/**
 * Runs inside the benchmark page (bundled by scripts/bench.ts): the same modules the content
 * scripts use, timed against the floor for any DOM-wrapping highlighter.
 */
import Mark from 'mark.js';
import { compileMatcher, type Matcher, type MatcherEntry } from '../../core/matcher/compile-matcher';
import { analyzeText } from '../../core/analyze-text';
import { extractMainText } from '../../core/extract/extract-main-text';
import { CLAIM_MATCHER_OPTIONS, claimPatternEntries } from '../../core/claims/compile-claim-patterns';
import { compileLexicon } from '../../core/detect/score-relevance';
import { mightBeOnTopic } from '../../core/detect/prefilter';
import { createMentionGate } from '../../core/matcher/mention-gate';
import { bundledDataset } from '../../core/dataset/bundled-dataset';
import { createMarkCaps, MARK_CAPS } from '../../core/matcher/mark-caps';
import { findEntities, withinCaps, type EntityMarker } from '../../entrypoints/kontext.content/find-entities';
import { markFound } from '../../entrypoints/kontext.content/mark-entities';
import { newSliceStats } from '../../entrypoints/kontext.content/slices';
import { highlightPage } from '../../entrypoints/kontext.content/highlight-page';

const GIVEN =
  'Anna Boris Clara Dmitri Elena Fjodor Greta Hanna Igor Jenny Karl Lena Mikhail Nora Oleg Paula Ruth Sergei Tanja Viktor'.split(
    ' ',
  );
const FAMILY =
  'Adler Bauer Chernov Dorn Engel Fischer Gromov Hahn Ivanov Jung Keller Lorenz Morozov Neumann Orlov Petrov Richter Sokolov Thiel Urban Vogel Wagner Zimmer Berger Krause Lang Roth Schulz Wolf Yakovlev'.split(
    ' ',
  );

/** `n` distinct synthetic full names, deterministic, sharing prefixes as real name lists do. */
export function syntheticAliases(n: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < n; i++) {
    const given = GIVEN[i % GIVEN.length];
    const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length];
    const suffix = Math.floor(i / (GIVEN.length * FAMILY.length));
    names.push(suffix ? `${given} ${family}-${suffix}` : `${given} ${family}`);
  }
  return names;
}

const FILLER = [
  'Officials in Moscow and Pyongyang met again this week to discuss trade, energy and rail links.',
  'The talks were described as constructive by both sides, though few details were released.',
  'Observers noted that sanctions continue to limit what can be shipped across the border.',
  'Analysts expect further meetings before the end of the year, possibly at a higher level.',
  'Satellite images showed increased activity at the port of Rajin in recent months.',
];

/**
 * Fills the body with an article of about `kb` kilobytes: paragraphs with inline markup, one
 * alias from `names` every `every` paragraphs so that matches are spread over the page.
 */
export function buildArticle(kb: number, names: string[], every = 3): void {
  const article = document.createElement('article');
  let size = 0;
  let i = 0;
  while (size < kb * 1024) {
    const p = document.createElement('p');
    const line = FILLER[i % FILLER.length] ?? '';
    p.append(line.slice(0, 40));
    const em = document.createElement('em');
    em.textContent = line.slice(40);
    p.append(em, ' ');
    if (i % every === 0)
      p.append(`According to ${names[(i / every) % names.length]}, the picture is mixed. `);
    p.append(FILLER[(i + 2) % FILLER.length] ?? '');
    article.append(p);
    size += (p.textContent ?? '').length + 16;
    i++;
  }
  document.body.replaceChildren(article);
}

function entriesFor(names: string[]): MatcherEntry[] {
  return names.map((text, i) => ({ text, id: `person-${i}`, kind: 'expert' as const }));
}

/** Every match the scan finds in `text`, mention rules aside: the regex work alone. */
function countMatches(matcher: Matcher, text: string): number {
  const scan = matcher.scanner(text);
  let n = 0;
  while (scan.next()) n++;
  return n;
}

/**
 * The floor: one TreeWalker pass, one scan of the joined text with the same matcher as ours (its
 * regexes are the same work for both), each match wrapped by a Range; the first `cap` matches only,
 * as many as ours may mark, so that both make the same highlights.
 */
export function floorHighlight(root: Element, matcher: Matcher, cap: number = MARK_CAPS.perPage): number {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const matches: [number, number][] = [];
  const scan = matcher.scanner(text);
  for (let m = scan.next(); m && matches.length < cap; m = scan.next())
    matches.push([m.index, m.index + m.text.length]);
  let wrapped = 0;
  // Back to front, so that earlier offsets stay valid while later nodes are split.
  let j = nodes.length - 1;
  for (let k = matches.length - 1; k >= 0; k--) {
    const [start, end] = matches[k] as [number, number];
    while (j > 0 && (starts[j] ?? 0) > start) j--;
    const node = nodes[j] as Text;
    const offset = start - (starts[j] ?? 0);
    if (offset + (end - start) > node.data.length) continue;
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + end - start);
    range.surroundContents(document.createElement('mark'));
    wrapped++;
  }
  return wrapped;
}

/**
 * Collects garbage left by building the page, when the browser allows it (the bench starts
 * Chromium with --expose-gc), so that what is timed next is the work itself.
 */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const time = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

export interface BenchApi {
  profile(kb: number): Record<string, number>;
  /** Compiling is done once per page load in the product; returns its cost separately. */
  compile(n: number): number;
  ours(kb: number): Promise<OursRun>;
  manyMentions(kb: number): Promise<OursRun & { mentions: number }>;
  wrapMentions(kb: number): { ms: number; marks: number; mentions: number };
  floor(kb: number): { ms: number; marks: number };
  naive(kb: number): { ms: number; marks: number };
  offTopic(kb: number): { probeMs: number; textContentMs: number };
  /** The content script's article extraction on the page, which runs before detection. */
  extract(kb: number): number;
  floorPhases(kb: number): Record<string, number>;
  /** The one-paragraph page's cost by step, for engine work (not a target). */
  profileMentions(kb: number): { detect: number; find: number; mark: number; found: number };
  prepareMark(kb: number): ReturnType<typeof findEntities>;
  runMark(found: ReturnType<typeof findEntities>): number;
  longestTask(kb: number): Promise<{
    longestTaskMs: number;
    longestScriptMs: number;
    longestSliceMs: number;
    oneChangeMs: number;
    marks: number;
  }>;
}

/** The content script's slice budget (run-page.ts). */
const SLICE_MS = 8;

/** What one run of the content script's highlighting costs, from its start. */
export interface OursRun {
  /** Wall time to the last highlight, the browser's rendering between our slices included. */
  ms: number;
  /** Our script's time alone: detection, then every slice summed. */
  scriptMs: number;
  /** Wall time to the highlights up to the end of the first viewport. */
  firstViewMs: number;
  /** The longest slice of our highlighting (detection, one call before it, is `detectMs`). */
  longestSliceMs: number;
  detectMs: number;
  marks: number;
}

/** The marker the content script uses: the mention gate within the page's caps. */
function productMarker(matcher: ReturnType<typeof compileMatcher>): EntityMarker {
  return withinCaps(createMentionGate(matcher), createMarkCaps());
}

/** Detection, then the page highlighted as the content script does it: first viewport first, in slices. */
async function runLikeTheContentScript(matcher: ReturnType<typeof compileMatcher>): Promise<OursRun> {
  const stats = newSliceStats();
  const t0 = performance.now();
  // What the content script does before it marks: the dataset's matches and the verdict.
  analyzeText(document.body.textContent ?? '', bundledDataset, matcher);
  const detectMs = performance.now() - t0;
  let firstViewMs = NaN;
  const { groups } = await highlightPage(document.body, productMarker(matcher), {
    budgetMs: SLICE_MS,
    skipChrome: false,
    stats,
    onFirstView: () => {
      firstViewMs = performance.now() - t0;
    },
  });
  const ms = performance.now() - t0;
  return {
    ms,
    scriptMs: detectMs + stats.scriptMs,
    firstViewMs,
    longestSliceMs: stats.longestSliceMs,
    detectMs,
    marks: groups.length,
  };
}

/**
 * One paragraph of about `kb` kilobytes, one text node, a mention of `name` in every sentence
 * (the security review's F5 page: 1 MB held some 25,000). Returns the number of mentions.
 */
function buildOneLongParagraph(kb: number, name: string): number {
  const sentence = `${name} warned Moscow and Pyongyang. `;
  const count = Math.round((kb * 1024) / sentence.length);
  const p = document.createElement('p');
  p.textContent = sentence.repeat(count);
  document.body.replaceChildren(p);
  return count;
}

let compiled: ReturnType<typeof compileMatcher> | undefined;
let aliases: string[] = [];

const api: BenchApi = {
  compile(n) {
    aliases = syntheticAliases(n);
    // What a page compiles once when the content script starts: the matcher (these aliases and
    // the dataset's claim patterns) and the lexicon.
    return time(() => {
      compiled = compileMatcher(
        entriesFor(aliases),
        claimPatternEntries(bundledDataset.claims),
        CLAIM_MATCHER_OPTIONS,
      );
      compileLexicon(bundledDataset.lexicon);
    });
  },
  profile(kb) {
    const matcher = compiled;
    if (!matcher) throw new Error('compile first');
    buildArticle(kb, aliases);
    settle();
    const text = document.body.textContent ?? '';
    const detect = time(() => analyzeText(text, bundledDataset, matcher));
    const gate = createMentionGate(matcher);
    let found: ReturnType<typeof findEntities> = [];
    const find = time(() => {
      found = findEntities(document.body, gate, false);
    });
    const mark = time(() => markFound(found));
    const regexOnly = time(() => countMatches(matcher, text));
    return { detect, find, mark, regexOnly, found: found.length };
  },
  async ours(kb) {
    const matcher = compiled;
    if (!matcher) throw new Error('compile first');
    buildArticle(kb, aliases);
    await renderedFrame();
    settle();
    return runLikeTheContentScript(matcher);
  },
  floor(kb) {
    const matcher = compiled;
    if (!matcher) throw new Error('compile first');
    buildArticle(kb, aliases);
    settle();
    let marks = 0;
    const ms = time(() => {
      marks = floorHighlight(document.body, matcher);
    });
    return { ms, marks };
  },
  naive(kb) {
    buildArticle(kb, aliases);
    settle();
    let marks = 0;
    const ms = time(() => {
      // The way most highlighters use mark.js: each term searched on its own over the page. One
      // call per term, because mark.js handles a list of 1,000 terms by recursing once per term
      // and overflows Chromium's stack on a page this long.
      for (const alias of aliases)
        new Mark(document.body).mark(alias, {
          separateWordSearch: false,
          done: (n: number) => {
            marks += n;
          },
        });
    });
    return { ms, marks };
  },
  floorPhases(kb) {
    const matcher = compiled;
    if (!matcher) throw new Error('compile first');
    buildArticle(kb, aliases);
    settle();
    const t0 = performance.now();
    let text = '';
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) text += (n as Text).data;
    const t1 = performance.now();
    const k = countMatches(matcher, text);
    const t2 = performance.now();
    buildArticle(kb, aliases);
    settle();
    const t3 = performance.now();
    floorHighlight(document.body, matcher);
    const t4 = performance.now();
    return { walk: t1 - t0, regex: t2 - t1, floorTotal: t4 - t3, k };
  },
  // For profiling the marking step alone (scripts/bench.ts does not use these).
  profileMentions(kb) {
    const matcher = compiled;
    if (!matcher) throw new Error('compile first');
    buildOneLongParagraph(kb, aliases[0] ?? '');
    settle();
    const text = document.body.textContent ?? '';
    const detect = time(() => analyzeText(text, bundledDataset, matcher));
    let found: ReturnType<typeof findEntities> = [];
    const find = time(() => {
      found = findEntities(document.body, createMentionGate(matcher), false);
    });
    const mark = time(() => markFound(found));
    return { detect, find, mark, found: found.length };
  },
  prepareMark(kb) {
    const matcher = compiled;
    if (!matcher) throw new Error('compile first');
    buildArticle(kb, aliases);
    settle();
    return findEntities(document.body, createMentionGate(matcher), false);
  },
  runMark(found) {
    return time(() => markFound(found));
  },
  async manyMentions(kb) {
    const matcher = compiled;
    if (!matcher) throw new Error('compile first');
    const mentions = buildOneLongParagraph(kb, aliases[0] ?? '');
    await renderedFrame();
    settle();
    return { ...(await runLikeTheContentScript(matcher)), mentions };
  },
  wrapMentions(kb) {
    const matcher = compiled;
    if (!matcher) throw new Error('compile first');
    const mentions = buildOneLongParagraph(kb, aliases[0] ?? '');
    settle();
    let marks = 0;
    // The wrapping itself, with no cap: every mention found is marked, in one go.
    const ms = time(() => {
      marks = markFound(findEntities(document.body, createMentionGate(matcher), false)).groups.length;
    });
    return { ms, marks, mentions };
  },
  extract(kb) {
    buildArticle(kb, aliases.length ? aliases : ['Anna Adler']);
    settle();
    return time(() => extractMainText(document));
  },
  offTopic(kb) {
    buildArticle(kb, ['Anna Adler']);
    // An off-topic page: the same size, no Russia or North Korea anywhere.
    for (const p of Array.from(document.querySelectorAll('p')))
      p.textContent = 'The council voted on the new cycle lanes and the budget for the library. ';
    // Twenty rounds each: one round is close to the browser's timer resolution (0.1 ms).
    const rounds = 20;
    const textContentMs =
      time(() => {
        for (let i = 0; i < rounds; i++) void document.body.textContent;
      }) / rounds;
    const probeMs =
      time(() => {
        for (let i = 0; i < rounds; i++)
          if (mightBeOnTopic(document.body.textContent ?? ''))
            throw new Error('off-topic page passed the prefilter');
      }) / rounds;
    return { probeMs, textContentMs };
  },
  async longestTask(kb) {
    const matcher = compiled;
    if (!matcher) throw new Error('compile first');
    buildArticle(kb, aliases);
    settle();
    let longest = 0;
    let longestScript = 0;
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    // Long animation frames name the scripts that ran in them: our slices, apart from the
    // browser's own layout and paint of the page.
    const frames = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LongAnimationFrame[])
        for (const script of entry.scripts) longestScript = Math.max(longestScript, script.duration);
    });
    // The page's first layout (a long task of its own on a 2 MB page) is over before timing.
    await renderedFrame();
    await renderedFrame();
    tasks.observe({ type: 'longtask' });
    frames.observe({ type: 'long-animation-frame' });
    await new Promise((r) => setTimeout(r, 100));
    longest = 0;
    longestScript = 0;
    const stats = newSliceStats();
    const { groups } = await highlightPage(document.body, productMarker(matcher), {
      budgetMs: SLICE_MS,
      skipChrome: false,
      stats,
    });
    await renderedFrame();
    await new Promise((r) => setTimeout(r, 200));
    const longestTaskMs = longest;
    const longestScriptMs = longestScript;
    // What the browser itself takes to lay out and paint this page after a one-word change: the
    // least any highlighter that changes the page can cost in one frame.
    longest = 0;
    const first = document.querySelector('p')?.firstChild;
    if (first instanceof Text) {
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(first, 4);
      range.surroundContents(document.createElement('mark'));
    }
    await renderedFrame();
    await new Promise((r) => setTimeout(r, 200));
    tasks.disconnect();
    frames.disconnect();
    return {
      longestTaskMs,
      longestScriptMs,
      longestSliceMs: stats.longestSliceMs,
      oneChangeMs: longest,
      marks: groups.length,
    };
  },
};

/** The parts of a long-animation-frame entry read here (not yet in TypeScript's DOM types). */
interface LongAnimationFrame extends PerformanceEntry {
  scripts: { duration: number }[];
}

/** Resolves after the browser has rendered the next frame. */
function renderedFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

(globalThis as unknown as { kontextBench: BenchApi }).kontextBench = api;
