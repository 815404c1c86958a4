// Your own records, typed by the package (the types follow its schemas); <steppe-dataset>
// validates them again when they arrive and reports any bad one.
import type { Dataset } from 'steppe-widgets/data';

export const records = {
  sources: [
    {
      id: 'reading-notes',
      title: 'Reading group notes',
      authors: ['Dana Serikova'],
      kind: 'notes',
      year: 2024,
      sources: [{ doc: 'reading-notes', excerpt: 'Reading group notes on Eurasian integration, spring 2024' }],
    },
  ],
  events: [
    {
      id: 'ev-notes-bri-speech',
      title: 'Xi Jinping proposes the Silk Road Economic Belt in Astana',
      date: { text: 'September 2013', start: '2013-09' },
      kind: 'speech',
      themes: ['bri'],
      actors: [],
      sources: [{ doc: 'reading-notes', excerpt: 'In September 2013, speaking in Astana, Xi Jinping proposed a Silk Road Economic Belt.' }],
    },
    {
      id: 'ev-notes-eaeu-treaty',
      title: 'Treaty on the Eurasian Economic Union signed',
      date: { text: 'May 2014', start: '2014-05' },
      kind: 'treaty',
      themes: ['eaeu'],
      actors: [],
      sources: [{ doc: 'reading-notes', excerpt: 'Signed in May 2014, the Treaty on the Eurasian Economic Union came into force in January 2015.' }],
    },
  ],
} satisfies Partial<Dataset>;
