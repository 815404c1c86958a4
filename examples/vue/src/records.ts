// The app's own records, in the shapes the widgets read (the types come from the package and
// follow its schemas). <steppe-dataset> validates them again when they arrive.
import type { Dataset } from 'steppe-widgets/data';

export const records = {
  sources: [
    {
      id: 'reading-notes',
      title: 'Reading group notes on Eurasian integration',
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
      title: 'Treaty on the Eurasian Economic Union signed in Astana',
      date: { text: 'May 29, 2014', start: '2014-05-29' },
      kind: 'treaty',
      themes: ['eaeu'],
      actors: [],
      sources: [{ doc: 'reading-notes', excerpt: 'On May 29, 2014, Belarus, Kazakhstan and Russia signed the Treaty on the Eurasian Economic Union in Astana.' }],
    },
    {
      id: 'ev-notes-sco-astana',
      title: 'SCO summit held in Astana',
      date: { text: 'July 2024', start: '2024-07' },
      kind: 'summit',
      themes: ['sco'],
      actors: [],
      sources: [{ doc: 'reading-notes', excerpt: 'In July 2024 the heads of state of the Shanghai Cooperation Organization met in Astana.' }],
    },
  ],
} satisfies Partial<Dataset>;
