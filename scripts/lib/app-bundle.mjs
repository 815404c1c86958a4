// Bundles a snippet the way an app that installed steppe-widgets would: esbuild, the package found
// in node_modules (a link to this folder), its `exports` and `sideEffects` honoured. Used by
// bench/size.mjs and test/node/tree-shaking.test.mjs. Needs `npm run build` first.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The minified bundle of `code` as an app's bundler splits it: what the page loads up front (the
 * entry and the chunks it imports statically), what it loads only when asked (dynamic imports: a
 * widget's excerpts, its Cite and Embed panels), and the package modules kept up front (paths from
 * the package root).
 */
export async function bundleAsApp(code) {
  const app = mkdtempSync(join(tmpdir(), 'steppe-app-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'steppe-widgets'), 'dir');
    const result = await build({
      stdin: { contents: code, resolveDir: app, loader: 'js' },
      bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'error',
      splitting: true, outdir: join(app, 'out'),
    });
    const outputs = result.metafile.outputs;
    // dynamic imports are entry points too in esbuild's splitting: the app's own is stdin
    const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint === '<stdin>');
    const upFront = new Set();
    const visit = (o) => {
      if (upFront.has(o)) return;
      upFront.add(o);
      for (const i of outputs[o].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    visit(entry);
    const file = (o) => Buffer.from(result.outputFiles.find((f) => f.path.endsWith(o.replace(/^.*out\//, 'out/'))).contents);
    // the modules with code in the output (the metafile's inputs also list those shaken out)
    const kept = [...upFront].flatMap((o) => Object.entries(outputs[o].inputs).filter(([, i]) => i.bytesInOutput > 0)
      .map(([p]) => join(process.cwd(), p).replace(root, '')));
    const lazy = Object.keys(outputs).filter((o) => !upFront.has(o) && !o.endsWith('.map')).map(file);
    return { code: Buffer.concat([...upFront].map(file)), files: [...upFront].map(file), lazy, kept };
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}
