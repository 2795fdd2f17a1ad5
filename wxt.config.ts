import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import sites from './data/sites.json' with { type: 'json' };

/** Match patterns for the default news sites, with and without subdomains. */
const newsMatches = sites.domains.flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`]);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Kontext',
    description:
      'Context for news about Russia–North Korea relations: who the experts are, what a claim rests on, who disputes it. Private notes, no network.',
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: newsMatches,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Move to the next highlight and open its card',
      },
    },
  },
});
