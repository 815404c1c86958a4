// Bundles a snippet the way an app that installed steppe-widgets would: esbuild, the package found
// in node_modules (a link to this folder), its `exports` and `sideEffects` honoured. Used by
// bench/size.mjs and test/node/tree-shaking.test.mjs. Needs `npm run build` first.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The minified bundle of `code` and the package modules it kept (paths from the package root). */
export async function bundleAsApp(code) {
  const app = mkdtempSync(join(tmpdir(), 'steppe-app-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'steppe-widgets'), 'dir');
    const result = await build({
      stdin: { contents: code, resolveDir: app, loader: 'js' },
      bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'error',
    });
    // the modules with code in the output (the metafile's inputs also list those shaken out)
    const [output] = Object.values(result.metafile.outputs);
    const kept = Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0)
      .map(([p]) => join(process.cwd(), p).replace(root, ''));
    return { code: Buffer.from(result.outputFiles[0].contents), kept };
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}
