import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Review Lens',
    description: 'Summarises the review you are reading — verdict, people, key quotes — entirely on your device.',
    // activeTab + scripting: the toolbar click works even where the user has not granted host access
    // (Chrome "on click" site access, Firefox MV3 before the user opts in). storage: settings only.
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Summarise this review' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'review-lens@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
