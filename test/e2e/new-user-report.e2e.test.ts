// A new user, on a desktop and on a 360 × 740 phone: first run, a blank Báo cáo, the fixture typed
// into the labelled fields and its body pasted into the outline, export; the .docx reads back as the
// fixture. Then an edit, a reload, and every word is still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBody } from '../../src/core/import/index.ts';
import { openApp, SKIP_E2E, waitForReady, type AppBrowser } from '../helpers/browser.ts';
import { fixtureLines } from '../helpers/fixtures.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import {
  axeViolations,
  DESKTOP,
  docxParagraphs,
  downloaded,
  expectedParagraphs,
  FIXTURE,
  fixtureFields,
  newBlankReport,
  pasteIntoBlock,
  PHONE,
  previewWords,
  saved,
  screenshot,
} from './editor-kit.ts';

const SIZES = [
  { name: 'desktop', viewport: DESKTOP, phone: false },
  { name: 'phone', viewport: PHONE, phone: true },
] as const;

describe.skipIf(SKIP_E2E).each(SIZES)('a new user writes the fixture report ($name)', ({ name, viewport, phone }) => {
  let server: Served;
  let b: AppBrowser;
  const f = fixtureFields();
  const showPreview = async () => {
    if (phone) await b.page.getByRole('tab', { name: 'Xem trước' }).click();
  };
  const showEditor = async () => {
    if (phone) await b.page.getByRole('tab', { name: 'Soạn' }).click();
  };

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
    b = await openApp(server.origin, { viewport });
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  });
  afterAll(async () => {
    await b?.dispose();
    await server?.close();
  });

  it('creates a blank Báo cáo through the new-document screen and fills every labelled field', async () => {
    const page = b.page;
    await newBlankReport(page);
    await page.getByLabel('Cơ quan ban hành').fill(f.coQuanBanHanh);
    await page.getByLabel('Số', { exact: true }).fill(f.so);
    await page.getByLabel('Ký hiệu', { exact: true }).fill(f.kyHieu);
    await expect.poll(() => page.locator('output[for="f-so f-maCoQuan"]').textContent()).toBe('Số: 133/BC-UBND');
    await page.getByLabel('Địa danh').fill(f.diaDanh);
    await page.getByLabel('Ngày ban hành').fill(f.ngay);
    await expect.poll(() => page.locator('output[for="f-diaDanh f-ngayBanHanh"]').textContent()).toBe('Hương Long, ngày 11 tháng 12 năm 2023');
    // Typed key by key, as a person does, so undo grouping and autosave see real keystrokes.
    await page.getByLabel('Trích yếu').pressSequentially(f.trichYeu);
    await page.getByLabel('Kính gửi').fill(f.kinhGui);

    // The body: one empty block, then the whole fixture body pasted into it.
    await page.getByRole('button', { name: 'Thêm khối' }).click();
    await pasteIntoBlock(page, /^Khối 1,/, f.body);
    const lines = f.body.split('\n');
    const blocks = importBody(lines.slice(0, -1).join('\n'));
    await expect.poll(() => page.getByRole('textbox', { name: /^Khối \d+,/ }).count()).toBe(blocks.length);
    // Levels recognised: the markers are computed, not typed, and the closing line found its field.
    await expect.poll(() => page.getByRole('textbox', { name: /^Khối 2, mục I\.$/ }).inputValue()).toBe('Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2023:');
    expect(await page.getByRole('textbox', { name: /^Khối \d+, tiểu mục 2\.3\.$/ }).count()).toBe(1);
    expect(await page.getByLabel('Câu kết thúc').inputValue()).toBe(lines[lines.length - 1]!.replace(/\.\/\.$/, ''));

    await page.getByLabel('Nơi nhận').fill(f.noiNhan);
    await page.getByLabel('Quyền hạn ký').selectOption(f.quyenHan);
    await page.getByLabel('Thay mặt / ký thay cho').fill(f.thayMat);
    await page.getByLabel('Chức vụ người ký').fill(f.chucVu);
    await page.getByLabel('Người ký', { exact: true }).fill(f.hoTen);
    await saved(page);
    // The fixture breaks no rule of the decree.
    await expect.poll(() => page.locator('.checker summary').textContent()).toMatch(/không có lỗi|0 lỗi/);
    // The preview follows typing a moment later; where it is beside the form, wait for the last field.
    if (await page.locator('.preview').isVisible()) {
      await expect.poll(() => page.locator('.preview section.page').allInnerTexts().then((t) => t.join(' '))).toContain(f.hoTen);
    }
    await screenshot(page, `editor-${name}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the A4 preview and passes the accessibility check there', async () => {
    const page = b.page;
    await showPreview();
    const pages = page.locator('.preview section.page');
    await expect.poll(() => pages.count()).toBeGreaterThanOrEqual(2);
    const words = await previewWords(page);
    expect(words.has('tuyên')).toBe(true);
    await screenshot(page, `preview-${name}`);
    expect(await axeViolations(page)).toEqual([]);
    await showEditor();
  });

  it('"Xuất DOCX" downloads the file named from the document, which reads back as the fixture', async () => {
    const page = b.page;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('BC-133-UBND-2023-12-11-cong-tac-tuyen-truyen.docx');
    const muc = new Set(
      importBody(f.body).flatMap((k) => (k.capDo === 'muc' ? [k.text] : [])),
    );
    expect(docxParagraphs(await downloaded(download))).toEqual(expectedParagraphs(muc));
    await page.getByText('Đã xuất tệp BC-133-UBND-2023-12-11-cong-tac-tuyen-truyen.docx.').waitFor();
  });

  it('keeps an edit and every word of the fixture across a reload', async () => {
    const page = b.page;
    await page.getByLabel('Người ký', { exact: true }).fill('Trần Thị Bình');
    const first = page.getByRole('textbox', { name: /^Khối 1,/ });
    await first.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Đã bổ sung.');
    await saved(page);
    await page.reload();
    await waitForReady(page);
    await page.getByLabel('Người ký', { exact: true }).waitFor();
    expect(await page.getByLabel('Người ký', { exact: true }).inputValue()).toBe('Trần Thị Bình');
    expect(await page.getByRole('textbox', { name: /^Khối 1,/ }).inputValue()).toMatch(/như sau: Đã bổ sung\.$/);

    await showPreview();
    const words = await previewWords(page);
    const missing = fixtureLines(FIXTURE)
      .filter((l) => l !== f.hoTen)
      .flatMap((l) => l.toLocaleLowerCase('vi-VN').split(/\s+/))
      .filter((w) => w && !words.has(w));
    expect(missing).toEqual([]);
    for (const w of ['trần', 'thị', 'bình', 'bổ', 'sung.']) expect(words.has(w), w).toBe(true);
  });

  it('made no request outside its origin and threw nothing', () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
  });
});
