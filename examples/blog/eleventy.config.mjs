// Eleventy 3 config for the demo blog. Run from the repository root: `npm run build:blog`
// (after `npm run build`, which writes dist/steppe-widgets.js).
import path from 'node:path';
import litPlugin from '@lit-labs/eleventy-plugin-lit';

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // Every widget is rendered into the page when the site is built (Lit's server rendering, through
  // its Eleventy plugin), so the post reads with script disabled, in feeds and for search engines.
  // The plugin renders in a worker thread that imports the widgets' modules as the package ships them.
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['dist/esm/ssr.js'] });

  // The one script the blog loads: the self-contained bundle with Lit's hydration support, which
  // takes over the server-rendered widgets in place. The source map comes along for devtools.
  eleventyConfig.addPassthroughCopy({
    'dist/steppe-widgets.hydrate.js': 'assets/steppe-widgets.hydrate.js',
    'dist/steppe-widgets.hydrate.js.map': 'assets/steppe-widgets.hydrate.js.map',
    'examples/blog/src/assets/blog.css': 'assets/blog.css',
  });

  // Links relative to the page, so the built site works under any path prefix (a project page,
  // a subfolder, or the repository root served as-is by the tests) without a rebuild.
  eleventyConfig.addFilter('relative', (target, pageUrl) => {
    const from = pageUrl.endsWith('/') ? pageUrl : path.posix.dirname(pageUrl);
    const rel = path.posix.relative(from, target) || '.';
    return target.endsWith('/') && !rel.endsWith('/') ? `${rel}/` : rel;
  });

  eleventyConfig.addFilter('readableDate', (date) =>
    new Date(date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  eleventyConfig.addFilter('isoDate', (date) => new Date(date).toISOString().slice(0, 10));
}

export const config = {
  dir: {
    input: 'examples/blog/src',
    includes: '_includes',
    output: 'examples/blog/_site',
  },
  templateFormats: ['md', 'njk'],
  markdownTemplateEngine: false,
  htmlTemplateEngine: 'njk',
};
