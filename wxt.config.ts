import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import sites from './data/sites.json' with { type: 'json' };
import { bundledDatasetInput } from './core/dataset/bundled-dataset';
import { validateDataset } from './core/dataset/validate-dataset';

/** Match patterns for the default news sites, with and without subdomains. */
const newsMatches = sites.domains.flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`]);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // A dataset with a broken reference or a fact without a source never ships.
    'build:before': () => {
      const { problems } = validateDataset(bundledDatasetInput);
      if (problems.length) {
        const list = problems.slice(0, 20).map((p) => `  ${p.path}: ${p.message}`);
        throw new Error(`data/ does not validate (${problems.length} problems):\n${list.join('\n')}`);
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Kontext',
    description:
      'Context for news about Russia–North Korea relations: who the experts are, what a claim rests on, who disputes it. Private notes, no network.',
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: newsMatches,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The note editor is a page of the extension framed by the card and the passage panel, so that
    // what the reader types never passes through the page (see core/notes/notes-frame-protocol.ts).
    // Any site the reader may add can frame it; the frame itself shows nothing without a target.
    // Chrome: only under the per-session dynamic address, so a page cannot load it by the fixed
    // extension id to find out that Kontext is installed. Firefox has no use_dynamic_url (it warns
    // on the key); its extension addresses are random per installation already.
    web_accessible_resources: [
      {
        resources: ['notes-frame.html'],
        matches: ['https://*/*', 'http://*/*'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Move to the next highlight and open its card',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // A fixed id keeps a reader's notes (stored under the extension's origin) across updates.
          id: 'kontext@kontext.invalid',
          // Firefox's built-in consent screen: Kontext collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
