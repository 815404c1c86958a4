import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';

setCustomElementsManifest(customElements);

const DARK_PAGE = '#15181c';

/**
 * The toolbar's "Widget theme": sets `theme` on every steppe-* element of the story (also those
 * a story adds later), and under "dark" paints the story's page dark, as a dark site would.
 */
class WidgetThemeScope extends HTMLElement {
  private readonly observer = new MutationObserver(() => this.apply());

  connectedCallback(): void {
    this.apply();
    this.observer.observe(this, { childList: true, subtree: true });
  }

  disconnectedCallback(): void {
    this.observer.disconnect();
  }

  private apply(): void {
    const theme = this.getAttribute('theme') ?? '';
    for (const el of this.querySelectorAll('*')) {
      if (el.localName.startsWith('steppe-') && el.getAttribute('theme') !== theme) el.setAttribute('theme', theme);
    }
  }
}
if (!window.customElements.get('sb-widget-theme')) window.customElements.define('sb-widget-theme', WidgetThemeScope);

const withWidgetTheme: Decorator = (story, { globals }) => {
  const theme = (globals.widgetTheme as string | undefined) ?? '';
  if (!theme) return story();
  const page = theme === 'dark' ? `display:block;background:${DARK_PAGE};color:#ece9e2;padding:1rem` : 'display:block';
  return html`<sb-widget-theme theme=${theme} style=${page}>${story()}</sb-widget-theme>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withWidgetTheme],
  globalTypes: {
    widgetTheme: {
      description: 'The theme attribute of every widget in the story',
      toolbar: {
        title: 'Widget theme',
        icon: 'contrast',
        items: [
          { value: '', title: 'As the story sets it' },
          { value: 'light', title: 'theme="light"' },
          { value: 'dark', title: 'theme="dark" (dark page)' },
          { value: 'auto', title: 'theme="auto" (follows the system)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { widgetTheme: '' },
  parameters: {
    // violations show as errors in the Accessibility panel and the sidebar's test status; in
    // Storybook 10 this needs no Vitest addon (only a Vitest run would also fail on them)
    a11y: { test: 'error' },
    options: { storySort: { order: ['Guides', ['How to embed', 'Theming'], 'Widgets'] } },
  },
};
export default preview;
