#!/usr/bin/env node
// Serves the repository folder for the demo page (demo/index.html loads dist/steppe-widgets.js).
// Uses @web/dev-server's plain static mode: no transforms, the built bundle exactly as shipped.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://127.0.0.1:${server.config.port}/demo/`;
console.log(`steppe-widgets demo: ${url}  (Ctrl+C to stop)`);
