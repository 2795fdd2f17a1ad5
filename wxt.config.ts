import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import sites from './data/sites.json' with { type: 'json' };
import { bundledDataset, bundledDatasetInput } from './core/dataset/bundled-dataset';
import { findingDataModule } from './core/dataset/finding-data';
import { validateDataset } from './core/dataset/validate-dataset';

/**
 * WXT's wrapper around a `defineContentScript` builds a stock ContentScriptContext before `main` runs,
 * and that constructor dispatches `<extension-id>:<script>:wxt:content-script-started` on `document`
 * (and listens for it): a page that knows the id hears Kontext arrive. The wrapper's context gets both
 * switched off here. The build fails if WXT's wrapper no longer has the line this rewrites.
 */
const quietContentScriptContext = {
  name: 'kontext:quiet-content-script-context',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!id.includes('content-script-isolated-world-entrypoint')) return null;
    const from = 'new ContentScriptContext(';
    if (code.split(from).length !== 2) throw new Error(`WXT's content-script wrapper changed: ${id}`);
    return code.replace(
      from,
      'new (class extends ContentScriptContext { stopOldScripts() {} listenForNewerScripts() {} })(',
    );
  },
};

/**
 * The content script's dataset: only what finding needs (core/dataset/finding-data.ts), made here so
 * that bios, timelines and sources never enter its bundle; the background serves those to cards.
 */
const FINDING_DATA_ID = 'virtual:kontext-finding-data';
const findingDataPlugin = {
  name: 'kontext:finding-data',
  resolveId: (id: string) => (id === FINDING_DATA_ID ? `\0${FINDING_DATA_ID}` : null),
  load: (id: string) => (id === `\0${FINDING_DATA_ID}` ? findingDataModule(bundledDataset) : null),
};

/** Match patterns for the default news sites, with and without subdomains. */
const newsMatches = sites.domains.flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`]);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), quietContentScriptContext, findingDataPlugin] }),
  hooks: {
    // A dataset with a broken reference or a fact without a source never ships. The trust and time
    // rules are the dataset test's (tests/unit/data/dataset.test.ts), which knows the records still
    // awaiting re-verification.
    'build:before': () => {
      const problems = validateDataset(bundledDatasetInput).problems.filter((p) => p.rule === 'structure');
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
    // The probe is a plain script (see entrypoints/probe.ts for why not a WXT content script).
    content_scripts: [{ matches: newsMatches, js: ['probe.js'], run_at: 'document_idle', all_frames: false }],
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
    // Notes written in an incognito window must not land in (or show) the regular profile's notes.
    // Chrome: "split" gives incognito windows their own background and their own IndexedDB, which the
    // browser discards with the incognito session. Firefox has no split mode (asked for it, Firefox 127+
    // installs the add-on as "not_allowed"), so there the default "spanning" stays: Kontext runs in
    // private windows only if the reader allows it, and the README says their notes join the regular ones.
    ...(browser !== 'firefox' && { incognito: 'split' as const }),
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
