// Issue 9 §1: when a save fails, nothing that would discard the text goes ahead — an over-long paste,
// leaving the editor, closing the tab, a box left held anyway (offered back at the next start) — and
// §3: a newer version in another tab upgrading the database. Each story ends with the typed text
// there after a reload.
// The disk is "filled" with the test build's switch (src/ui/test-hooks.ts → storage's
// simulateWriteFault), which fails every IndexedDB write with QuotaExceededError.
import { beforeAll, describe, expect, it } from 'vitest';
import { SKIP_E2E, waitForReady } from '../helpers/browser.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';
import { axeViolations } from './editor-kit.ts';
import { listHeading, skipSetup } from './list-kit.ts';
import { fillDisk, openSample, saveError, savedState, typeInto } from './save-kit.ts';

describe.skipIf(SKIP_E2E)('nothing typed is lost when a save fails', () => {
  const app = useServedApp(BUILD_1.dir);

  /** The sample's editor address (its summary, the list's link text, changes in the first story). */
  let editorHash = '';

  beforeAll(async () => {
    const page = app.b.page;
    await skipSetup(page);
    await app.b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
    await openSample(page);
    editorHash = await page.evaluate(() => location.hash);
  });

  /** Each story starts in the sample's editor, wherever the last one ended. */
  const toEditor = async () => {
    const page = app.b.page;
    if ((await page.evaluate(() => location.hash)) !== editorHash) await page.evaluate((h) => (location.hash = h), editorHash);
    const trichYeu = page.getByLabel('Trích yếu');
    await trichYeu.waitFor();
    return trichYeu;
  };

  const reopen = async () => {
    const page = app.b.page;
    await page.reload();
    // Generous: the machine running the tests may be busy, and the sample's preview is laid out first.
    await waitForReady(page, 60_000);
  };

  it('an over-long paste stays whole in its box, says so, holds back only that box, and the rest saves', async () => {
    const page = app.b.page;
    const trichYeu = await toEditor();
    const diaDanh = page.getByLabel('Địa danh');

    // A whole paragraph pasted into the one-line summary by mistake: 2 100 characters.
    const sentence = 'Ủy ban nhân dân xã báo cáo kết quả công tác tuyên truyền cải cách hành chính năm 2023. ';
    const pasted = `${sentence.repeat(30).slice(0, 2_099)}X`;
    await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
    await trichYeu.click();
    await trichYeu.press('Control+A');
    await trichYeu.press('Control+V');
    // Nothing cut: the box keeps every character, and says what is wrong right under it.
    expect(await trichYeu.inputValue()).toBe(pasted);
    const problem = page.locator('#f-trichYeu-problem');
    await expect.poll(() => problem.textContent()).toContain('Quá dài: 2.100/2.000 ký tự. Hãy bớt 100 ký tự');
    expect(await trichYeu.getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('trang-thai-luu').filter({ hasText: 'Chưa lưu ô «Trích yếu»' }).waitFor();

    // The document is not stuck: another field still saves while that box is held.
    await diaDanh.fill('Hương Long Mới');
    await page.waitForTimeout(1_500);
    expect(await page.getByTestId('trang-thai-luu').textContent()).toContain('Chưa lưu ô «Trích yếu»');
    expect(await axeViolations(page)).toEqual([]);

    // The user selects the last 100 characters and deletes them: the counter shows where they are,
    // and it is saved.
    await trichYeu.evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(2_000, 2_100));
    await trichYeu.press('Backspace');
    const kept = pasted.slice(0, 2_000);
    expect(await trichYeu.inputValue()).toBe(kept);
    await expect.poll(() => page.locator('#f-trichYeu-count').textContent()).toBe('2.000/2.000 ký tự.');
    expect(await problem.count()).toBe(0);
    await savedState(page);

    await reopen();
    await page.getByLabel('Trích yếu').waitFor();
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(kept);
    expect(await page.getByLabel('Địa danh').inputValue()).toBe('Hương Long Mới');
  });

  it('a paragraph pasted past a block\'s limit continues in a new block, every word kept', async () => {
    const page = app.b.page;
    await toEditor();
    const first = page.getByRole('textbox', { name: /^Khối 1,/ });
    const before = await first.inputValue();
    const word = (i: number) => `từ${i}`;
    const long = Array.from({ length: 4_000 }, (_, i) => word(i)).join(' '); // ~25 000 characters, one line
    expect(long.length).toBeGreaterThan(20_000);
    await page.evaluate((t) => navigator.clipboard.writeText(t), long);
    await first.click();
    await first.press('Control+End');
    await first.press('Control+V');
    await expect.poll(() => page.locator('.notices [role="status"]').textContent()).toContain('chuyển sang 1 khối mới ngay dưới');
    await savedState(page);

    await reopen();
    const blocks = page.getByRole('textbox', { name: /^Khối \d+,/ });
    await blocks.first().waitFor();
    const texts = await blocks.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(texts.every((t) => t.length <= 20_000)).toBe(true);
    // Compared by length and ends: a failure must not print 25 000 characters.
    const joined = `${texts[0]} ${texts[1]}`;
    expect(joined.length).toBe(before.length + long.length);
    expect(joined === before + long).toBe(true);
  });

  it('leaving the editor after a failed save asks first; staying keeps the text, and it is saved once it can be', async () => {
    const page = app.b.page;
    const trichYeu = await toEditor();
    const typed = 'Kết quả công tác tuyên truyền năm 2023 (gõ lúc bộ nhớ đầy)';
    await fillDisk(page, true);
    await typeInto(trichYeu, typed);
    await saveError(page).filter({ hasText: 'Bộ nhớ của trình duyệt đã đầy' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(editorHash);

    // "← Danh sách": asked, with the reason; the address stays on the editor meanwhile.
    await page.getByRole('link', { name: '← Danh sách' }).click();
    const dialog = page.getByRole('dialog', { name: 'Văn bản chưa lưu được' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Bộ nhớ của trình duyệt đã đầy');
    expect(await page.evaluate(() => location.hash)).toBe(editorHash);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ở lại trang soạn thảo' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await trichYeu.inputValue()).toBe(typed);

    // The browser's Back button is asked the same way; Esc means stay.
    await page.goBack();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => location.hash)).toBe(editorHash);
    expect(await trichYeu.inputValue()).toBe(typed);

    // Space again: "Thử lại" stores it, and leaving no longer asks.
    await fillDisk(page, false);
    await saveError(page).getByRole('button', { name: 'Thử lại' }).click();
    await savedState(page);
    await page.getByRole('link', { name: '← Danh sách' }).click();
    await listHeading(page).waitFor();
    expect(await dialog.count()).toBe(0);

    await reopen();
    await page.evaluate((h) => (location.hash = h), editorHash);
    await trichYeu.waitFor();
    expect(await trichYeu.inputValue()).toBe(typed);
  });

  it('closing the tab while a save has failed makes the browser ask; staying keeps the text to be saved', async () => {
    const page = app.b.page;
    const trichYeu = await toEditor();
    const typed = 'Kết quả công tác tuyên truyền năm 2023 (trước khi đóng thẻ)';
    await fillDisk(page, true);
    await typeInto(trichYeu, typed);
    await saveError(page).waitFor();

    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss(); // "Stay on this page"
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await page.waitForTimeout(500);
    expect(page.isClosed()).toBe(false);
    expect(await trichYeu.inputValue()).toBe(typed);

    await fillDisk(page, false);
    // By keyboard: after the close was called off, headless Chromium may paint no frames for a while,
    // and a click waits for the button to be seen standing still over two frames.
    await saveError(page).getByRole('button', { name: 'Thử lại' }).press('Enter');
    await savedState(page);
    page.removeAllListeners('dialog');
    await reopen();
    await page.getByLabel('Trích yếu').waitFor();
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(typed);
    expect(app.b.recorder.pageErrors).toEqual([]);
    expect(app.b.recorder.foreign(app.server.origin)).toEqual([]);
  });

  it('a box left held anyway is kept; the next start offers it back ("Khôi phục bản chưa lưu được") as a new document', async () => {
    const page = app.b.page;
    await toEditor();
    const hoTen = page.getByLabel('Người ký', { exact: true });
    await hoTen.waitFor();
    const held = `Nguyễn Văn A ${'(ghi chú rất dài dán nhầm vào ô người ký) '.repeat(60)}`.trim();
    expect(held.length).toBeGreaterThan(2_000);
    await page.evaluate((t) => navigator.clipboard.writeText(t), held);
    await hoTen.click();
    await hoTen.press('Control+A');
    await hoTen.press('Control+V');
    await page.getByTestId('trang-thai-luu').filter({ hasText: 'Chưa lưu ô «Người ký»' }).waitFor();

    // Leave anyway: the dialog names the box, and what it held is kept.
    await page.getByRole('link', { name: '← Danh sách' }).click();
    const dialog = page.getByRole('dialog', { name: 'Văn bản chưa lưu được' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Ô «Người ký» có nội dung chưa lưu được');
    await dialog.getByRole('button', { name: 'Vẫn rời đi' }).click();
    await listHeading(page).waitFor();

    // The next start offers it back.
    await reopen();
    const offer = page.getByRole('region', { name: 'Khôi phục bản chưa lưu được' });
    await offer.waitFor();
    expect(await offer.textContent()).toContain('Ô «Người ký»: Quá dài');
    expect(await axeViolations(page)).toEqual([]);
    await offer.getByRole('button', { name: 'Khôi phục thành văn bản mới' }).click();

    // A new document, the held text opening its body; the original is as it was.
    const first = page.getByRole('textbox', { name: /^Khối 1,/ });
    await first.waitFor();
    expect(await page.evaluate(() => location.hash)).not.toBe(editorHash);
    expect(await first.inputValue()).toBe(held);
    await savedState(page);
    await reopen();
    await first.waitFor();
    expect(await first.inputValue()).toBe(held);
    await page.getByRole('link', { name: '← Danh sách' }).click();
    await listHeading(page).waitFor();
    expect(await offer.count()).toBe(0);
  });

  it('a newer version in another tab upgrades the database: this tab saves first (waiting while it cannot), closes, and asks to reload', async () => {
    const page = app.b.page;
    const trichYeu = await toEditor();
    const typed = 'Kết quả công tác tuyên truyền năm 2023 (trước khi thẻ khác nâng cấp dữ liệu)';
    await fillDisk(page, true);
    await typeInto(trichYeu, typed);
    await saveError(page).waitFor();

    // The other tab: a page of the same origin that opens the database one version up, as a newer
    // app would (Dexie's version n is IndexedDB's n × 10). Not the app itself, which would answer too.
    const other = await app.b.context.newPage();
    await other.goto(`${app.server.origin}/favicon-32.png`);
    await other.evaluate(() => {
      const w = window as unknown as { upgrade: { events: string[]; done: Promise<void> } };
      const events: string[] = [];
      const req = indexedDB.open('soan-van-ban', 40);
      req.onblocked = () => events.push('blocked');
      w.upgrade = {
        events,
        done: new Promise<void>((resolve) => {
          req.onsuccess = () => {
            events.push('opened');
            (w as unknown as { db: IDBDatabase }).db = req.result;
            resolve();
          };
        }),
      };
    });
    const otherEvents = () => other.evaluate(() => (window as unknown as { upgrade: { events: string[] } }).upgrade.events);

    // This tab cannot save: it keeps the connection (the other waits) and says why.
    const waiting = page.getByRole('alert').filter({ hasText: 'Phiên bản mới ở thẻ khác đang chờ' });
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('Bộ nhớ của trình duyệt đã đầy');
    await expect.poll(otherEvents).toEqual(['blocked']);

    // Space again: "Thử lại" saves, closes the connection, and asks to reload.
    await fillDisk(page, false);
    await waiting.getByRole('button', { name: 'Thử lại' }).click();
    const reloadDialog = page.getByRole('dialog', { name: 'Ứng dụng đã được cập nhật ở thẻ khác' });
    await reloadDialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await other.evaluate(() => (window as unknown as { upgrade: { done: Promise<void> } }).upgrade.done);
    expect(await otherEvents()).toEqual(['blocked', 'opened']);
    const id = decodeURIComponent(editorHash.replace('#/van-ban/', ''));
    const stored = await other.evaluate(
      (docId) =>
        new Promise<string>((resolve) => {
          const db = (window as unknown as { db: IDBDatabase }).db;
          const get = db.transaction('documents').objectStore('documents').get(docId);
          get.onsuccess = () => resolve((get.result as { vanBan: { trichYeu: string } }).vanBan.trichYeu);
        }),
      id,
    );
    expect(stored).toBe(typed);
    await other.evaluate(() => (window as unknown as { db: IDBDatabase }).db.close());
    await other.close();

    const reloaded = page.waitForEvent('load');
    await reloadDialog.getByRole('button', { name: 'Tải lại' }).click();
    await reloaded;
    await waitForReady(page, 60_000);
    await page.getByLabel('Trích yếu').waitFor();
    expect(await page.getByLabel('Trích yếu').inputValue()).toBe(typed);
  });
});
