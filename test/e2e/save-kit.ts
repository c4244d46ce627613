// Steps shared by the browser tests of failed saves: the test build's full-disk switch
// (src/ui/test-hooks.ts), the editor's save state, and the sample report the first run stores.
import type { Locator, Page } from 'playwright-core';

export const SAMPLE = /Công tác tuyên truyền cải cách hành chính năm 2023/;

/** Every IndexedDB write fails (QuotaExceededError) while `full` is true, as on a full disk. */
export async function fillDisk(page: Page, full: boolean): Promise<void> {
  await page.evaluate((f) => {
    if (!window.__soanTest) throw new Error('not a test build: window.__soanTest is missing');
    window.__soanTest.fillDisk(f);
  }, full);
}

/** The sample report in the editor, from the list. */
export async function openSample(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: SAMPLE }).click();
  const trichYeu = page.getByLabel('Trích yếu');
  await trichYeu.waitFor();
  return trichYeu;
}

/** Types like a person (a click, then keys): the browser then counts the page as used, as it must
 * before it asks anything on closing. */
export async function typeInto(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.press('Control+A');
  await box.pressSequentially(text);
}

/** The editor's alert that autosave failed, with its "Thử lại". */
export function saveError(page: Page): Locator {
  return page.locator('.save-error');
}

/** Autosave has stored everything (generous: a busy machine runs the checker and preview slowly). */
export async function savedState(page: Page): Promise<void> {
  const state = page.getByTestId('trang-thai-luu');
  try {
    await state.filter({ hasText: /^Đã lưu$/ }).waitFor({ timeout: 30_000 });
  } catch (e) {
    throw new Error(`still not saved: "${await state.textContent().catch(() => '(no save state)')}" ${await page.locator('.save-error').textContent().catch(() => '')}`, { cause: e });
  }
}
