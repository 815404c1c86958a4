// dist/timeline.js, a file for one <script> tag: <steppe-timeline>, <steppe-dataset> (so a page
// can feed it its own records) and lit, with only the data the timeline shows: the events, the
// documents they cite, and people, organizations and places by name (not their whole records).
// The dataset is defined first, so a widget upgrading before it still finds it.
import { SteppeDataset } from '../components/dataset/dataset-element.js';
import { SteppeTimeline } from '../components/timeline/timeline.js';
import { addDefaultData } from '../data/default-data.js';
import { excerptsReady } from '../data/excerpts.js';
import { events } from '../data/collections/events.js';
import { organizationNames } from '../data/collections/organization-names.js';
import { peopleNames } from '../data/collections/people-names.js';
import { placeNames } from '../data/collections/place-names.js';
import { sources } from '../data/collections/sources.js';
import { lazily } from '../data/collections/collection.js';

// the records are unpacked when a dataset first shows them, never for a page with its own
addDefaultData(lazily({ events, people: peopleNames, organizations: organizationNames, places: placeNames, sources }));

// excerptsReady(): resolves when the excerpts (loaded after the first render, from dist/lazy/) are there
export { SteppeDataset, SteppeTimeline, excerptsReady };
