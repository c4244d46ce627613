// The update promise where it matters most: text typed in the editor a moment ago (autosave has not
// run yet) survives accepting "Cập nhật". Two guards stand behind it — the update waits for the
// editor's flush (save-guard), and autosave flushes on pagehide — so this passes while either holds;
// the order of the first is proven alone in test/unit/pwa/update-controller.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SKIP_E2E, waitForReady, type AppBrowser } from '../helpers/browser.ts';
import { copyBuild, serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1, BUILD_2 } from './builds.ts';
import { checkForUpdate, installFirstVersion } from './update-kit.ts';

describe.skipIf(SKIP_E2E)('update while editing', () => {
  let site: ReturnType<typeof copyBuild>;
  let server: Served;
  let b: AppBrowser;

  beforeAll(async () => {
    site = copyBuild(BUILD_1.dir);
    server = await serveDir(site.dir);
    b = await launchBrowser();
  });
  afterAll(async () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
    await b?.dispose();
    await server?.close();
    site?.remove();
  });

  it('keeps text typed just before "Cập nhật"', async () => {
    const page = b.page;
    await installFirstVersion(page, server.origin);

    await page.getByRole('link', { name: /Công tác tuyên truyền cải cách hành chính năm 2023/ }).click();
    const trichYeu = page.getByLabel('Trích yếu');
    await trichYeu.waitFor();

    site.publish(BUILD_2.dir);
    await checkForUpdate(page);

    const edited = 'Công tác tuyên truyền cải cách hành chính năm 2023 (bản sửa trước khi cập nhật)';
    await trichYeu.fill(edited);
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    // At once, well inside autosave's one-second delay.
    await page.getByRole('button', { name: 'Cập nhật' }).click();
    await reloaded;
    await waitForReady(page);
    await expect.poll(() => page.locator('footer').textContent()).toContain(BUILD_2.version);
    await page.getByLabel('Trích yếu').waitFor();
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(edited);
  });
});
