import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's ContentScriptContext switches itself off when it sees a "content script started" event on
 * `document`. That event is an ordinary DOM event: any page that knows the extension's id (public
 * for a published extension, and leaked by WXT's own `postMessage` announcement) can dispatch it
 * and so turn Kontext off on its page. Our scripts need no such signal — the full script keeps one
 * instance per page with a flag in the isolated world, which pages cannot see — so this context
 * neither announces itself nor listens. It still ends when the extension is reloaded or removed
 * (`browser.runtime.id` disappears), which is all the invalidation we rely on.
 */
export class PageProofContext extends ContentScriptContext {
  override stopOldScripts(): void {
    // Announcing ourselves would only tell the page which extension runs here.
  }

  override listenForNewerScripts(): void {
    // A page can forge the signal; see the class comment.
  }
}
