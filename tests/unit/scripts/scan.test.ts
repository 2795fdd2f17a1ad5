import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it(
    'matches a claim only in articles written after it was made: --date for text, the page date for HTML',
    {
      timeout: 60_000,
    },
    () => {
      const html = (date: string) =>
        `<html><head><meta property="article:published_time" content="${date}T08:00:00Z"></head><body><article><h1>Container</h1><p>${readFileSync(onTopic, 'utf8')}</p></article></body></html>`;
      const before = path.join(dir, 'before.html');
      writeFileSync(before, html('2023-09-01'));
      const after = path.join(dir, 'after.html');
      writeFileSync(after, html('2023-11-01'));
      const run = (...args: string[]) =>
        JSON.parse(scan('--json', ...args).stdout) as { published?: string; claims: { id: string }[] }[];
      const has = (r: { claims: { id: string }[] } | undefined) =>
        r!.claims.some((c) => c.id === 'kirby-1000-containers');
      // Kirby's figure of over 1,000 containers dates from October 2023. A page's own date wins over --date.
      const [textBefore, pageBefore, pageAfter] = run('--date', '2023-09-01', onTopic, before, after);
      expect(textBefore!.published).toBe('2023-09-01');
      expect(has(textBefore)).toBe(false);
      expect(pageBefore!.published).toBe('2023-09-01');
      expect(has(pageBefore)).toBe(false);
      expect(pageAfter!.published).toBe('2023-11-01');
      expect(has(pageAfter)).toBe(true);
      const [textAfter] = run('--date', '2023-10-20', onTopic);
      const [undated] = run(onTopic);
      expect(has(textAfter)).toBe(true);
      expect(has(undated)).toBe(true);
    },
  );

  it('prints usage and exits 2 for a malformed --date', () => {
    const run = scan('--json', '--date', 'yesterday', onTopic);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^usage: /);
  });

  it('prints usage and exits 2 without files', () => {
    const run = scan('--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^usage: /);
  });
});
