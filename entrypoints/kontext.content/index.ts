import './highlight.css';
import { PageProofContext } from './page-proof-context';
import { runPage } from './run-page';

/** Injected by the background only where the probe found a candidate page (see probe.content.ts). */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // WXT's announcement would tell every page which extension this is (see page-proof-context.ts).
  noScriptStartedPostMessage: true,
  main() {
    // The probe may ask twice (a single-page site navigating); one instance per page is enough.
    const flag = '__kontextLoaded';
    const scope = globalThis as typeof globalThis & Record<typeof flag, boolean | undefined>;
    if (scope[flag]) return;
    scope[flag] = true;
    // Not WXT's context: a page could switch that one off with a forged DOM event.
    runPage(new PageProofContext('kontext')).catch((error: unknown) => {
      // Our failure must never become the page's: log it for the curious and leave the page alone.
      console.debug('[Kontext] content script stopped:', error);
    });
  },
});
