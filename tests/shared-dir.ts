import { existsSync } from 'node:fs';
import path from 'node:path';

/** The workspace's third-party material (corpus, real pages, seeds), next to the repo, read at test time only. */
export const sharedRoot = path.resolve(__dirname, '../../shared');

/**
 * The path of `../shared/<sub>`, or undefined when this clone has no such folder (a clone outside
 * the workspace). In that case it says once, on one line, what is skipped and why, so a green run
 * without the corpus is never mistaken for a run that checked it.
 */
export function sharedDir(sub: string, skipped: string): string | undefined {
  const dir = path.join(sharedRoot, sub);
  if (existsSync(dir)) return dir;
  console.log(`SKIPPED ${skipped}: ${dir} is absent (a clone outside the Kontext workspace).`);
  return undefined;
}
