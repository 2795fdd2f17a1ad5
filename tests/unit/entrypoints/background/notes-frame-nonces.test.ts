import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesFrameNonces } from '@/entrypoints/background/notes-frame-nonces';

const A = 'aaaaaaaa-1111-4111-8111-111111111111';
const B = 'bbbbbbbb-2222-4222-8222-222222222222';

describe('the note-frame nonce registry', () => {
  beforeEach(() => fakeBrowser.reset());
  const registry = () => createNotesFrameNonces(fakeBrowser.storage.session);

  it('confirms a nonce only for the tab it was issued in, and only once', async () => {
    const nonces = registry();
    await nonces.issue(7, A);
    expect(await nonces.redeem(8, A)).toBe(false);
    expect(await nonces.redeem(7, A)).toBe(true);
    // A second frame with the same nonce (its address leaked) is not confirmed.
    expect(await nonces.redeem(7, A)).toBe(false);
  });

  it('confirms nothing that was never issued', async () => {
    const nonces = registry();
    await nonces.issue(7, A);
    expect(await nonces.redeem(7, B)).toBe(false);
    expect(await nonces.redeem(7, A)).toBe(true);
  });

  it('survives the service worker being stopped between issue and redeem', async () => {
    await registry().issue(7, A);
    expect(await registry().redeem(7, A)).toBe(true);
  });

  it('keeps both of two nonces issued at the same moment', async () => {
    const nonces = registry();
    await Promise.all([nonces.issue(7, A), nonces.issue(7, B)]);
    expect(await Promise.all([nonces.redeem(7, A), nonces.redeem(7, B)])).toEqual([true, true]);
  });

  it('forgets a closed tab’s nonces', async () => {
    const nonces = registry();
    await nonces.issue(7, A);
    await nonces.forgetTab(7);
    expect(await nonces.redeem(7, A)).toBe(false);
  });

  it('lets old unredeemed nonces of a tab lapse instead of piling up', async () => {
    const nonces = registry();
    const issued = Array.from(
      { length: 20 },
      (_, i) => `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
    );
    for (const nonce of issued) await nonces.issue(7, nonce);
    expect(await nonces.redeem(7, issued[0]!)).toBe(false);
    expect(await nonces.redeem(7, issued[19]!)).toBe(true);
  });
});
