import { describe, expect, it } from 'vitest';
import { lookupClaim } from '../../../../scripts/coverage/claim-map';

describe('lookupClaim', () => {
  const map = { 'troops sent to Kursk': 'nk-troops-in-kursk', 'a long annotated label that …': null };

  it('finds a string the map reviews word for word', () => {
    expect(lookupClaim(map, 'troops sent to Kursk')).toEqual({ id: 'nk-troops-in-kursk' });
  });

  it('finds a string keyed by its opening words and an ellipsis, keeping a null mapping', () => {
    expect(lookupClaim(map, 'a long annotated label that goes on and on')).toEqual({ id: null });
  });

  it('reports a string the map does not review', () => {
    expect(lookupClaim(map, 'troops sent')).toBeUndefined();
    expect(lookupClaim(map, 'a long annotated')).toBeUndefined();
  });
});
