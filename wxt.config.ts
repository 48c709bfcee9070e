import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Extension pages support <link rel=modulepreload> natively; Vite's polyfill would only add a fetch() call.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'Review Lens',
    description: 'Summarises the review you are reading — verdict, people, key quotes — entirely on your device.',
    // activeTab + scripting: the toolbar click works even where the user has not granted host access
    // (Chrome "on click" site access, Firefox MV3 before the user opts in). storage: settings only.
    // contextMenus: "Summarise selection" on selected text.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // The same sites the always-on content script matches. Needed so the background may inject the full
    // analyser into a page the cheap check liked; users can narrow it (Chrome's site access, Firefox's
    // per-site permissions) and the toolbar click still works through activeTab.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The toolbar button's tooltip is the popup page's <title> (entrypoints/popup/index.html): WXT writes it over
    // any action.default_title set here.

    // The toolbar click from the keyboard. Chrome and Firefox both open the popup for _execute_action and grant
    // activeTab as a click does; users can change the keys (chrome://extensions/shortcuts, Firefox's add-ons
    // page). Alt+Shift+L (for Lens) gets assigned in both (E2E checks it); Chromium left Alt+Shift+R unassigned.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Summarise the review on this page' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'review-lens@example.org',
              // The lowest Firefox that reads data_collection_permissions (140, also an ESR line): an older one
              // would install the add-on without showing the user our "collects nothing" declaration.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions later, in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
