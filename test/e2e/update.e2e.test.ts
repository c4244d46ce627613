// A second build is published while the app is open: the user is offered it, accepts, and gets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SKIP_E2E, waitForReady, waitForServiceWorker, type AppBrowser } from '../helpers/browser.ts';
import { copyBuild, serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1, BUILD_2 } from './builds.ts';
import { count as listCount, row, skipSetup } from './list-kit.ts';

describe.skipIf(SKIP_E2E)('update to a newly published version', () => {
  let site: ReturnType<typeof copyBuild>;
  let server: Served;
  let b: AppBrowser;

  beforeAll(async () => {
    site = copyBuild(BUILD_1.dir);
    server = await serveDir(site.dir);
    b = await launchBrowser();
  });
  afterAll(async () => {
    await b?.dispose();
    await server?.close();
    site?.remove();
  });

  const footer = () => b.page.locator('footer').textContent();
  const count = () => listCount(b.page);
  const prompt = () => b.page.getByRole('heading', { name: 'Có phiên bản mới' });

  it('runs the installed version, controlled by its service worker', async () => {
    await b.page.goto(server.origin + '/');
    await waitForReady(b.page);
    await waitForServiceWorker(b.page);
    await skipSetup(b.page);
    // The second visit is the first one the worker controls.
    await b.page.reload();
    await waitForReady(b.page);
    expect((await waitForServiceWorker(b.page)).controlled).toBe(true);
    expect(await footer()).toContain(BUILD_1.version);
    expect(await prompt().count()).toBe(0);
    await row(b.page, 'Công tác tuyên truyền').getByRole('button', { name: 'Nhân bản' }).click();
    await expect.poll(count).toBe('2 văn bản');
  });

  it('offers "Có phiên bản mới" once a new build is published and the app checks for it', async () => {
    site.publish(BUILD_2.dir);
    // What the app's periodic check does (src/pwa/register.ts), without waiting an hour.
    await b.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await prompt().waitFor({ timeout: 30_000 });
    // Nothing changed under the user's feet: still the old version until they accept.
    expect(await footer()).toContain(BUILD_1.version);
  });

  it('"Cập nhật" right after a write lets it finish, then reloads into the new version', async () => {
    const reloaded = b.page.waitForEvent('load', { timeout: 30_000 });
    // Both presses in one task: the update starts while the copy is still being written. (IndexedDB
    // is usually faster than the worker swap anyway; the save-before-reload order itself is proven in
    // test/unit/pwa/update-controller.test.ts.)
    await b.page.evaluate(() => {
      const button = (name: string) =>
        [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === name)!;
      button('Nhân bản').click();
      button('Cập nhật').click();
    });
    await reloaded;
    await waitForReady(b.page);
    await expect.poll(footer).toContain(BUILD_2.version);
    expect(await prompt().count()).toBe(0);
    await expect.poll(count).toBe('3 văn bản');
  });

  it('made no request outside its origin', () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
  });
});
