import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** The one line a reader sees when no browser is installed, instead of a stack trace. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH=/path/to/chrome.';

export class ChromiumNotFoundError extends Error {
  constructor() {
    super(NO_CHROMIUM_MESSAGE);
    this.name = 'ChromiumNotFoundError';
  }
}

const CANDIDATE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const CANDIDATE_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** CHROME_PATH first, then the usual install paths, then whatever `which` finds on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new ChromiumNotFoundError();
  }
  for (const path of CANDIDATE_PATHS) if (existsSync(path)) return path;
  for (const command of CANDIDATE_COMMANDS) {
    try {
      const found = execFileSync('which', [command], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (found) return found;
    } catch {
      // not on PATH: try the next name
    }
  }
  throw new ChromiumNotFoundError();
}
