import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // the .mdx guides first, so the sidebar opens on them
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // a11y: axe runs after every story renders (story view) and fills the Accessibility panel;
  // it needs no test runner for that
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
