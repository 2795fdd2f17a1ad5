import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseContentRequest } from '../../../../core/messages/runtime-messages';

describe('runtime messages', () => {
  it('accepts the messages the background answers', () => {
    expect(parseBackgroundRequest({ type: 'ping' })).toEqual({ ok: true, request: { type: 'ping' } });
    expect(parseBackgroundRequest({ type: 'site:set-enabled', host: 'spiegel.de', enabled: false }).ok).toBe(
      true,
    );
    expect(parseBackgroundRequest({ type: 'card:slices', entities: [{ kind: 'claim', id: 'x' }] }).ok).toBe(
      true,
    );
  });

  it('rejects malformed or forged messages with a reason instead of acting on them', () => {
    for (const bad of [
      null,
      'ping',
      { type: 'nope' },
      { type: 'tab:status', tabId: '3' },
      { type: 'site:set-enabled', host: '<img>', enabled: true },
      { type: 'card:slices', entities: [] },
      { type: 'card:slices', entities: [{ kind: 'person', id: 'x' }] },
      { type: 'card:slices', entities: Array.from({ length: 2_001 }, () => ({ kind: 'claim', id: 'x' })) },
    ]) {
      const parsed = parseBackgroundRequest(bad);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/invalid message/);
    }
    expect(parseContentRequest({ type: 'highlight:show', kind: 'person', id: 'x' })).toBeUndefined();
  });
});
