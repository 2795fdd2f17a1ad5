import { browser } from 'wxt/browser';

/**
 * Which note-editor nonces the content script issued in which tab. The note editor
 * (entrypoints/notes-frame) may be framed by any page, by its address; before it shows or accepts
 * anything it asks here whether its nonce was issued for its own tab. A frame a page made itself
 * carries a nonce nobody issued and stays blank. Each nonce is good for one frame: redeeming it
 * removes it, so one seen later (a frame's address leaking) opens nothing.
 *
 * Kept in storage.session, not in a variable: the service worker may be stopped between the content
 * script issuing a nonce and its frame asking. Session storage is the extension's alone (content
 * scripts cannot read it) and is gone when the browser closes.
 */
export interface NonceArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A tab rarely has more than a card's and a passage editor's frame; older unredeemed ones lapse. */
const PER_TAB = 16;

export interface NotesFrameNonces {
  issue(tabId: number, nonce: string): Promise<void>;
  /** Whether `nonce` was issued for `tabId` and not redeemed yet; it is used up either way. */
  redeem(tabId: number, nonce: string): Promise<boolean>;
  forgetTab(tabId: number): Promise<void>;
}

export function createNotesFrameNonces(area: NonceArea): NotesFrameNonces {
  const key = (tabId: number) => `notesFrames:${tabId}`;
  const read = async (tabId: number): Promise<string[]> => {
    const stored = (await area.get(key(tabId)))[key(tabId)];
    return Array.isArray(stored) ? stored.filter((n): n is string => typeof n === 'string') : [];
  };
  // Read-modify-write in turn: a card and a passage editor may issue in the same moment.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    issue: (tabId, nonce) =>
      inTurn(async () => {
        const list = (await read(tabId)).filter((n) => n !== nonce);
        list.push(nonce);
        await area.set({ [key(tabId)]: list.slice(-PER_TAB) });
      }),
    redeem: (tabId, nonce) =>
      inTurn(async () => {
        const list = await read(tabId);
        if (!list.includes(nonce)) return false;
        await area.set({ [key(tabId)]: list.filter((n) => n !== nonce) });
        return true;
      }),
    forgetTab: (tabId) => inTurn(() => area.remove(key(tabId))),
  };
}

export const notesFrameNonces = createNotesFrameNonces(browser.storage.session);
