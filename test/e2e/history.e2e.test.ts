// The version history (issue 9, §2): export, change, open "Lịch sử phiên bản", see the version from
// before the export read-only in the A4 preview, restore it (a version of the current text is kept
// first), and take the restore back with the editor's "Hoàn tác".
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SKIP_E2E } from '../helpers/browser.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { axeViolations, DESKTOP, downloaded, fromMenu, PHONE, saved, screenshot } from './editor-kit.ts';
import { editorId, skipSetup, statusText, storedDocs, storedRevisions } from './list-kit.ts';
import { BUILD_1 } from './builds.ts';

const EXPORTED = 'Công tác tuyên truyền cải cách hành chính năm 2023 và Phương hướng nhiệm vụ năm 2024';
const CHANGED = 'Kết quả tuyên truyền năm 2023, bản sửa sau khi xuất';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Lịch sử phiên bản' });
const versions = (page: Page) => dialog(page).locator('ol > li > button');
const dialogPages = (page: Page) => dialog(page).locator('.preview section.page');
const editorPages = (page: Page) => page.locator('.preview-pane .preview section.page');
const text = async (l: ReturnType<Page['locator']>) => (await l.allInnerTexts()).join(' ').replace(/\s+/g, ' ');

describe.skipIf(SKIP_E2E)('version history', () => {
  const app = useServedApp(BUILD_1.dir, { viewport: DESKTOP });
  let id = '';

  it('export, change, restore the version from before the export, then undo the restore', async () => {
    const page = app.b.page;
    await skipSetup(page);
    await page.getByRole('link', { name: /Công tác tuyên truyền cải cách hành chính năm 2023/ }).click();
    await page.getByLabel('Trích yếu').waitFor();
    id = editorId(page)!;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    await downloading;

    await page.getByLabel('Trích yếu').fill(CHANGED);
    await saved(page);
    await (await fromMenu(page, 'Lịch sử phiên bản')).click();
    await dialog(page).waitFor();
    // Newest first: the one version is the text as exported.
    await expect.poll(() => versions(page).count()).toBe(1);
    expect(await versions(page).first().innerText()).toMatch(/^\d\d:\d\d, \d\d\/\d\d\/\d{4}\nTrước khi xuất\nBản cũ nhất còn giữ$/);
    await versions(page).first().click();
    expect(await versions(page).first().getAttribute('aria-pressed')).toBe('true');
    await dialogPages(page).first().waitFor();
    // Read-only: pages, no fields; the text as it was exported, not as it is now.
    expect(await dialog(page).getByRole('textbox').count()).toBe(0);
    const shown = await text(dialogPages(page));
    expect(shown).toContain('Công tác tuyên truyền cải cách hành chính năm 2023');
    expect(shown).not.toContain('bản sửa sau khi xuất');
    expect(await dialog(page).locator('.since').innerText()).toMatch(/^Từ bản này đến nội dung đang soạn: thêm \d+ từ, bớt \d+ từ ở Trích yếu\.$/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'lich-su-phien-ban');

    await dialog(page).getByRole('button', { name: 'Khôi phục bản này' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(EXPORTED);
    expect(await statusText(page)).toMatch(/^Đã khôi phục bản lúc .*«Hoàn tác»/);
    // The focus is back on the menu's toggle, where the history was opened from.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('thao-tac-khac');
    await saved(page);
    expect((await storedDocs(page)).find((d) => d.id === id)!.vanBan.trichYeu).toBe(EXPORTED);
    // The text it replaced was kept first.
    const kept = await storedRevisions(page, id);
    expect(kept.map((r) => r.reason)).toEqual(['export', 'restore']);
    expect(kept[1]!.vanBan.trichYeu).toBe(CHANGED);
    await expect.poll(() => text(editorPages(page))).toContain('Công tác tuyên truyền cải cách hành chính năm 2023');

    await (await fromMenu(page, 'Hoàn tác')).click();
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(CHANGED);
    await saved(page);
    expect((await storedDocs(page)).find((d) => d.id === id)!.vanBan.trichYeu).toBe(CHANGED);
    await expect.poll(() => text(editorPages(page))).toContain('bản sửa sau khi xuất');

    // The history now starts with the version kept before the restore.
    await (await fromMenu(page, 'Lịch sử phiên bản')).click();
    await expect.poll(() => versions(page).count()).toBe(2);
    const rows = await versions(page).allInnerTexts();
    expect(rows[0]).toMatch(/\nTrước khi khôi phục\nThêm \d+ từ, bớt \d+ từ ở Trích yếu$/);
    expect(rows[1]).toMatch(/\nTrước khi xuất\nBản cũ nhất còn giữ$/);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
  });

  it('on a phone the chosen version takes the screen, with the focus, and gives it back to the list', async () => {
    const page = app.b.page;
    await page.setViewportSize(PHONE);
    await (await fromMenu(page, 'Lịch sử phiên bản')).click();
    await expect.poll(() => versions(page).count()).toBe(2);
    // Ctrl+Z in the dialog leaves the text behind it alone.
    await page.keyboard.press('Control+Z');
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(CHANGED);
    await versions(page).nth(1).click();
    await dialogPages(page).first().waitFor();
    expect(await versions(page).nth(1).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ls-version-title');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'lich-su-phien-ban-dien-thoai');
    await dialog(page).getByRole('button', { name: '← Danh sách phiên bản' }).click();
    expect(await versions(page).nth(1).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('false');
    await dialog(page).getByRole('button', { name: 'Đóng lịch sử phiên bản' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    await page.setViewportSize(DESKTOP);
  });

  it('the storage screen shows the room history takes and the policy; a backup carries history only when asked', async () => {
    const page = app.b.page;
    await page.getByRole('link', { name: '← Danh sách' }).click();
    await page.getByRole('link', { name: 'Bộ nhớ' }).click();
    await page.getByRole('heading', { name: 'Bộ nhớ trên máy này' }).waitFor();
    await expect.poll(() => page.getByTestId('dung-luong-lich-su').textContent()).toMatch(/^\s*2 phiên bản của 1 văn bản, \d+ KB\s*$/);
    expect(await page.getByTestId('dung-luong-van-ban').textContent()).toMatch(/^1 văn bản, \d+ KB$/);
    expect(await page.getByText(/^Giữ mọi bản trong 1 giờ qua/).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'bo-nho');

    await page.getByRole('link', { name: '← Danh sách văn bản' }).click();
    const backup = async () => {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Sao lưu', exact: true }).click();
      return JSON.parse(new TextDecoder().decode(await downloaded(await downloading))) as { revisions?: { docId: string; reason: string }[] };
    };
    expect(await backup()).not.toHaveProperty('revisions');
    await page.getByRole('checkbox', { name: 'Kèm lịch sử phiên bản' }).check();
    const withHistory = await backup();
    expect(withHistory.revisions!.map((r) => [r.docId, r.reason]).sort()).toEqual([
      [id, 'export'],
      [id, 'restore'],
    ]);
    await expect.poll(() => statusText(page)).toContain('Đã sao lưu 1 văn bản kèm 2 phiên bản lịch sử');
  });
});
