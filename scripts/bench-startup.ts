/**
 * `npm run bench:startup`: what the on-topic content script costs before it can scan, in the real
 * Chromium. Reports the built script's size (raw and gzipped) and, for the dataset the script
 * bundles, the time from the script's start (parse and compile included) to the matcher and
 * lexicon being ready, i.e. to the first scan: with the finding view it ships (FindingData) and,
 * for comparison, with the whole dataset it used to ship. Medians of fresh pages; separate from
 * `npm run bench` (highlighting cost).
 */
import { build, type Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { bundledDataset } from '../core/dataset/bundled-dataset';
import { findingDataModule } from '../core/dataset/finding-data';
import { findChromium } from './browser/find-chromium';

const REPS = 9;
const root = resolve(import.meta.dirname, '..');

/**
 * The content script's start-up, up to its first scan, on one kind of dataset; `finding data only`
 * stops after reading the data, which splits the time into the data's and the matcher's.
 */
const ENTRIES = {
  'script start to finding data read': `import data from 'virtual:kontext-finding-data';
globalThis.kontextData = data;`,
  'script start to matcher ready (names and claims), finding data': `import data from 'virtual:kontext-finding-data';
import { compileDatasetMatcher } from './core/analyze-text';
compileDatasetMatcher(data);`,
  'script start to lexicon ready, finding data': `import data from 'virtual:kontext-finding-data';
import { compileLexicon } from './core/detect/score-relevance';
compileLexicon(data.lexicon);`,
  'script start to first scan, finding data (shipped)': `import data from 'virtual:kontext-finding-data';
import { compileDatasetMatcher } from './core/analyze-text';
import { compileLexicon } from './core/detect/score-relevance';
compileDatasetMatcher(data);
compileLexicon(data.lexicon);`,
  'script start to first scan, whole dataset (before)': `import { bundledDataset } from './core/dataset/bundled-dataset';
import { indexDataset } from './core/dataset/index-dataset';
import { compileDatasetMatcher } from './core/analyze-text';
import { compileLexicon } from './core/detect/score-relevance';
indexDataset(bundledDataset);
compileDatasetMatcher(bundledDataset);
compileLexicon(bundledDataset.lexicon);`,
};

/** The same module the build serves (see wxt.config.ts). */
const findingData: Plugin = {
  name: 'finding-data',
  setup(b) {
    b.onResolve({ filter: /^virtual:kontext-finding-data$/ }, (args) => ({
      path: args.path,
      namespace: 'kontext',
    }));
    b.onLoad({ filter: /.*/, namespace: 'kontext' }, () => ({
      contents: findingDataModule(bundledDataset),
      loader: 'js',
    }));
  },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function bundle(entry: string): Promise<string> {
  const out = await build({
    stdin: {
      contents: `${entry}\nglobalThis.kontextReady = performance.now();`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
    alias: { '@': root },
    plugins: [findingData],
  });
  return out.outputFiles[0]?.text ?? '';
}

async function main() {
  const built = readFileSync(resolve(root, '.output/chrome-mv3/content-scripts/kontext.js'));
  console.log(`content-scripts/kontext.js: ${kb(built.length)} (${kb(gzipSync(built).length)} gzipped)`);

  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox'],
  });
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><body>' }),
  );
  let runs = 0;
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const script = await bundle(entry);
    const times: number[] = [];
    for (let i = 0; i < REPS; i++) {
      // A site per run: a fresh renderer, with no code cache from the run before.
      const page = await context.newPage();
      await page.goto(`https://run${++runs}.startup-kontext.test/`);
      times.push(
        await page.evaluate((code) => {
          const start = performance.now();
          const tag = document.createElement('script');
          tag.textContent = code;
          document.head.append(tag);
          return (globalThis as unknown as { kontextReady: number }).kontextReady - start;
        }, script),
      );
      await page.close();
    }
    console.log(`${name} (${kb(script.length)} script): ${median(times).toFixed(1)} ms median of ${REPS}`);
  }
  await browser.close();
}

await main();
