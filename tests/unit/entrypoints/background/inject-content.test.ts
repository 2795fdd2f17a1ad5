import { describe, expect, it, vi } from 'vitest';
import { moveRegisteredProbes } from '@/entrypoints/background/inject-content';

type Registered = { id: string; js?: string[] };

function scripting(registered: Registered[]) {
  return {
    getRegisteredContentScripts: vi.fn(async () => registered),
    updateContentScripts: vi.fn(async (_: { id: string; js: string[] }[]) => undefined),
  };
}

describe('moveRegisteredProbes', () => {
  it('points probes registered by an older version at the probe’s current file', async () => {
    const api = scripting([
      { id: 'probe:example.org', js: ['content-scripts/probe.js'] },
      { id: 'probe:blog.example', js: ['probe.js'] },
      { id: 'something-else', js: ['content-scripts/probe.js'] },
    ]);
    await moveRegisteredProbes(api as never);
    expect(api.updateContentScripts).toHaveBeenCalledExactlyOnceWith([
      { id: 'probe:example.org', js: ['/probe.js'] },
    ]);
  });

  it('changes nothing when every probe is current', async () => {
    const api = scripting([{ id: 'probe:example.org', js: ['/probe.js'] }]);
    await moveRegisteredProbes(api as never);
    expect(api.updateContentScripts).not.toHaveBeenCalled();
  });
});
