/**
 * The parts of <steppe-timeline> that a page needs only after a reader acts or asks for them,
 * each a module imported once per page: the detail panel with the axis gestures and the print list
 * (preloaded after the first render), and the story layout (only for layout="story"). Their styles
 * are adopted into the timeline's shadow root when they arrive; a failure is shown and logged.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';

export type DetailModule = typeof import('./timeline-detail.js');
export type StoryModule = typeof import('./timeline-story.js');

let detailModule: Promise<DetailModule> | undefined;
let storyModule: Promise<StoryModule> | undefined;

/** The members of <steppe-timeline> its lazily loaded parts set (the element passes itself). */
export interface PartsHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly selected: string;
  detail?: DetailModule;
  detailFailed: boolean;
  detailLoad?: Promise<void>;
  /** Drag, pinch and Ctrl/⌘ + wheel on the axis (from the detail's module). */
  gestures?: EventListenerObject;
  story?: StoryModule;
  storyFailed: boolean;
}

const adopt = (host: PartsHost, styles: readonly CSSResultOrNative[]): void => {
  const root = host.renderRoot as ShadowRoot;
  adoptStyles(root, [...(supportsAdoptingStyleSheets ? root.adoptedStyleSheets : []), ...styles]);
};

/** Imports the detail panel's module and takes the axis gestures from it; after a failure the next opened event tries again. */
export function loadDetail(host: PartsHost): void {
  host.detailFailed = false;
  host.detailLoad ??= (detailModule ??= import('./timeline-detail.js')).then(
    (module) => {
      adopt(host, module.detailStyles);
      host.gestures = module.axisGestures(host as unknown as import('./timeline-detail.js').TimelineHost);
      host.detail = module;
    },
    (error: unknown) => {
      detailModule = host.detailLoad = undefined;
      host.detailFailed = true;
      if (host.selected) console.error(`[steppe-widgets] <steppe-timeline> could not load the detail of event "${host.selected}".`, error);
    },
  );
}

/** Imports the story layout's module; after a failure the timeline says so (and a reload tries again). */
export function loadStory(host: PartsHost): void {
  if (host.story || host.storyFailed) return;
  (storyModule ??= import('./timeline-story.js')).then(
    (module) => {
      if (!host.story) adopt(host, module.storyStyles);
      host.story = module;
    },
    (error: unknown) => {
      storyModule = undefined;
      host.storyFailed = true;
      console.error('[steppe-widgets] <steppe-timeline> could not load its story layout.', error);
    },
  );
}
