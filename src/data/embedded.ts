// The whole embedded dataset. Import a single collection from ./collections/ instead where a
// module needs only that one: this file pulls in every collection.
// (The collections modules export functions; embeddedDataset reads like plain arrays.)
import type { Dataset } from './schema.js';
import { events } from './collections/events.js';
import { figures } from './collections/figures.js';
import { memberships } from './collections/memberships.js';
import { organizations } from './collections/organizations.js';
import { people } from './collections/people.js';
import { places } from './collections/places.js';
import { quotes } from './collections/quotes.js';
import { sources } from './collections/sources.js';
import { lazily } from './collections/collection.js';

/** Every embedded collection; each is unpacked when first read. */
export const embeddedDataset: Dataset = lazily<Dataset>({
  sources, events, organizations, memberships, figures, quotes, people, places,
});
