// Vue: the elements in GlobalComponents, as a template sees them (test/node/framework-types.test.mjs).
// Vue's template compiler turns `@steppe-select="…"` into the prop `onSteppeSelect`, the key
// vue-tsc checks the handler against, and vue-tsc looks an attribute up camelized: `quote-id="…"`
// as `quoteId` (examples/vue type-checks real templates).
import type {} from 'steppe-widgets/vue';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const card: Props<'steppe-quote-card'> = { quoteId: 'q-001', theme: 'dark' };
export const timeline: Props<'steppe-timeline'> = { onSteppeSelect: (e) => e.recordId.toUpperCase() };
// @ts-expect-error quote-id is a string
export const badQuoteId: Props<'steppe-quote-card'> = { quoteId: 17 };
// @ts-expect-error theme is light, dark or auto
export const badTheme: Props<'steppe-quote-card'> = { theme: 'sepia' };
// @ts-expect-error the handler gets a SteppeSelectEvent
export const badHandler: Props<'steppe-timeline'> = { onSteppeSelect: (e: MouseEvent) => e.clientX };
