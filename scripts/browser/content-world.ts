/**
 * Runs code in Kontext's content-script world of a tab (Chrome's isolated world for the extension),
 * through the DevTools protocol. Tests and the demo use it to send runtime messages exactly as a content
 * script would — the background must judge them by their real sender — and to look where the page
 * cannot: into Kontext's closed shadow roots.
 */
import type { Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { frameId?: string; isDefault?: boolean; type?: string };
}

/** Evaluates `expression` (awaiting a promise) in the top frame's Kontext content-script world. */
export async function evaluateInContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) =>
      contexts.push(event.context),
    );
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = contexts.find(
      (c) =>
        c.name === 'Kontext' && c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error(`no Kontext content script in ${page.url()}`);
    const result = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails)
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  } finally {
    await cdp.detach();
  }
}

/**
 * Calls `fn(arg)` in the content-script world, as page.evaluate does in the page's. `fn` is serialised:
 * it may use only its argument (JSON) and the world's globals, and returns JSON.
 */
export async function runInContentScript<A, T>(
  page: Page,
  fn: (arg: A) => T | Promise<T>,
  arg: A,
): Promise<T> {
  // tsx (the demo) wraps named inner functions in esbuild's __name helper, which the world lacks.
  const expression = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
  return evaluateInContentScript<T>(page, expression);
}

/** Sends a runtime message from the tab's content-script world and returns the background's reply. */
export async function sendFromContentScript(page: Page, message: unknown): Promise<unknown> {
  return evaluateInContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
}
