// The speakers the quotations name: id, name, aliases and the collection each is in, without their
// citations (scripts/derive-data.mjs derives it from the records; the quote card shows names only).
import type { SpeakerName } from '../speakers.js';
import { collection } from './collection.js';
import records from '../records/derived/quote-speakers.json';

export const quoteSpeakers = collection<SpeakerName>(records);
