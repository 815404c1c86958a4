// `npm run analyze` (cem analyze): writes custom-elements.json from the sources' JSDoc, points it at
// the shipped files, then lets the generators of the wc-toolkit / custom-element-*-integration
// family write every framework's types and editor data from it into dist/:
//   dist/types/frameworks/jsx.d.ts     JSX elements for React 19, Preact and Solid (@wc-toolkit/jsx-types)
//   dist/types/frameworks/vue.d.ts     Vue's GlobalComponents (custom-element-vuejs-integration)
//   dist/types/frameworks/svelte.d.ts  Svelte's elements (custom-element-svelte-integration; see
//                                      frameworkGlue in scripts/cem-plugins.mjs for what it corrects)
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json (custom-element-vs-code-integration)
//   dist/web-types.json                JetBrains IDEs (custom-element-jet-brains-integration)
// (the editor data lists each attribute's values from the types @wc-toolkit/type-parser expands)
// package.json `exports` names each of them. The generated types import the classes and the event
// class from the root's declarations (dist/types/index.d.ts), which also bring the event map.
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { frameworkGlue, shippedEvents, shippedPaths, withoutWarnings } from './scripts/cem-plugins.mjs';

const TAGS = ['steppe-dataset', 'steppe-membership-matrix', 'steppe-quote-card', 'steppe-timeline', 'steppe-trade-table'];
/** The entry module of each element: src/<name>.ts, package.json `exports['./<name>']`. */
const entryOf = (tag) => tag.replace(/^steppe-/, '');
const FRAMEWORKS = 'dist/types/frameworks';
// type-parser's note for each type it keeps as written (see withoutWarnings)
const KEPT_AS_WRITTEN = /\[type-parser\] - Skipped parsing type/;
const typeParser = typeParserPlugin();
typeParser.analyzePhase = withoutWarnings(typeParser.analyzePhase, KEPT_AS_WRITTEN);
// the base class of the widgets has no tag of its own
const exclude = ['SteppeElement'];

export default {
  globs: ['src/**/*.ts'],
  // not shipped as modules of their own (the embed and quote pages' scripts, the static renderer)
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/embed/**', 'src/static/**', 'src/components/quote-card/quote-entry.ts', 'src/standalone/**', 'src/hydrate.ts', 'src/ssr.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // the type checker, for @wc-toolkit/type-parser: it writes each member's type alias out in
  // `parsedType` ('light' | 'dark' | 'auto' for Theme), which the editor data lists as values
  overrideModuleCreation({ ts, globs }) {
    const program = withoutWarnings(getTsProgram, KEPT_AS_WRITTEN)(ts, globs, 'tsconfig.build.json');
    return program.getSourceFiles().filter((sf) => globs.some((glob) => sf.fileName.endsWith(glob)));
  },
  plugins: [
    typeParser,
    shippedEvents(),
    shippedPaths({ entries: Object.fromEntries(TAGS.map((t) => [t, `src/${entryOf(t)}.ts`])) }),
    jsxTypesPlugin({
      outdir: FRAMEWORKS,
      fileName: 'jsx.d.ts',
      // one import of every class and event type, from the root's declarations
      globalTypePath: '../index.js',
      stronglyTypedEvents: true,
      exclude,
      hideLogs: true,
    }),
    customElementVuejsPlugin({ outdir: FRAMEWORKS, fileName: 'vue.d.ts', globalTypePath: '../index.js', exclude, hideLogs: true }),
    customElementSveltePlugin({ outdir: FRAMEWORKS, fileName: 'svelte-elements.d.ts', globalTypePath: '../index.js', exclude, hideLogs: true }),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'parsedType',
      exclude,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      typesSrc: 'parsedType',
      exclude,
      hideLogs: true,
    }),
    frameworkGlue({ outdir: FRAMEWORKS, vue: 'vue.d.ts', svelte: 'svelte-elements.d.ts' }),
  ],
};
