// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageProofContext } from '@/entrypoints/kontext.content/page-proof-context';

const contexts: ContentScriptContext[] = [];
const track = <T extends ContentScriptContext>(ctx: T): T => (contexts.push(ctx), ctx);

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
});

describe('PageProofContext', () => {
  it('stays valid when another "kontext started" announcement appears on the document', () => {
    const wxt = track(new ContentScriptContext('kontext'));
    const ours = track(new PageProofContext('kontext'));
    // A genuine WXT context announces itself exactly as a page forging the signal would.
    track(new ContentScriptContext('kontext'));
    // The control: WXT's own context believes the announcement and switches itself off...
    expect(wxt.isValid).toBe(false);
    // ...ours does not.
    expect(ours.isValid).toBe(true);
  });

  it('announces nothing the page could read', () => {
    const seen: string[] = [];
    const record = (event: Event) => seen.push(event.type);
    window.addEventListener('message', record);
    try {
      track(new PageProofContext('kontext'));
    } finally {
      window.removeEventListener('message', record);
    }
    expect(seen).toEqual([]);
  });

  it('still ends when the extension asks it to, with its timers', async () => {
    const ctx = track(new PageProofContext('kontext'));
    let fired = false;
    ctx.setTimeout(() => (fired = true), 5);
    ctx.notifyInvalidated();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.isValid).toBe(false);
    expect(fired).toBe(false);
  });
});
