import { siteHost } from '../sites/site-host';
import { isValidHost } from './settings';

/**
 * The host a reader means by what they typed: "example.org", "www.example.org/news" or a pasted
 * address all name example.org. Null when it is no site name at all.
 */
export function hostFromInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const host = siteHost(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return host && isValidHost(host) ? host : null;
}
