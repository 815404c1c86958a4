// Svelte: the elements in svelteHTML.IntrinsicElements, as svelte-check reads markup, with Svelte 5's
// `onsteppe-select` and Svelte 4's `on:steppe-select` (test/node/framework-types.test.mjs).
import type {} from 'steppe-widgets/svelte';

type Attributes<T extends keyof svelteHTML.IntrinsicElements> = svelteHTML.IntrinsicElements[T];
export const card: Attributes<'steppe-quote-card'> = { 'quote-id': 'q-001', theme: 'auto' };
export const timeline: Attributes<'steppe-timeline'> = { 'onsteppe-select': (e) => e.recordId };
export const timeline4: Attributes<'steppe-timeline'> = { 'on:steppe-select': (e) => e.recordId };
export const dataset: Attributes<'steppe-dataset'> = { data: { events: [] } }; // set as the property
// @ts-expect-error issues is read-only: the element's getter
export const badIssues: Attributes<'steppe-dataset'> = { issues: [] };
// @ts-expect-error theme is light, dark or auto
export const badTheme: Attributes<'steppe-quote-card'> = { theme: 'sepia' };
// @ts-expect-error the handler gets a SteppeSelectEvent
export const badHandler: Attributes<'steppe-timeline'> = { 'onsteppe-select': (e: MouseEvent) => e.clientX };
// @ts-expect-error the handler gets a SteppeSelectEvent
export const badHandler4: Attributes<'steppe-timeline'> = { 'on:steppe-select': (e: MouseEvent) => e.clientX };
