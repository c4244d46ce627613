// "Sao lưu" downloads every document to one file; "Khôi phục" merges it back with its counts; a broken
// file is refused with its reason in role="alert" and changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SKIP_E2E, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import { PHONE, alertText, count, row, screenshot, skipSetup, statusText, storedDocs } from './list-kit.ts';

const SAMPLE = 'Công tác tuyên truyền cải cách hành chính năm 2023';

describe.skipIf(SKIP_E2E)('backup and restore (360 × 740)', () => {
  let server: Served;
  let b: AppBrowser;
  let backupPath = '';
  const page = () => b.page;

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
    b = await openApp(server.origin, { viewport: PHONE });
    await skipSetup(b.page);
  });
  afterAll(async () => {
    await b?.dispose();
    await server?.close();
  });

  const restoreFrom = async (path: string) => {
    // The picker opens in the click itself (no await in between), as browsers require.
    const choosing = page().waitForEvent('filechooser');
    await page().getByRole('button', { name: 'Khôi phục' }).click();
    await (await choosing).setFiles(path);
  };

  it('"Sao lưu" downloads a JSON file with every document', async () => {
    await row(page(), SAMPLE).getByRole('button', { name: 'Nhân bản' }).click();
    await expect.poll(() => count(page())).toBe('2 văn bản');
    const downloading = page().waitForEvent('download');
    await page().getByRole('button', { name: 'Sao lưu' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    backupPath = join(tmpdir(), `soan-e2e-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(backupPath);
    const file = JSON.parse(readFileSync(backupPath, 'utf8')) as { documents: unknown[] };
    expect(file.documents).toHaveLength(2);
    await expect.poll(() => statusText(page())).toContain('Đã sao lưu 2 văn bản');
  });

  it('"Khôi phục" of that file brings back what was deleted and says the counts', async () => {
    // Delete one copy for good and add a new document that the file does not know.
    await row(page(), SAMPLE).first().getByRole('button', { name: 'Xóa' }).click();
    await page().getByRole('link', { name: 'Thùng rác' }).click();
    await page().getByRole('button', { name: 'Xóa vĩnh viễn…' }).click();
    await page().getByRole('button', { name: 'Xóa vĩnh viễn', exact: true }).click();
    await page().getByText('Thùng rác trống.').waitFor();
    await page().getByRole('link', { name: '← Danh sách văn bản' }).click();
    await row(page(), SAMPLE).getByRole('button', { name: 'Kỳ mới' }).click();
    await expect.poll(() => count(page())).toBe('2 văn bản');

    await restoreFrom(backupPath);
    await expect.poll(() => statusText(page())).toContain('1 thêm mới, 0 cập nhật, 1 không đổi');
    await expect.poll(() => count(page())).toBe('3 văn bản');
    expect(await row(page(), SAMPLE).count()).toBe(2);
    await screenshot(page(), 'list-after-restore-phone');
  });

  it('restoring the old file after an edit: says the device is newer and keeps it, then brings the old text in as a copy', async () => {
    const edited = 'Công tác tuyên truyền năm 2023 (sửa sau khi sao lưu)';
    await row(page(), SAMPLE).first().getByRole('link').first().click();
    await page().getByLabel('Trích yếu').fill(edited);
    await page().getByTestId('trang-thai-luu').filter({ hasText: /^Đã lưu$/ }).waitFor({ timeout: 30_000 });
    await page().getByRole('link', { name: '← Danh sách' }).click();
    await expect.poll(() => row(page(), edited).count()).toBe(1);
    expect(await row(page(), SAMPLE).count()).toBe(1);

    await restoreFrom(backupPath);
    // Not "không đổi": the user is told their newer text was kept, and offered the file's.
    await expect.poll(() => statusText(page())).toContain('0 thêm mới, 0 cập nhật, 1 không đổi; 1 văn bản trên máy mới hơn bản sao lưu — giữ bản trên máy');
    expect(await count(page())).toBe('3 văn bản');
    await page().getByRole('button', { name: 'Thêm 1 bản trong tệp thành bản sao' }).click();
    await expect.poll(() => statusText(page())).toContain('Đã thêm 1 bản sao lấy từ tệp sao lưu');
    await expect.poll(() => count(page())).toBe('4 văn bản');
    expect(await row(page(), SAMPLE).count()).toBe(2);
    expect(await row(page(), edited).count()).toBe(1);
    expect(await page().getByRole('button', { name: /bản trong tệp thành bản sao/ }).count()).toBe(0);
  });

  it('a broken file is refused with its message in role="alert", and nothing changes', async () => {
    const before = (await storedDocs(page())).map((d) => d.id).sort();
    const broken = join(tmpdir(), `soan-e2e-broken-${Date.now()}.json`);
    writeFileSync(broken, readFileSync(backupPath, 'utf8').slice(0, 500));
    await restoreFrom(broken);
    await expect.poll(() => alertText(page())).toContain('Tệp này không phải tệp sao lưu JSON hợp lệ');
    expect(await alertText(page())).toContain('Dữ liệu hiện có không bị thay đổi');
    expect((await storedDocs(page())).map((d) => d.id).sort()).toEqual(before);
    expect(await count(page())).toBe('4 văn bản');

    const foreign = join(tmpdir(), `soan-e2e-foreign-${Date.now()}.json`);
    writeFileSync(foreign, JSON.stringify({ app: 'khac', documents: [] }));
    await restoreFrom(foreign);
    await expect.poll(() => alertText(page())).toContain('không phải tệp sao lưu của Soạn văn bản');
    expect((await storedDocs(page())).map((d) => d.id).sort()).toEqual(before);
  });

  it('made no request outside its origin and threw nothing', () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
  });
});
