import sites from '../../data/sites.json';

const DEFAULT_DOMAINS: readonly string[] = sites.domains;

/** The host a per-site setting is keyed by: lower case, without a leading "www.". */
export function siteHost(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** True for a default news domain or any of its subdomains (www.spiegel.de, edition.cnn.com). */
export function isDefaultSite(host: string, domains: readonly string[] = DEFAULT_DOMAINS): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
