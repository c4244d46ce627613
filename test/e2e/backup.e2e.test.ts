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

  it('a broken file is refused with its message in role="alert", and nothing changes', async () => {
    const before = (await storedDocs(page())).map((d) => d.id).sort();
    const broken = join(tmpdir(), `soan-e2e-broken-${Date.now()}.json`);
    writeFileSync(broken, readFileSync(backupPath, 'utf8').slice(0, 500));
    await restoreFrom(broken);
    await expect.poll(() => alertText(page())).toContain('Tệp này không phải tệp sao lưu JSON hợp lệ');
    expect(await alertText(page())).toContain('Dữ liệu hiện có không bị thay đổi');
    expect((await storedDocs(page())).map((d) => d.id).sort()).toEqual(before);
    expect(await count(page())).toBe('3 văn bản');

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
