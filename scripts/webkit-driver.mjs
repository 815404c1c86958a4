// Starts Xvfb (WebKitGTK's MiniBrowser has no headless mode) and WebKitWebDriver for the WebKit launcher.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const children = [];
process.on('exit', () => { for (const c of children) { try { c.kill('SIGTERM'); } catch {} } });
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => process.exit(130));

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer(); s.unref(); s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

function startXvfb() {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3 when ready.
  const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  children.push(x);
  let err = '';
  x.stderr.on('data', (d) => { err += d; });
  return new Promise((resolve, reject) => {
    let out = '';
    x.stdio[3].on('data', (d) => { out += d; if (out.includes('\n')) resolve(`:${out.trim()}`); });
    x.on('error', reject);
    x.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err}`)));
  });
}

async function waitReady(url, ms = 10000) {
  const end = Date.now() + ms;
  for (;;) {
    try { const r = await fetch(url); if (r.ok) return; } catch {}
    if (Date.now() > end) throw new Error(`WebKitWebDriver not ready at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startWebKitWebDriver() {
  const display = process.env.DISPLAY || (await startXvfb());
  const port = await freePort();
  const wd = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display, LANG: process.env.WEBKIT_LANG ?? 'en_US.UTF-8' } });
  children.push(wd);
  await waitReady(`http://127.0.0.1:${port}/status`);
  return { hostname: '127.0.0.1', port, display };
}
