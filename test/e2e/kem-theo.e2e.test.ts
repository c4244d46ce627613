// Văn bản kèm theo and phụ lục in the browser: the indirect Quyết định template puts its Quy chế
// on pages of its own in the preview, and a phụ lục added in the editor starts a page whose
// number is hidden and counts from 1 again, as in the .docx's own section.
import { describe, expect, it } from 'vitest';
import { SKIP_E2E } from '../helpers/browser.ts';
import { axeViolations, DESKTOP } from '../helpers/page-kit.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';
import { skipSetup } from './list-kit.ts';
import { fromMenu } from './editor-kit.ts';

describe.skipIf(SKIP_E2E)('văn bản kèm theo', () => {
  const app = useServedApp(BUILD_1.dir, { viewport: DESKTOP });

  /** Per preview page: its printed number ('' when hidden) and the roles of what it shows. */
  const pages = () =>
    app.b.page.evaluate(() =>
      [...document.querySelectorAll('.preview section.page')].map((p) => ({
        number: p.querySelector('.page-number')?.textContent?.trim() ?? '',
        roles: [...p.querySelectorAll('.slice [data-role]')].map((e) => e.getAttribute('data-role')),
        text: (p.querySelector('.slice') as HTMLElement).innerText,
      })),
    );

  it('shows the issued Quy chế and an added phụ lục on pages of their own', async () => {
    const page = app.b.page;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await skipSetup(page);
    await page.getByRole('link', { name: 'Văn bản mới' }).click();
    await page.getByLabel('Loại khác').selectOption({ label: 'Quyết định' });
    await page.getByRole('radio', { name: /Quyết định ban hành Quy chế/ }).check();
    await page.getByRole('button', { name: 'Tạo và mở văn bản' }).click();
    await page.getByLabel('Trích yếu', { exact: true }).waitFor();
    await page.locator('.preview section.page').first().waitFor();
    await page.evaluate(() => document.fonts.ready);

    await expect.poll(async () => (await pages()).findIndex((p) => p.roles.includes('kemTheo.tenLoai'))).toBeGreaterThan(0);
    let all = await pages();
    const quyChe = all.findIndex((p) => p.roles.includes('kemTheo.tenLoai'));
    // The regulation's page opens with the header row again (no issuing body: the profile was skipped), and the main Nơi nhận is not on it.
    expect(all[quyChe]!.roles[0]).toBe('quocHieu');
    expect(all[quyChe]!.roles).toContain('quocHieu');
    expect(all[quyChe]!.roles).not.toContain('noiNhan');
    expect(all[quyChe]!.text).toContain('(Ban hành kèm theo Quyết định số');
    expect(all[quyChe]!.number).toBe(String(quyChe + 1));

    await page.getByLabel('Loại cần thêm').selectOption('phu-luc');
    await page.getByRole('button', { name: 'Thêm văn bản kèm theo / phụ lục' }).click();
    await page.getByLabel('Tên phụ lục').fill('Danh sách thành viên');
    await page.getByLabel('Nội dung văn bản kèm theo').last().fill('1. Ông Nguyễn Văn B\n2. Bà Trần Thị C');

    await expect.poll(async () => (await pages()).findIndex((p) => p.roles.includes('phuLuc'))).toBeGreaterThan(quyChe);
    all = await pages();
    const phuLuc = all.findIndex((p) => p.roles.includes('phuLuc'));
    expect(all[phuLuc]!.roles[0]).toBe('phuLuc');
    expect(all[phuLuc]!.number).toBe('');
    expect(all[phuLuc]!.text).toMatch(/Phụ lục I\n+DANH SÁCH THÀNH VIÊN/);
    expect(all[phuLuc]!.text).toContain('2. Bà Trần Thị C./.');
    expect(await axeViolations(page)).toEqual([]);

    // One undo step per field: the body, the title, then the added appendix itself.
    for (let i = 0; i < 3; i++) await (await fromMenu(page, 'Hoàn tác')).click();
    await expect.poll(async () => (await pages()).some((p) => p.roles.includes('phuLuc'))).toBe(false);
    // The preview lived through its flow getting shorter.
    expect(errors).toEqual([]);
  });
});
