import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../..');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const scan = (...args: string[]) =>
  spawnSync(tsx, ['scripts/scan.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });

const dir = mkdtempSync(path.join(tmpdir(), 'kontext-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const onTopic = path.join(repoRoot, 'tests/fixtures/detection/de-munitions-containers.txt');
const page = path.join(repoRoot, 'tests/fixtures/detection/en-boilerplate-ontopic.html');
const offTopic = path.join(repoRoot, 'tests/fixtures/detection/de-passing-wetter.txt');

describe('npm run scan', () => {
  it('prints one JSON array with one entry per file, errors included, and exits 0', () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, ' \n');
    const emptyPage = path.join(dir, 'empty.html');
    writeFileSync(emptyPage, '');
    const missing = path.join(dir, 'missing.txt');
    const run = scan('--json', onTopic, missing, empty, page, offTopic, emptyPage);
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(results.map((r) => r.file)).toEqual([onTopic, missing, empty, page, offTopic, emptyPage]);
    for (const i of [1, 2, 5]) expect(Object.keys(results[i]!)).toEqual(['file', 'error']);
    expect(results[1]!.error).toMatch(/ENOENT/);
    expect(results[2]!.error).toBe('empty file');
    const [first, , , html, off] = results;
    expect(Object.keys(first!).sort()).toEqual(
      ['claims', 'evidence', 'experts', 'file', 'lang', 'onTopic', 'score'].sort(),
    );
    expect(first).toMatchObject({ lang: 'de', onTopic: true });
    expect(first!.experts).toEqual([{ id: 'john-kirby', name: 'John Kirby', count: 2 }]);
    expect((first!.evidence as string[]).length).toBeGreaterThan(0);
    expect(typeof first!.score).toBe('number');
    expect(html).toMatchObject({ lang: 'en', onTopic: true });
    expect(off).toMatchObject({ lang: 'de', onTopic: false });
  });

  it('prints a table without --json', () => {
    const run = scan(onTopic, offTopic);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^file\s+topic\s+score\s+lang/);
    expect(lines.find((l) => l.startsWith(onTopic))).toMatch(/ yes .* de .*John Kirby ×2/);
    expect(lines.find((l) => l.startsWith(offTopic))).toMatch(/ no /);
  });

  it('prints usage and exits 2 without files', () => {
    const run = scan('--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^usage: /);
  });
});
