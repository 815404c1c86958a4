// Eleventy 3 config for the demo blog. Run from the repository root: `npm run build:blog`
// (after `npm run build`, which writes dist/steppe-widgets.js).
import path from 'node:path';

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // The one script a blog needs: the self-contained bundle (lit and all data inlined), served
  // from the site's own origin. The source map comes along so a reader's devtools find it too.
  eleventyConfig.addPassthroughCopy({
    'dist/steppe-widgets.js': 'assets/steppe-widgets.js',
    'dist/steppe-widgets.js.map': 'assets/steppe-widgets.js.map',
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
