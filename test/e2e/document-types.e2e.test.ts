// The decree's other layouts, as a user reaches them: "Loại khác" → Quyết định with its template,
// the "Thẩm quyền ban hành" field, and the exported articles; a Biên bản with its second signer; a
// "Văn bản khác" named by the user (Điều lệ, Thông tư …), refused while unnamed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKIP_E2E } from '../helpers/browser.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';
import { axeViolations, docxParagraphs, downloaded, PHONE, saved } from './editor-kit.ts';

describe.skipIf(SKIP_E2E)('other document types', () => {
  const app = useServedApp(BUILD_1.dir, { viewport: PHONE });

  beforeAll(async () => {
    const skip = app.b.page.getByRole('button', { name: 'Bỏ qua' });
    await skip.click();
  });
  afterAll(() => {
    expect(app.b.recorder.foreign(app.server.origin)).toEqual([]);
    expect(app.b.recorder.pageErrors).toEqual([]);
  });

  async function create(type: string, template: RegExp): Promise<void> {
    const page = app.b.page;
    await page.goto(`${app.server.origin}/#/`);
    await page.getByRole('link', { name: 'Văn bản mới' }).click();
    await page.getByLabel('Loại khác').selectOption({ label: type });
    await page.getByRole('radio', { name: template }).check();
    await page.getByRole('button', { name: 'Tạo và mở văn bản' }).click();
    await page.getByLabel('Trích yếu').waitFor();
  }

  async function exportText(): Promise<string[]> {
    const page = app.b.page;
    await saved(page);
    page.once('dialog', (d) => void d.accept());
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất DOCX' }).click();
    return docxParagraphs(await downloaded(await downloading));
  }

  it('a Quyết định starts from its template and exports the authority, "QUYẾT ĐỊNH:" and Điều 1., 2., 3.', async () => {
    await create('Quyết định', /^Quyết định Quyết định cá biệt/);
    const page = app.b.page;
    await page.getByLabel('Thẩm quyền ban hành').fill('Chủ tịch Ủy ban nhân dân xã Hương Long');
    await page.getByLabel('Trích yếu').fill('Về việc thành lập Tổ tuyên truyền cải cách hành chính');
    expect(await axeViolations(page)).toEqual([]);
    const text = await exportText();
    const i = text.indexOf('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG');
    expect(i, text.join(' | ')).toBeGreaterThan(0);
    expect(text.indexOf('QUYẾT ĐỊNH:')).toBeGreaterThan(i);
    expect(text.filter((t) => /^Điều \d\. /.test(t)).map((t) => t.slice(0, 7))).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    expect(text).toContain('QUYẾT ĐỊNH');
  });

  it('a "Văn bản khác" needs its name, then prints it as the type line and keeps the symbol as typed', async () => {
    const page = app.b.page;
    await page.goto(`${app.server.origin}/#/`);
    await page.getByRole('link', { name: 'Văn bản mới' }).click();
    await page.getByLabel('Loại khác').selectOption({ label: 'Văn bản khác' });
    await page.getByRole('button', { name: 'Tạo và mở văn bản' }).click();
    await page.getByRole('alert').filter({ hasText: 'Chưa có tên loại văn bản' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-tenLoai');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Tên loại văn bản').fill('Điều lệ');
    await page.getByRole('button', { name: 'Tạo và mở văn bản' }).click();
    await page.getByLabel('Trích yếu').waitFor();
    expect(await page.getByLabel('Tên loại văn bản').inputValue()).toBe('Điều lệ');
    await page.getByLabel('Ký hiệu', { exact: true }).fill('ĐL-HHTL');
    await page.getByLabel('Trích yếu').fill('Hiệp hội Thanh long tỉnh Lâm Đồng');
    expect(await axeViolations(page)).toEqual([]);
    const text = await exportText();
    const i = text.indexOf('ĐIỀU LỆ');
    expect(i, text.join(' | ')).toBeGreaterThan(0);
    expect(text[i + 1]).toBe('Hiệp hội Thanh long tỉnh Lâm Đồng');
    expect(text.some((t) => /^Số: .*\/ĐL-HHTL$/.test(t)), text.join(' | ')).toBe(true);
  });

  it('a Biên bản has the secretary and the chair side by side', async () => {
    await create('Biên bản', /^Biên bản Biên bản họp/);
    const page = app.b.page;
    await page.getByLabel('Người ký bên trái', { exact: true }).fill('Lê Thị B');
    await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn A');
    const text = await exportText();
    expect(text, text.join(' | ')).toEqual(expect.arrayContaining(['BIÊN BẢN', 'THƯ KÝ', 'Lê Thị B', 'CHỦ TỌA', 'Nguyễn Văn A', 'Nơi nhận:']));
    expect(text.indexOf('Nơi nhận:')).toBeGreaterThan(text.indexOf('Nguyễn Văn A'));
  });
});
