// dist/membership-matrix.js, a file for one <script> tag: <steppe-membership-matrix>,
// <steppe-dataset> (so a page can feed it its own records) and lit, with only the data the matrix
// shows: the memberships, the documents they cite, countries by name, and organizations by name
// with what its detail shows of those a membership names.
import { SteppeDataset } from '../components/dataset/dataset-element.js';
import { SteppeMembershipMatrix } from '../components/membership-matrix/membership-matrix.js';
import { addDefaultData } from '../data/default-data.js';
import { excerptsReady } from '../data/excerpts.js';
import { matrixOrganizations } from '../data/collections/matrix-organizations.js';
import { memberships } from '../data/collections/memberships.js';
import { placeNames } from '../data/collections/place-names.js';
import { sources } from '../data/collections/sources.js';
import { lazily } from '../data/collections/collection.js';

// the records are unpacked when a dataset first shows them, never for a page with its own
addDefaultData(lazily({ memberships, organizations: matrixOrganizations, places: placeNames, sources }));

// excerptsReady(): resolves when the excerpts (loaded after the first render, from dist/lazy/) are there
export { SteppeDataset, SteppeMembershipMatrix, excerptsReady };
