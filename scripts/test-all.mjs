#!/usr/bin/env node
// `npm test`: every check the project has, in the order that fails fastest, then one summary line.
// Each step runs to completion even if an earlier one failed, so one run shows every problem.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join('.output', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const vitest = (project) => [
  'npx',
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${project}.json`)}`,
];

const steps = [
  { name: 'prepare', cmd: ['npx', 'wxt', 'prepare'] },
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.'] },
  // Needs the workspace's third-party articles; a clone outside the workspace skips it (see below).
  {
    name: 'seed-copy',
    cmd: ['node', '../shared/tools/seed-copy-check.mjs'],
    needs: '../shared/tools/seed-copy-check.mjs',
  },
  { name: 'unit', cmd: vitest('unit'), report: 'unit' },
  { name: 'build', cmd: ['npx', 'wxt', 'build'] },
  { name: 'build:firefox', cmd: ['npx', 'wxt', 'build', '-b', 'firefox'] },
  // Mozilla's linter for add-on submissions; it fails on errors, and lists its warnings.
  {
    name: 'web-ext lint',
    cmd: ['npx', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-config-discovery'],
  },
  { name: 'e2e', cmd: vitest('e2e'), report: 'e2e' },
  // Load size and longest task against the engine issue's targets (see scripts/bench.ts).
  { name: 'perf budgets', cmd: ['npx', 'tsx', 'scripts/bench.ts', '--budgets'] },
];

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  if (step.needs && !existsSync(step.needs)) {
    console.log(`SKIPPED ${step.name}: ${step.needs} is absent (a clone outside the Kontext workspace).`);
    results.push({ name: step.name, ok: true, skipped: true, seconds: '0.0' });
    continue;
  }
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let tests;
  if (step.report) {
    try {
      const json = JSON.parse(readFileSync(join(reports, `${step.report}.json`), 'utf8'));
      tests = { passed: json.numPassedTests, failed: json.numFailedTests, total: json.numTotalTests };
      tests.failures = failuresOf(json);
    } catch {
      tests = undefined;
    }
  }
  results.push({ name: step.name, ok: run.status === 0, seconds, tests });
}

/** A failure's message, on one line: its first lines (the error and what the page showed), not its stack. */
function brief(message) {
  const lines = String(message ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const stack = lines.findIndex((line) => line.startsWith('at ') || line.startsWith('❯'));
  return (stack < 0 ? lines : lines.slice(0, stack)).join(' ⏎ ').slice(0, 600);
}

function failuresOf(json) {
  const out = [];
  for (const file of json.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      const where = `${file.name.replace(process.cwd() + '/', '')} > ${t.fullName}`;
      // Vitest keeps a retried test's first error on it when the second try passes.
      if (t.status === 'passed' && t.failureMessages?.length)
        out.push(`RETRIED ${where} (passed on its second try): ${brief(t.failureMessages[0])}`);
      if (t.status === 'failed') out.push(`FAILED ${where}: ${brief(t.failureMessages?.[0])}`);
    }
  }
  return out;
}

console.log('\n=== Summary');
// CI keeps only the tail of the log, so the failed (and retried) tests are named again here, with their error.
for (const r of results) {
  for (const f of r.tests?.failures ?? []) console.log(`${r.name}: ${f}`);
}
let passed = 0;
let failed = 0;
for (const r of results) {
  const detail = r.tests ? ` (${r.tests.passed} passed, ${r.tests.failed} failed)` : '';
  console.log(
    `${r.skipped ? 'skip' : r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(14)} ${r.seconds.padStart(6)} s${detail}`,
  );
  if (r.skipped) continue;
  if (r.tests) {
    passed += r.tests.passed;
    failed += r.tests.failed;
    // A runner that crashed before counting still fails the run.
    if (!r.ok && r.tests.failed === 0) failed += 1;
  } else if (r.ok) {
    passed += 1;
  } else {
    failed += 1;
  }
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((r) => r.ok) ? 0 : 1);
