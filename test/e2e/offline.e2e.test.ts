// A new user's first visit installs the app; with the network gone (and the server stopped) it opens.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SKIP_E2E, waitForReady, waitForServiceWorker, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';

/** The URLs sw.js precaches, read from the built file itself. */
function precacheUrls(dir: string): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
}

/** Every file the app could ask for: the build minus the service worker's own scripts and Vite's manifest. */
function builtAssets(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => '/' + relative(dir, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith('/.vite/') && p !== '/sw.js' && !/^\/workbox-[\w-]+\.js$/.test(p));
}

describe.skipIf(SKIP_E2E)('offline', () => {
  let server: Served;
  let b: AppBrowser;

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
    b = await launchBrowser();
  });
  afterAll(async () => {
    await b?.dispose();
    await server?.close();
  });

  it('first visit: the service worker becomes active and precaches every asset', async () => {
    await b.page.goto(server.origin + '/');
    await waitForReady(b.page);
    await expect.poll(() => b.page.getByRole('heading', { name: 'Soạn văn bản' }).isVisible()).toBe(true);
    const sw = await waitForServiceWorker(b.page);
    expect(sw.state).toBe('activated');
    await b.page.getByText('Ứng dụng đã sẵn sàng để dùng khi không có mạng.').waitFor();

    const cached = await b.page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      }
      return urls;
    });
    const expected = precacheUrls(BUILD_1.dir).map((u) => '/' + u);
    // The precache list names every built asset, lazily loaded chunks included…
    expect(new Set(expected)).toEqual(new Set(builtAssets(BUILD_1.dir)));
    expect(expected.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(1);
    // …and after the first visit every one of them is in Cache Storage.
    expect(new Set(cached)).toEqual(new Set(expected));
  });

  it('offline, with the server stopped: reload opens the app and says it is offline', async () => {
    await b.context.setOffline(true);
    await server.close();
    await b.page.reload();
    await waitForReady(b.page);
    await expect.poll(() => b.page.getByRole('heading', { name: 'Soạn văn bản' }).isVisible()).toBe(true);
    await b.page.getByText('Đang ngoại tuyến — vẫn soạn và lưu được trên máy này.').waitFor();
    expect(await b.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await b.page.locator('footer').textContent()).toContain(BUILD_1.version);
  });

  it('made no request outside its origin and logged no error (CSP violations included)', () => {
    expect(b.recorder.urls.length).toBeGreaterThan(0);
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
    // Offline the browser logs the failed periodic check of sw.js; anything else is a bug.
    expect(b.recorder.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
  });
});
