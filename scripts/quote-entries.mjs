// One rollup entry per quotation (dist/quote/<id>.js), for the smallest page a blogger can make:
// each entry holds that quotation, the source documents it cites and its speakers' names, and
// imports the card from a chunk the entries share (so two quotations on a page load it once).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const records = (name) => JSON.parse(readFileSync(new URL(`../src/data/records/${name}.json`, import.meta.url), 'utf8'));
const entry = fileURLToPath(new URL('../src/components/quote-card/quote-entry.ts', import.meta.url));
const PREFIX = '\0steppe-quote:';

export function quoteEntries() {
  const quotes = records('quotes');
  const sources = records('sources');
  const speakers = records('derived/quote-speakers');
  return {
    // a quotation merged into another keeps its entry: dist/quote/<old id>.js loads the merged one
    input: Object.fromEntries(quotes.flatMap((q) => [q.id, ...(q.replaces ?? [])].map((id) => [id, `${PREFIX}${id}`]))),
    // An entry is one call with its records: a source map of it would map that line to itself, so
    // the entries ship without one (187 files, 0.3 MB of the package); card.js keeps its map.
    noEntryMaps: {
      name: 'steppe-quote-entries-no-maps',
      generateBundle(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || !file.isEntry) continue;
          delete bundle[`${file.fileName}.map`];
          file.code = file.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
        }
      },
    },
    plugin: {
      name: 'steppe-quote-entries',
      resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
      load(id) {
        if (!id.startsWith(PREFIX)) return null;
        const wanted = id.slice(PREFIX.length);
        const quote = quotes.find((q) => q.id === wanted || q.replaces?.includes(wanted));
        const docs = new Set(quote.sources.map((s) => s.doc));
        const data = { quotes: [quote], sources: sources.filter((s) => docs.has(s.id)) };
        const names = speakers.filter((s) => quote.speakers?.includes(s.id));
        return `import { defineQuoteCard } from ${JSON.stringify(entry)};\ndefineQuoteCard(${JSON.stringify(data)}, ${JSON.stringify(names)});\n`;
      },
    },
  };
}
