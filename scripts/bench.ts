/**
 * `npm run bench [-- --json] [-- --skip-naive] [-- --chromium-only]`: highlighting cost in the real
 * Chromium, then the same ratios in Firefox, as ratios measured in one run (absolute times depend on
 * the machine; ratios much less). Targets from the engine and speed issues.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, ChromiumNotFoundError } from './browser/find-chromium';
import type { OursRun } from './bench/bench-page';
import {
  chromiumRunner,
  firefoxRunner,
  FIREFOX_PATH,
  haveFirefox,
  type BenchMethod,
  type PageRunner,
} from './bench/page-runners';

const REPS = 7;
const json = process.argv.includes('--json');
const root = resolve(import.meta.dirname, '..');
const log = (line: string) => {
  if (!json) console.log(line);
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function main() {
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const bundle = await build({
    entryPoints: [resolve(root, 'scripts/bench/bench-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
    loader: { '.json': 'json' },
    alias: { '@': root },
  });
  const script = bundle.outputFiles[0]?.text ?? '';

  const browser = await chromiumRunner(executablePath, script);

  /** Medians of a configuration; for the floor and mark.js, which run in one go, script = wall. */
  type Result = OursRun & { compileMs: number; worstSliceMs: number };
  const inPage = <T>(method: BenchMethod, compileN: number, kb: number) =>
    browser.inPage<T>(method, compileN, kb);

  type Run = {
    label: string;
    method: 'ours' | 'floor' | 'naive' | 'manyMentions' | 'wrapMentions';
    n: number;
    kb: number;
  };
  /**
   * Runs every configuration once per round, round after round, so that a change in the machine's
   * load during the run touches all of them alike and the ratios stay fair.
   */
  const interleaved = async (runs: Run[], reps = REPS, runner: PageRunner = browser): Promise<Result[]> => {
    const samples = runs.map(() => [] as (OursRun & { compileMs: number })[]);
    for (let i = 0; i < reps; i++)
      for (const [k, run] of runs.entries()) {
        const { r, compileMs } = await runner.inPage<Partial<OursRun> & { ms: number; marks: number }>(
          run.method,
          run.n,
          run.kb,
        );
        samples[k]?.push({
          ms: r.ms,
          scriptMs: r.scriptMs ?? r.ms,
          firstViewMs: r.firstViewMs ?? r.ms,
          longestSliceMs: r.longestSliceMs ?? r.ms,
          detectMs: r.detectMs ?? 0,
          marks: r.marks,
          compileMs,
        });
      }
    return runs.map((_, k) => {
      const all = samples[k] ?? [];
      const of = (key: keyof OursRun | 'compileMs') => median(all.map((x) => x[key]));
      return {
        ms: of('ms'),
        scriptMs: of('scriptMs'),
        firstViewMs: of('firstViewMs'),
        // The median run's longest slice: on this shared machine a single slice now and then takes
        // ten times its work when the process loses the CPU or the heap is collected, in any code;
        // the worst of all runs is reported beside it.
        longestSliceMs: of('longestSliceMs'),
        worstSliceMs: Math.max(...all.map((x) => x.longestSliceMs)),
        detectMs: of('detectMs'),
        marks: all[all.length - 1]?.marks ?? 0,
        compileMs: of('compileMs'),
      };
    });
  };
  /** One line per configuration: script time and wall time, and each over the floor's. */
  const report = (label: string, r: Result, floor?: Result) => {
    const over = (x: number, f?: number) => (f ? ` (${(x / f).toFixed(2)}× floor)` : '');
    log(
      `  ${label.padEnd(34)} script ${r.scriptMs.toFixed(1).padStart(7)} ms${over(r.scriptMs, floor?.scriptMs)},` +
        ` wall ${r.ms.toFixed(1).padStart(7)} ms${over(r.ms, floor?.ms)}; ${r.marks} marks,` +
        (r.detectMs
          ? ` detection ${r.detectMs.toFixed(1)} ms, longest slice ${r.longestSliceMs.toFixed(1)} ms` +
            ` (worst run ${r.worstSliceMs.toFixed(1)}),`
          : '') +
        ` compile ${r.compileMs.toFixed(1)} ms`,
    );
  };

  if (process.argv.includes('--budgets')) {
    process.exitCode = await checkBudgets(() => inPage<BudgetRun>('longestTask', 1000, 2048));
    await browser.close();
    return;
  }

  log(`Kontext bench: medians of ${REPS} runs in ${executablePath}`);
  if (process.argv.includes('--profile')) {
    // Where our time goes on the 500 KB page, step by step; for work on the engine, not a target.
    // The same on one 256 KB paragraph of mentions, where Firefox's scan was once quadratic.
    const steps = (r: Record<string, number>) =>
      Object.entries(r)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ');
    for (let i = 0; i < REPS; i++)
      log(`  profile: ${steps((await inPage<Record<string, number>>('profile', 1000, 500)).r)}`);
    for (let i = 0; i < 3; i++)
      log(
        `  profile, one paragraph: ${steps((await inPage<Record<string, number>>('profileMentions', 1000, 256)).r)}`,
      );
  }
  const mentions1x = Math.round((256 * 1024) / 'Anna Adler warned Moscow and Pyongyang. '.length);
  const mentions4x = Math.round((1024 * 1024) / 'Anna Adler warned Moscow and Pyongyang. '.length);
  const perMention = (r: Result, n: number) => r.scriptMs / n;
  /**
   * What both browsers measure: the 500 KB page against the floor and at three dataset sizes; many
   * mentions in one text node (security review F5), the content script's path with its caps and the
   * wrapping alone with no cap, at 256 KB and at four times that; and the off-topic page.
   */
  const measureShared = async (runner: PageRunner) => {
    const [ours1k, floor1k, ours100, ours10k] = (await interleaved(
      [
        { label: 'ours, 500 KB, 1,000 aliases', method: 'ours', n: 1000, kb: 500 },
        { label: 'floor, 500 KB, 1,000 aliases', method: 'floor', n: 1000, kb: 500 },
        { label: 'ours, 500 KB, 100 aliases', method: 'ours', n: 100, kb: 500 },
        { label: 'ours, 500 KB, 10,000 aliases', method: 'ours', n: 10000, kb: 500 },
      ],
      REPS,
      runner,
    )) as [Result, Result, Result, Result];
    report('floor, 500 KB, 1,000 aliases', floor1k);
    report('ours, 500 KB, 1,000 aliases', ours1k, floor1k);
    report('ours, 500 KB, 100 aliases', ours100, floor1k);
    report('ours, 500 KB, 10,000 aliases', ours10k, floor1k);
    log(
      `  first viewport highlighted (500 KB, 1,000 aliases): ${ours1k.firstViewMs.toFixed(1)} ms after start;` +
        ` longest slice of ours on 500 KB: ${Math.max(ours1k.longestSliceMs, ours100.longestSliceMs, ours10k.longestSliceMs).toFixed(1)} ms`,
    );
    const [many1x, many4x, wrap1x, wrap4x] = (await interleaved(
      [
        { label: 'one paragraph, 256 KB', method: 'manyMentions', n: 1000, kb: 256 },
        { label: 'one paragraph, 1 MB', method: 'manyMentions', n: 1000, kb: 1024 },
        { label: 'wrap only, no cap, 256 KB', method: 'wrapMentions', n: 1000, kb: 256 },
        { label: 'wrap only, no cap, 1 MB', method: 'wrapMentions', n: 1000, kb: 1024 },
      ],
      3,
      runner,
    )) as [Result, Result, Result, Result];
    report(`one paragraph, 256 KB, ${mentions1x} mentions`, many1x);
    report(`one paragraph, 1 MB, ${mentions4x} mentions`, many4x);
    report('wrap alone, no cap, 256 KB', wrap1x);
    report('wrap alone, no cap, 1 MB', wrap4x);
    const off: { probeMs: number; textContentMs: number }[] = [];
    for (let i = 0; i < REPS; i++)
      off.push((await runner.inPage<{ probeMs: number; textContentMs: number }>('offTopic', 10, 500)).r);
    const probeMs = median(off.map((o) => o.probeMs));
    const textContentMs = median(off.map((o) => o.textContentMs));
    log(`  off-topic 500 KB: probe ${probeMs.toFixed(2)} ms, textContent ${textContentMs.toFixed(2)} ms`);
    // Before detection the content script extracts the article (Readability on a copy of the
    // page); the ratios above leave it out, since the floor has no counterpart. Reported alone.
    const extractMs: number[] = [];
    for (let i = 0; i < REPS; i++) extractMs.push((await runner.inPage<number>('extract', 10, 500)).r);
    log(`  article extraction before detection, 500 KB: ${median(extractMs).toFixed(1)} ms`);
    const ratios = {
      highlightScriptVsFloor: ours1k.scriptMs / floor1k.scriptMs,
      highlightWallVsFloor: ours1k.ms / floor1k.ms,
      perMention4xVs1x: perMention(many4x, mentions4x) / perMention(many1x, mentions1x),
      wrapPerMention4xVs1x: perMention(wrap4x, mentions4x) / perMention(wrap1x, mentions1x),
      scale10kVs100: ours10k.scriptMs / ours100.scriptMs,
      // The probe reads textContent itself: its whole cost over one read of the same page.
      offTopicVsTextContent: probeMs / textContentMs,
    };
    return { ratios, ours1k, floor1k, ours100, ours10k, many1x, many4x, wrap4x, probeMs, textContentMs };
  };
  const { ratios, ours1k, floor1k, ours100, ours10k, many1x, many4x, wrap4x, probeMs, textContentMs } =
    await measureShared(browser);

  const naive1k = process.argv.includes('--skip-naive')
    ? { ms: NaN }
    : ((
        await interleaved(
          [{ label: 'mark.js per term, 500 KB, 1,000 (1 run)', method: 'naive', n: 1000, kb: 500 }],
          1,
        )
      )[0] as Result);
  log(`  mark.js searching each of 1,000 aliases, 500 KB (1 run): ${naive1k.ms.toFixed(0)} ms`);

  // The worst of three runs: one long task is what a reader would feel.
  type LongRun = {
    longestTaskMs: number;
    longestScriptMs: number;
    longestSliceMs: number;
    oneChangeMs: number;
    marks: number;
  };
  const longRuns: LongRun[] = [];
  for (let i = 0; i < 3; i++) longRuns.push((await inPage<LongRun>('longestTask', 1000, 2048)).r);
  const long = longRuns.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a));
  const longestSlice2mb = median(longRuns.map((r) => r.longestSliceMs));
  log(
    `  2 MB page, chunked highlighting: ${long.marks} marks, longest task ${long.longestTaskMs.toFixed(0)} ms` +
      ` (longest script in it ${long.longestScriptMs.toFixed(0)} ms; our longest slice (median of 3 runs)` +
      ` ${longestSlice2mb.toFixed(1)} ms; the browser's frame after a one-word change on the same page:` +
      ` ${long.oneChangeMs.toFixed(0)} ms)`,
  );

  const contentScriptKbGz = probeKbGz();
  await browser.close();

  /**
   * The same pages in Firefox, ratios only (absolute times of two browsers on a shared machine say
   * little): the 500 KB page against the floor and at three dataset sizes, the one-paragraph pages
   * and the off-topic page. Skipped, with a line saying so, where Firefox is not installed.
   */
  const firefoxRatios = async (): Promise<Partial<Record<string, number>> | undefined> => {
    if (process.argv.includes('--chromium-only')) return undefined;
    if (!haveFirefox()) {
      log(`\n  Firefox: not found at ${FIREFOX_PATH} (set FIREFOX_PATH); its column stays empty.`);
      return undefined;
    }
    const fx = await firefoxRunner(script);
    try {
      log(`\nThe same in Firefox (${FIREFOX_PATH}), medians of ${REPS} runs:`);
      return (await measureShared(fx)).ratios;
    } finally {
      await fx.close();
    }
  };
  const firefox = await firefoxRatios();

  const results = {
    ...ratios,
    firstViewportMs: ours1k.firstViewMs,
    longestSliceMs: Math.max(
      ours1k.longestSliceMs,
      ours100.longestSliceMs,
      ours10k.longestSliceMs,
      many1x.longestSliceMs,
      many4x.longestSliceMs,
      longestSlice2mb,
    ),
    manyMentionsSliceMs: many4x.longestSliceMs,
    naiveVsOurs: naive1k.ms / ours1k.ms,
    longestTaskMs: long.longestTaskMs,
    contentScriptKbGz,
    medians: {
      ours1kScriptMs: ours1k.scriptMs,
      ours1kWallMs: ours1k.ms,
      floor1kMs: floor1k.ms,
      naive1kMs: naive1k.ms,
      ours100ScriptMs: ours100.scriptMs,
      ours100WallMs: ours100.ms,
      ours10kScriptMs: ours10k.scriptMs,
      ours10kWallMs: ours10k.ms,
      compile1kMs: ours1k.compileMs,
      compile10kMs: ours10k.compileMs,
      manyMentions1MbScriptMs: many4x.scriptMs,
      manyMentions1MbWallMs: many4x.ms,
      manyMentions1MbMarks: many4x.marks,
      wrapNoCap1MbMs: wrap4x.ms,
      wrapNoCap1MbMarks: wrap4x.marks,
      probeMs,
      textContentMs,
      longestScriptMs: long.longestScriptMs,
      oneChangeFrameMs: long.oneChangeMs,
    },
    firefox,
  };
  const targets: Record<
    Exclude<keyof typeof results, 'medians' | 'firefox'>,
    [string, (x: number) => boolean]
  > = {
    highlightScriptVsFloor: ['<= 1.5', (x) => x <= 1.5],
    highlightWallVsFloor: ['<= 2.5', (x) => x <= 2.5],
    firstViewportMs: ['<= 50', (x) => x <= 50],
    longestSliceMs: ['<= 16', (x) => x <= 16],
    manyMentionsSliceMs: ['<= 16', (x) => x <= 16],
    perMention4xVs1x: ['<= 1.5', (x) => x <= 1.5],
    wrapPerMention4xVs1x: ['<= 1.5', (x) => x <= 1.5],
    naiveVsOurs: ['>= 100', (x) => x >= 100],
    scale10kVs100: ['<= 1.5', (x) => x <= 1.5],
    offTopicVsTextContent: ['<= 2', (x) => x <= 2],
    longestTaskMs: ['<= 50', (x) => x <= 50],
    contentScriptKbGz: ['<= 30', (x) => x <= 30],
  };
  mkdirSync(resolve(root, 'bench-output'), { recursive: true });
  writeFileSync(resolve(root, 'bench-output/bench.json'), JSON.stringify(results, null, 2));
  if (json) {
    console.log(JSON.stringify(results));
    return;
  }
  log('\nratio                  Chromium   met   Firefox   met   target');
  for (const key of Object.keys(targets) as (keyof typeof targets)[]) {
    const [target, ok] = targets[key];
    const value = results[key];
    const fx = firefox?.[key];
    const fxCells =
      fx === undefined ? '      –      ' : `${fx.toFixed(2).padStart(7)}   ${ok(fx) ? 'yes' : 'NO '}`;
    log(
      `${key.padEnd(24)} ${value.toFixed(2).padStart(7)}   ${ok(value) ? 'yes' : 'NO '}  ${fxCells}   ${target}`,
    );
  }
  log(`(a longest task of 0 means no task reached 50 ms, the threshold at which Chromium reports one)`);
}

/** Gzipped size of what every listed page loads: the probe content script. */
function probeKbGz(): number {
  return gzipSync(readFileSync(resolve(root, '.output/chrome-mv3/probe.js'))).length / 1024;
}

/**
 * The budgets `npm test` enforces. Load size: the engine issue's target, exactly. Main-thread
 * work while highlighting a 2 MB page, median of three runs:
 * - our own script: the longest script run in any long animation frame, at most the 50 ms target;
 * - the whole longest task, which on a page this long is the browser's layout and paint after a
 *   slice of highlights (a one-word change alone costs it about 50 ms here, see `npm run bench`):
 *   at most 300 ms, which marking the whole page in one go would break (measured: some 340 ms of
 *   layout alone), so a regression to that is caught.
 * The precise numbers are `npm run bench`'s job.
 */
const BUDGET_KB_GZ = 30;
const BUDGET_SCRIPT_MS = 50;
const BUDGET_TASK_MS = 300;
/** The browser reports long tasks and long animation frames only from 50 ms up. */
const LONG_ENTRY_MS = 50;

type BudgetRun = { longestTaskMs: number; longestScriptMs: number; longestSliceMs: number };

async function checkBudgets(longestTask: () => Promise<{ r: BudgetRun }>): Promise<number> {
  const runs: BudgetRun[] = [];
  for (let i = 0; i < 3; i++) runs.push((await longestTask()).r);
  const kb = probeKbGz();
  // [label, value, budget, whether the value comes from the browser's long-entry observers, which
  // say nothing below 50 ms: a 0 there means "none reached 50 ms", printed as such, not as 0.0]
  const lines: [string, number, number, boolean][] = [
    ['content script on an off-topic page (KB gz)', kb, BUDGET_KB_GZ, false],
    [
      'our longest slice, timed by the engine, 2 MB page (ms, median of 3)',
      median(runs.map((r) => r.longestSliceMs)),
      BUDGET_SCRIPT_MS,
      false,
    ],
    [
      'longest script run in a long frame, 2 MB page (ms, median of 3)',
      median(runs.map((r) => r.longestScriptMs)),
      BUDGET_SCRIPT_MS,
      true,
    ],
    [
      'longest task incl. rendering, 2 MB page (ms, median of 3)',
      median(runs.map((r) => r.longestTaskMs)),
      BUDGET_TASK_MS,
      true,
    ],
  ];
  let over = 0;
  for (const [label, value, budget, observed] of lines) {
    const ok = value <= budget;
    if (!ok) over++;
    const shown = observed && value === 0 ? `none ≥ ${LONG_ENTRY_MS}` : value.toFixed(1).padStart(7);
    console.log(`${ok ? 'ok  ' : 'OVER'} ${label.padEnd(68)} ${shown}  budget ${budget}`);
  }
  return over ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
