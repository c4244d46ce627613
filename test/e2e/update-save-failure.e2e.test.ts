// Issue 9 §1: an update never reloads over text that could not be saved — whether "Cập nhật" is
// pressed in this tab or the update was accepted in another one. It waits, says why, and goes ahead
// once the text is stored; each story ends with the typed text there in the new version.
// The disk is "filled" with the test build's switch (src/ui/test-hooks.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, SKIP_E2E, waitForReady, type AppBrowser } from '../helpers/browser.ts';
import { copyBuild, serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1, BUILD_2 } from './builds.ts';
import { fillDisk, openSample, saveError, savedState, typeInto } from './save-kit.ts';
import { checkForUpdate, installFirstVersion } from './update-kit.ts';

const WAITS = 'Chưa lưu được văn bản — chưa cập nhật.';

describe.skipIf(SKIP_E2E)('an update waits for text that could not be saved', () => {
  let site: ReturnType<typeof copyBuild>;
  let server: Served;
  let b: AppBrowser;

  // Each story from a fresh install of the first version, with the second one published.
  beforeEach(async () => {
    site = copyBuild(BUILD_1.dir);
    server = await serveDir(site.dir);
    b = await launchBrowser();
    await installFirstVersion(b.page, server.origin);
  });
  afterEach(async () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
    await b?.dispose();
    await server?.close();
    site?.remove();
  });

  const footer = (page: Page) => page.locator('footer').textContent();
  const prompt = (page: Page) => page.getByRole('heading', { name: 'Có phiên bản mới' });
  const updateButton = (page: Page) => page.getByRole('button', { name: 'Cập nhật', exact: true });
  const appError = (page: Page) => page.locator('.errors p');

  async function publishAndOffer(page: Page): Promise<void> {
    site.publish(BUILD_2.dir);
    await checkForUpdate(page);
  }

  /** "Cập nhật" reloads into the new version, and the text typed before is there. */
  async function updatesKeeping(page: Page, typed: string): Promise<void> {
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await updateButton(page).click();
    await reloaded;
    await waitForReady(page, 60_000);
    await expect.poll(() => footer(page)).toContain(BUILD_2.version);
    await page.getByLabel('Trích yếu').waitFor();
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(typed);
  }

  /** Typed while the disk is full: autosave has failed and says so. */
  async function typeWithFullDisk(page: Page, text: string): Promise<void> {
    await fillDisk(page, true);
    await typeInto(page.getByLabel('Trích yếu'), text);
    await saveError(page).filter({ hasText: 'Bộ nhớ của trình duyệt đã đầy' }).waitFor();
  }

  it('"Cập nhật" in this tab while the disk is full: no reload, the reason; once saved, the update and the text', async () => {
    const page = b.page;
    await openSample(page);
    await publishAndOffer(page);
    const typed = 'Kết quả công tác tuyên truyền năm 2023 (gõ trước khi cập nhật, lúc bộ nhớ đầy)';
    await typeWithFullDisk(page, typed);

    let loads = 0;
    page.on('load', () => loads++);
    await updateButton(page).click();
    await expect.poll(() => appError(page).textContent()).toContain(WAITS);
    expect(await appError(page).textContent()).toContain('Bộ nhớ của trình duyệt đã đầy');
    // The worker was not asked to take over: give it time to, and see that nothing moved.
    await page.waitForTimeout(3_000);
    expect(loads).toBe(0);
    expect(await footer(page)).toContain(BUILD_1.version);
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(typed);
    expect(await updateButton(page).isEnabled()).toBe(true);

    await fillDisk(page, false);
    await saveError(page).getByRole('button', { name: 'Thử lại' }).click();
    await savedState(page);
    await updatesKeeping(page, typed);
  });

  it('the update accepted in another tab while this one cannot save: this tab stays, says why, and updates once saved', async () => {
    const page = b.page;
    await openSample(page);
    await publishAndOffer(page);
    const typed = 'Kết quả công tác tuyên truyền năm 2023 (gõ ở thẻ này, thẻ kia cập nhật)';
    await typeWithFullDisk(page, typed);
    let loads = 0;
    page.on('load', () => loads++);

    // Another tab of the app, on the list: its user accepts the update there.
    const other = await b.context.newPage();
    await other.goto(server.origin + '/');
    await waitForReady(other, 60_000);
    await prompt(other).waitFor({ timeout: 30_000 });
    const otherReloaded = other.waitForEvent('load', { timeout: 60_000 });
    await updateButton(other).click();
    await otherReloaded;
    await waitForReady(other, 60_000);
    await expect.poll(() => footer(other)).toContain(BUILD_2.version);

    // The new worker took this tab over too; its save failed, so it stayed — and says why.
    await expect.poll(() => appError(page).textContent(), { timeout: 30_000 }).toContain(WAITS);
    expect(loads).toBe(0);
    expect(await footer(page)).toContain(BUILD_1.version);
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(typed);
    await prompt(page).waitFor();

    await fillDisk(page, false);
    // "Cập nhật" saves first (the text is still pending), then reloads: the worker is active already.
    await updatesKeeping(page, typed);
    await other.close();
  });
});
