// A benchmark page in Chromium: a TypeScript entry bundled with esbuild and served from 127.0.0.1
// (IndexedDB needs an http origin, not file: or about:blank), so storage code runs on the browser's
// real IndexedDB. The entry sets `window.bench`; `use` drives it.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { REPO } from '../helpers/build.ts';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function withBenchPage<T>(entry: string, use: (page: Page, chromiumVersion: string) => Promise<T>): Promise<T> {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: REPO, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const js = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${address.port}/`);
    await page.waitForFunction(() => 'bench' in window);
    return await use(page, browser.version());
  } finally {
    await browser.close();
    server.close();
  }
}
