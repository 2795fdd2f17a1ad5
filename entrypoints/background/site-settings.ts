import { browser } from 'wxt/browser';

const DISABLED_KEY = 'disabledSites';

/** Hosts the reader switched off; kept in storage.local so it survives restarts. */
export async function disabledSites(): Promise<Set<string>> {
  const stored = await browser.storage.local.get(DISABLED_KEY);
  const list = stored[DISABLED_KEY];
  return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
}

export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await disabledSites()).has(host);
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const set = await disabledSites();
  if (enabled) set.delete(host);
  else set.add(host);
  await browser.storage.local.set({ [DISABLED_KEY]: [...set].sort() });
}
