// Every <steppe-*> element in Vue's GlobalComponents: vue-tsc checks their attributes and types
// the event an `@steppe-select` handler receives.
import type {} from 'steppe-widgets/vue';
