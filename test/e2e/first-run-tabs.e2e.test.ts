// A new device opened in two tabs at once: the sample report is stored once, not twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SKIP_E2E, waitForReady, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import { count, skipSetup } from './list-kit.ts';

describe.skipIf(SKIP_E2E)('first run in two tabs', () => {
  let server: Served;
  let b: AppBrowser;

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
    b = await launchBrowser();
  });
  afterAll(async () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    await b?.dispose();
    await server?.close();
  });

  it('stores the sample once', async () => {
    const second = await b.context.newPage();
    await Promise.all([b.page.goto(server.origin + '/'), second.goto(server.origin + '/')]);
    await Promise.all([waitForReady(b.page), waitForReady(second)]);
    await skipSetup(b.page);
    await b.page.reload();
    await waitForReady(b.page);
    await expect.poll(() => count(b.page)).toBe('1 văn bản');
  });
});
