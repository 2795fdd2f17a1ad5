import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFor = (env: { browser: string }) => Record<string, unknown>;

describe('the manifest', () => {
  const manifest = config.manifest as unknown as ManifestFor;

  it('gives Chrome incognito windows a store of their own, apart from the regular notes', () => {
    expect(manifest({ browser: 'chrome' }).incognito).toBe('split');
  });

  it('asks Firefox for nothing it rejects: it has no split mode, so the default (spanning) stays', () => {
    expect(manifest({ browser: 'firefox' })).not.toHaveProperty('incognito');
  });
});
