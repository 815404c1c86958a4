/**
 * With `hash-link`, <steppe-timeline> keeps what a reader opened in the page's URL hash, for deep
 * links: the selected event (`#steppe-event=<id>`) or the story's step (`#steppe-step=3`). The
 * page's own anchors are left alone; a malformed hash names nothing.
 */
const EVENT_KEY = 'steppe-event=';
const STEP_KEY = 'steppe-step=';

/** The members of <steppe-timeline> the hash reads and writes. */
export interface HashHost {
  readonly hashLink: boolean;
  selected: string;
  /** The story's step, 0-based. */
  step: number;
}

/** Follows the hash: an event to open or a step to show. */
export function readHash(host: HashHost): void {
  if (!host.hashLink) return;
  const raw = location.hash.slice(1);
  if (raw.startsWith(STEP_KEY)) {
    const n = Number(raw.slice(STEP_KEY.length));
    if (Number.isInteger(n) && n >= 1) host.step = n - 1;
    return;
  }
  if (!raw.startsWith(EVENT_KEY)) return; // the page's own anchors are none of our business
  try {
    host.selected = decodeURIComponent(raw.slice(EVENT_KEY.length));
  } catch {
    // a malformed hash names no event
  }
}

const replaceHash = (hash: string): void => {
  const url = new URL(location.href);
  url.hash = hash;
  history.replaceState(history.state, '', url);
};

/** Writes the selected event (or clears it), keeping a hash of the page's own when nothing is selected. */
export function writeHash(host: HashHost): void {
  if (!host.hashLink) return;
  const current = location.hash.slice(1);
  if (current && !current.startsWith(EVENT_KEY) && !host.selected) return;
  replaceHash(host.selected ? `${EVENT_KEY}${encodeURIComponent(host.selected)}` : '');
}

/** Writes the story's step (1-based in the hash). */
export function writeStep(host: HashHost): void {
  if (host.hashLink) replaceHash(`${STEP_KEY}${host.step + 1}`);
}
