// Issue 4's promise, kept by the editor: with the network off and the server gone, a new user
// creates a report, edits it and exports a valid .docx (the editor and the .docx engine are lazy
// chunks, so this proves they come from the service worker's precache).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SKIP_E2E, waitForReady, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import { docxParagraphs, downloaded, newBlankReport, PHONE, saved } from './editor-kit.ts';

describe.skipIf(SKIP_E2E)('the editor offline', () => {
  let server: Served;
  let b: AppBrowser;

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
    b = await openApp(server.origin, { viewport: PHONE });
  });
  afterAll(async () => {
    await b?.dispose();
    await server?.close();
  });

  it('creates, edits and exports a valid .docx with the network off', async () => {
    const page = b.page;
    await b.context.setOffline(true);
    await server.close();
    await page.reload();
    await waitForReady(page);

    await newBlankReport(page);
    await page.getByLabel('Cơ quan ban hành').fill('ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG');
    await page.getByLabel('Ký hiệu', { exact: true }).fill('UBND');
    await page.getByLabel('Địa danh').fill('Hương Long');
    await page.getByLabel('Ngày ban hành').fill('/12/2024');
    await page.getByLabel('Trích yếu').fill('Kết quả công tác tháng 12 năm 2024');
    await page.getByRole('button', { name: 'Thêm khối' }).click();
    await page.keyboard.type('Tình hình chung');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tiếp tục triển khai.');
    await page.getByLabel('Câu kết thúc').fill('Trên đây là báo cáo của UBND xã');
    await page.getByLabel('Nơi nhận').fill('UBND huyện;\nLưu: VT.');
    await page.getByLabel('Chức vụ người ký').fill('CHỦ TỊCH');
    await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn A');
    await saved(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('BC-UBND-2024-12-ket-qua-cong-tac.docx');
    const text = docxParagraphs(await downloaded(file));
    expect(text, text.join(' | ')).toEqual(
      expect.arrayContaining(['Tình hình chung', 'Tiếp tục triển khai.', 'Trên đây là báo cáo của UBND xã./.', 'Nguyễn Văn A', 'Kết quả công tác tháng 12 năm 2024']),
    );
    // Number and day left blank for the clerk to write by hand.
    expect(text.filter((t) => /^Số:\s+\/BC-UBND$/.test(t))).toHaveLength(1);
    expect(text.filter((t) => /^Hương Long, ngày\s+tháng 12 năm 2024$/.test(t))).toHaveLength(1);
    await page.getByText('Đã xuất tệp BC-UBND-2024-12-ket-qua-cong-tac.docx.').waitFor();
  });

  it('made no request outside its origin and threw nothing', () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
  });
});
