// A small hand-made dataset for behaviour tests, independent of the embedded data.
import { fixture, html } from '@open-wc/testing';
export const DOC_A = 'doc-a.txt';
export const DOC_B = 'doc-b.txt';

export const smallDataset = () => ({
  sources: [
    { id: DOC_A, title: 'A Study of Steppe Diplomacy', authors: ['Ada Author', 'Ben Writer'], kind: 'article', published: 'Journal of Tests 1(1)', sources: [{ doc: DOC_A, excerpt: 'A Study of Steppe Diplomacy' }] },
    { id: DOC_B, title: 'Untitled Notes', authors: [], kind: 'notes', sources: [{ doc: DOC_B, excerpt: 'Untitled Notes' }] },
  ],
  people: [
    { id: 'person-ana-speaker', name: 'Ana Speaker', aliases: ['A. Speaker'], roles: [{ title: 'Foreign minister' }], sources: [{ doc: DOC_A, excerpt: 'Foreign minister Ana Speaker said' }] },
    { id: 'person-bo-orator', name: 'Bo Orator', roles: [], sources: [{ doc: DOC_B, excerpt: 'Bo Orator noted' }] },
  ],
  organizations: [
    { id: 'org-union', name: 'Steppe Union', aliases: ['SU'], sources: [{ doc: DOC_A, excerpt: 'the Steppe Union (SU)' }] },
  ],
  quotes: [
    {
      id: 'q-first', text: 'The steppe is a bridge, not a wall.', speakers: ['person-ana-speaker'],
      speakerLabel: 'Foreign minister Ana Speaker', role: 'Foreign minister',
      date: { text: 'in May 2014', start: '2014-05' },
      sources: [{ doc: DOC_A, excerpt: 'Foreign minister Ana Speaker said in May 2014 that “The steppe is a bridge, not a wall.”', note: 'endnote 4' }],
    },
    {
      id: 'q-second', text: 'Cooperation is our main wealth.', speakers: ['person-bo-orator'], speakerLabel: 'Bo Orator',
      date: { text: 'by the close of the 2000s', start: '2000', end: '2009', approximate: true },
      sources: [{ doc: DOC_B, excerpt: 'Bo Orator noted “Cooperation is our main wealth.”' }, { doc: DOC_A, excerpt: 'as Orator put it, cooperation is wealth' }],
    },
    {
      id: 'q-anon', text: 'Nobody asked us.', speakers: [], speakerLabel: 'a local analyst',
      sources: [{ doc: DOC_B, excerpt: 'a local analyst said “Nobody asked us.”' }],
    },
    {
      id: 'q-union', text: 'Integration serves all members.', speakers: ['org-union'], speakerLabel: 'the Steppe Union',
      sources: [{ doc: DOC_A, excerpt: 'the Steppe Union declared “Integration serves all members.”' }],
    },
  ],
});

/** Runs `fn` with console.error/warn captured; returns what was written. */
export async function captureConsole(fn: () => unknown): Promise<{ errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return { errors, warnings };
}

/** An element's text as a reader sees it: whitespace runs squashed, trimmed. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Two animation frames: the widgets apply a measured width on the next frame, then render. */
export const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Waits until `check` holds (rendering after a ResizeObserver or virtualizer pass), up to about 2 s. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (check()) return;
    await frame();
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A test page (under test/pages/) in an iframe of the given size, once it has loaded; removed after the test like any fixture. */
export async function loadPage(page: string, title: string, size = 'width:1000px;height:800px'): Promise<HTMLIFrameElement> {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe title=${title} style=${size} src=${new URL(`./pages/${page}`, import.meta.url).href}></iframe>`);
  if (iframe.contentDocument?.readyState !== 'complete' || iframe.contentDocument.URL === 'about:blank') {
    await new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  }
  return iframe;
}
