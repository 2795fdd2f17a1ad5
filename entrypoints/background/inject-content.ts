import { browser } from 'wxt/browser';

/**
 * The full content script (dataset, matcher, mark.js, popover) is injected only into pages the
 * small probe found might be on topic, so most pages never load it.
 */
export async function injectContentScript(tabId: number, frameId = 0): Promise<void> {
  // USER origin: a page's own `!important` rules cannot hide or restyle our highlights.
  await browser.scripting.insertCSS({
    target: { tabId, frameIds: [frameId] },
    files: ['/content-scripts/kontext.css'],
    origin: 'USER',
  });
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: ['/content-scripts/kontext.js'],
  });
}

/**
 * A site the reader granted from the popup gets the probe on later visits too, like the default
 * news sites. Registered scripts persist across browser restarts.
 */
export async function registerProbeFor(host: string): Promise<void> {
  const id = probeId(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [`https://${host}/*`, `http://${host}/*`],
      js: [PROBE_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** A site the reader removed gets no probe on later visits. */
export async function unregisterProbeFor(host: string): Promise<void> {
  const id = probeId(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

const probeId = (host: string) => `probe:${host}`;

/** The probe's file since it stopped being a WXT content script (see entrypoints/probe.ts). */
const PROBE_FILE = '/probe.js';

type ProbeScripting = Pick<typeof browser.scripting, 'getRegisteredContentScripts' | 'updateContentScripts'>;

/**
 * Probes registered for reader-added sites persist across updates, with the file they were given:
 * those from before the probe moved point at `content-scripts/probe.js`, which no longer exists. On
 * update they are pointed at today's file, so a reader's added sites keep working.
 */
export async function moveRegisteredProbes(scripting: ProbeScripting = browser.scripting): Promise<void> {
  const stale = (await scripting.getRegisteredContentScripts()).filter(
    (script) =>
      script.id.startsWith('probe:') &&
      !(script.js ?? []).some((file) => `/${file.replace(/^\//, '')}` === PROBE_FILE),
  );
  if (stale.length)
    await scripting.updateContentScripts(stale.map((script) => ({ id: script.id, js: [PROBE_FILE] })));
}
