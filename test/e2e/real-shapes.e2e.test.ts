// Two fixes that real documents called for, in the browser: the "Dự thảo" mark set in the header
// fields and shown as a box in the preview (kept across a reload), and a numbered item pasted on its
// own into the outline landing as a khoản rather than a paragraph that keeps its typed "1.".
import { describe, expect, it } from 'vitest';
import { SKIP_E2E } from '../helpers/browser.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';
import { axeViolations, DESKTOP, newBlankReport, pasteIntoBlock, saved } from './editor-kit.ts';

describe.skipIf(SKIP_E2E)('shapes of real documents in the editor', () => {
  const app = useServedApp(BUILD_1.dir, { viewport: DESKTOP });
  const box = () => app.b.page.locator('.preview section.page').first().locator('.stamp');

  it('marks the report as a draft: the checkbox, the draft number, the box in the preview', async () => {
    const page = app.b.page;
    await app.b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await newBlankReport(page);
    await page.locator('.preview section.page').first().waitFor();
    await expect.poll(() => box().count()).toBe(0);

    await page.getByRole('checkbox', { name: 'Dự thảo' }).check();
    await expect.poll(() => box().innerText()).toBe('DỰ THẢO');
    await page.getByLabel('Dự thảo lần').fill('2');
    await expect.poll(() => box().innerText()).toBe('DỰ THẢO LẦN 2');
    await page.getByLabel('Dự thảo lần').fill('0');
    await page.getByText('Chỉ gồm chữ số từ 1 đến 99, hoặc để trống.').waitFor();
    // What cannot be taken leaves the document as it was.
    expect(await box().innerText()).toBe('DỰ THẢO LẦN 2');
    await page.getByLabel('Dự thảo lần').fill('2');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads one pasted "1. Chủ trì: …" line as a khoản of the outline', async () => {
    const page = app.b.page;
    await page.getByRole('button', { name: 'Thêm khối' }).click();
    await pasteIntoBlock(page, /^Khối 1,/, '1. Chủ trì: Đồng chí Nguyễn Văn A - Chủ tịch UBND xã.');
    const block = page.getByRole('textbox', { name: /^Khối 1, khoản 1\.$/ });
    await block.waitFor();
    expect(await block.inputValue()).toBe('Chủ trì: Đồng chí Nguyễn Văn A - Chủ tịch UBND xã.');
  });

  it('keeps the mark across a reload', async () => {
    const page = app.b.page;
    await saved(page);
    await page.reload();
    await page.getByLabel('Trích yếu').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Dự thảo' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Dự thảo lần').inputValue()).toBe('2');
    await expect.poll(() => box().innerText()).toBe('DỰ THẢO LẦN 2');
  });
});
