// Lit's html`` and css`` templates minified (whitespace, comments; CSS through lightningcss), for
// the build (rollup.config.mjs) and for the browser tests (web-test-runner.config.mjs), so the tests
// run the templates that ship. Whitespace between inline elements is kept as one space: rendered
// text such as "— Name, role" depends on it. Empty attributes stay (alt="" means something).
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

export const literals = () =>
  minifyLiterals({
    include: ['src/components/**/*.ts', 'src/lib/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  });
