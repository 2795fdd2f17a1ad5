/**
 * The few extension APIs that tests, the demo and the bench call inside the browser (in an
 * extension page or the service worker), typed here because those scripts run in Node. Code handed to evaluate() is serialised, so it
 * reaches the API as `(globalThis as unknown as { chrome: ChromeApi }).chrome`.
 */
export interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    query(q: { url?: string; active?: boolean }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}
