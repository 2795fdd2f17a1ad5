import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium } from './find-chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker; call again after a restart, it may be a new one. */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Extra launch arguments, e.g. '--force-dark-mode'. */
  args?: string[];
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/**
 * Chromium with the built extension loaded into a fresh profile. Every request the pages make
 * is refused unless a test routes it (see serve-pages.ts), so nothing reaches the network.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  const profileDir = mkdtempSync(join(tmpdir(), 'kontext-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  // The extension's own pages load their scripts from chrome-extension://; everything else is
  // refused unless a test serves it.
  await context.route('**/*', (route) =>
    route.request().url().startsWith('chrome-extension://')
      ? route.continue()
      : route.abort('blockedbyclient'),
  );

  const firstWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const worker = await firstWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker: firstWorker,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
