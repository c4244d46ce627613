// The document list as an office uses it, on a desktop and on a 360 × 740 phone: paste a document in,
// search without diacritics, filter, duplicate, start the next period, delete with undo, and the trash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SKIP_E2E, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import { DESKTOP, PHONE, alertText, axeViolations, count, editorId, listHeading, row, rows, screenshot, skipSetup, statusText, storedDocs, trashRows } from './list-kit.ts';

const SAMPLE = 'Công tác tuyên truyền cải cách hành chính năm 2023';
const PASTED = [
  'ỦY BAN NHÂN DÂN',
  'XÃ AN BÌNH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/TB-UBND',
  'An Bình, ngày 05 tháng 3 năm 2024',
  'THÔNG BÁO',
  'Lịch tiếp công dân tháng 3 năm 2024',
  'Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau:',
  '1. Sáng thứ Hai hằng tuần tại trụ sở.',
  '2. Sáng thứ Năm hằng tuần tại nhà văn hóa thôn.',
  'Nơi nhận:',
  '- Các thôn;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Nguyễn Văn An',
].join('\n');

describe.skipIf(SKIP_E2E).each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('document list (%s)', (size, viewport) => {
  let server: Served;
  let b: AppBrowser;
  const page = () => b.page;
  const search = (text: string) => page().getByLabel('Tìm văn bản').fill(text);

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
    b = await openApp(server.origin, { viewport });
    await skipSetup(b.page);
  });
  afterAll(async () => {
    await b?.dispose();
    await server?.close();
  });

  it('"Dán văn bản" opens a dialog; Esc closes it and focus returns; "Tạo văn bản" imports and opens the editor', async () => {
    const opener = page().getByRole('button', { name: 'Dán văn bản' });
    await opener.click();
    const dialog = page().getByRole('dialog', { name: 'Dán văn bản' });
    await dialog.waitFor();
    await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('dan-noi-dung');
    await page().keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page().evaluate(() => document.activeElement?.textContent?.trim())).toBe('Dán văn bản');

    await opener.click();
    await dialog.getByLabel('Nội dung văn bản').fill(PASTED);
    expect(await axeViolations(page())).toEqual([]);
    await screenshot(page(), `paste-dialog-${size}`);
    await dialog.getByRole('button', { name: 'Tạo văn bản' }).click();
    await expect.poll(() => editorId(page())).not.toBeNull();
    await expect.poll(() => statusText(page())).toContain('Đã tạo văn bản mới từ nội dung dán');
    const doc = (await storedDocs(page())).find((d) => d.id === editorId(page()))!;
    expect(doc.vanBan).toMatchObject({ loai: 'thong-bao', so: '12', trichYeu: 'Lịch tiếp công dân tháng 3 năm 2024', diaDanh: 'An Bình' });

    await page().goto(server.origin + '/#/');
    await listHeading(page()).waitFor();
    await expect.poll(() => count(page())).toBe('2 văn bản');
    expect(await row(page(), 'Lịch tiếp công dân').textContent()).toContain('Số 12/TB-UBND');
  });

  it('an empty paste is refused inside the dialog, nothing is created', async () => {
    await page().getByRole('button', { name: 'Dán văn bản' }).click();
    const dialog = page().getByRole('dialog', { name: 'Dán văn bản' });
    await dialog.getByRole('button', { name: 'Tạo văn bản' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Hãy dán nội dung văn bản');
    await dialog.getByRole('button', { name: 'Đóng hộp dán văn bản' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await storedDocs(page())).toHaveLength(2);
  });

  it('search ignores diacritics; filters by year, type and status', async () => {
    // The rows of a query stay until the next query's rows arrive, so wait for the rows themselves.
    const shown = async () => (await rows(page()).allTextContents()).map((t) => (t.includes(SAMPLE) ? 'mẫu' : t.includes('Lịch tiếp công dân') ? 'thông báo' : t));
    await search('tuyen truyen cai cach');
    await expect.poll(shown).toEqual(['mẫu']);
    expect(await count(page())).toBe('Tìm thấy 1 văn bản');
    // Every word must occur (the sample also has "tiếp", "công" and "dân"): these only in the notice.
    await search('thu hai hang tuan');
    await expect.poll(shown).toEqual(['thông báo']);
    await search('');
    await expect.poll(() => count(page())).toBe('2 văn bản');

    await page().getByLabel('Năm', { exact: true }).selectOption('2023');
    await expect.poll(shown).toEqual(['mẫu']);
    await page().getByLabel('Năm', { exact: true }).selectOption('');
    await page().getByLabel('Loại văn bản', { exact: true }).selectOption({ label: 'Thông báo' });
    await expect.poll(shown).toEqual(['thông báo']);
    await page().getByLabel('Trạng thái', { exact: true }).selectOption('final');
    await expect.poll(() => count(page())).toBe('Tìm thấy 0 văn bản');
    await page().getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => count(page())).toBe('2 văn bản');
    expect(await page().getByLabel('Tìm văn bản').inputValue()).toBe('');
  });

  it('duplicates a document and starts its next period', async () => {
    await row(page(), SAMPLE).getByRole('button', { name: 'Nhân bản' }).click();
    await expect.poll(() => count(page())).toBe('3 văn bản');
    expect(await row(page(), SAMPLE).count()).toBe(2);
    await expect.poll(() => statusText(page())).toContain('Đã nhân bản');

    await row(page(), SAMPLE).first().getByRole('button', { name: 'Kỳ mới' }).click();
    await expect.poll(() => count(page())).toBe('4 văn bản');
    const next = row(page(), 'năm 2024 và Phương hướng nhiệm vụ năm 2025');
    await expect.poll(() => next.count()).toBe(1);
    expect(await next.textContent()).toContain('Chưa có số (…/BC-UBND)');
    expect(await next.textContent()).toContain('năm 2024');
    expect(await axeViolations(page())).toEqual([]);
    await screenshot(page(), `list-${size}`);
  });

  it('delete goes to the trash with "Hoàn tác"; undo brings it back', async () => {
    const nextPeriod = () => row(page(), 'năm 2024 và Phương hướng nhiệm vụ năm 2025');
    await nextPeriod().getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => count(page())).toBe('3 văn bản');
    await expect.poll(() => statusText(page())).toContain('vào thùng rác');
    const undo = page().getByRole('button', { name: /^Hoàn tác/ });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
    await undo.click();
    await expect.poll(() => count(page())).toBe('4 văn bản');
    await expect.poll(() => statusText(page())).toContain('trở lại danh sách');
    expect(await nextPeriod().count()).toBe(1);
  });

  it('the trash restores a document and deletes one for good after a confirmation', async () => {
    await row(page(), 'Lịch tiếp công dân').getByRole('button', { name: 'Xóa' }).click();
    await row(page(), 'năm 2024 và Phương hướng nhiệm vụ năm 2025').getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => count(page())).toBe('2 văn bản');

    await page().getByRole('link', { name: 'Thùng rác' }).click();
    await page().getByRole('heading', { name: 'Thùng rác' }).waitFor();
    await expect.poll(() => trashRows(page()).count()).toBe(2);
    await trashRows(page()).filter({ hasText: 'Lịch tiếp công dân' }).getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => trashRows(page()).count()).toBe(1);
    await expect.poll(() => statusText(page())).toContain('Đã khôi phục');

    const gone = trashRows(page()).filter({ hasText: 'năm 2025' });
    await gone.getByRole('button', { name: 'Xóa vĩnh viễn…' }).click();
    const confirm = gone.getByRole('button', { name: 'Xóa vĩnh viễn', exact: true });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page())).toEqual([]);
    await screenshot(page(), `trash-${size}`);
    await confirm.click();
    await expect.poll(() => trashRows(page()).count()).toBe(0);
    await page().getByText('Thùng rác trống.').waitFor();
    expect((await storedDocs(page())).some((d) => d.vanBan.trichYeu.includes('năm 2025'))).toBe(false);

    await page().getByRole('link', { name: '← Danh sách văn bản' }).click();
    await listHeading(page()).waitFor();
    await expect.poll(() => count(page())).toBe('3 văn bản');
    expect(await alertText(page())).toBe('');
  });

  it('made no request outside its origin and threw nothing', () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
  });
});
