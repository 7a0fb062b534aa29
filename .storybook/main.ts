// Storybook for plan-kit's elements (`npm run storybook`, `npm run build:storybook` → dist/storybook).
// Written by hand: `storybook init` does not run on these machines.
import { ELEMENT_TAGS } from '@plan-kit/elements/registry.js';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // One story file per element of the registry (packages/elements/src/registry.ts), in its order,
  // which is the sidebar's; each lives in its element's folder, where `npm run new:element` writes
  // it for a new one. stories/support/ holds what the story files share.
  stories: ELEMENT_TAGS.map((tag) => `../packages/elements/src/${tag}/${tag}.stories.ts`),
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own Vite config, not the site's (vite.config.ts at the root builds the microsite).
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The real plans and the fixtures, served for stories that load a plan by `src`.
  staticDirs: [
    { from: '../content/plans', to: '/plans' },
    { from: '../test/fixtures/plans', to: '/fixtures' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
};

export default config;
