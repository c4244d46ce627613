// A new user's first minute, on a desktop and on a 360 × 740 phone: the profile setup (skipped, or
// filled in), the sample report waiting in the list, and a new report pre-filled from the profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SKIP_E2E, waitForReady, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import { DESKTOP, PHONE, axeViolations, count, editorId, listHeading, row, rows, screenshot, skipSetup, storedDocs } from './list-kit.ts';

const SIZES = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

describe.skipIf(SKIP_E2E).each(SIZES)('first run (%s)', (size, viewport) => {
  let server: Served;
  const browsers: AppBrowser[] = [];
  const open = async () => {
    const b = await openApp(server.origin, { viewport });
    browsers.push(b);
    return b;
  };

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
  });
  afterAll(async () => {
    for (const b of browsers) {
      expect(b.recorder.foreign(server.origin)).toEqual([]);
      expect(b.recorder.pageErrors).toEqual([]);
      await b.dispose();
    }
    await server?.close();
  });

  it('a first visit is "ready" only once the setup form is on screen, not its placeholder', async () => {
    const b = await launchBrowser({ viewport });
    browsers.push(b);
    // Looks at the page in the very task that marks it ready (what the tests wait for, and what the PWA
    // bench times as "usable").
    await b.page.addInitScript(() => {
      new MutationObserver(() => {
        const w = window as unknown as { formAtReady?: boolean };
        if (document.documentElement.dataset['ready'] === 'true' && w.formAtReady === undefined) {
          w.formAtReady = document.getElementById('hs-chu-quan') !== null;
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await b.page.goto(server.origin + '/');
    await waitForReady(b.page);
    expect(await b.page.evaluate(() => (window as unknown as { formAtReady?: boolean }).formAtReady)).toBe(true);
  });

  it('a new device\'s setup shows without creating the database; another screen asked for opens it first', async () => {
    const { page } = await open();
    const ours = () => page.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name === 'soan-van-ban').length);
    await page.getByRole('heading', { name: /Thông tin cơ quan/ }).waitFor();
    // open() waited for the worker: the work that follows the start (its registration, the trash's
    // purge, the launch queue) has run, and none of it created the database.
    expect(await ours()).toBe(0);
    // An address typed in during the setup: the trash waits for the database, then shows.
    await page.evaluate(() => (location.hash = '#/thung-rac'));
    await page.getByRole('heading', { name: 'Thùng rác' }).waitFor();
    expect(await ours()).toBe(1);
    await page.getByText('Thùng rác trống').waitFor();
  });

  it('asks for the organisation profile, "Bỏ qua" skips it, and the sample "Mẫu" is in the list', async () => {
    const b = await open();
    const { page } = b;
    await page.getByRole('heading', { name: /Thông tin cơ quan/ }).waitFor();
    expect(page.url()).toContain('#/cai-dat');
    // The list sent a new user here in place of its own history entry: the tab's history is its blank
    // page and this one, so Back does not return to a list that sends the user here again.
    expect(await page.evaluate(() => history.length)).toBe(2);
    for (const label of ['Cơ quan chủ quản', 'Cơ quan ban hành', 'Địa danh', 'Ký hiệu cơ quan', 'Quyền hạn ký', 'Chức vụ người ký', 'Người ký']) {
      await expect.poll(() => page.getByLabel(label, { exact: true }).count(), { message: label }).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `setup-first-run-${size}`);

    await skipSetup(page);
    await expect.poll(() => count(page)).toBe('1 văn bản');
    const sample = row(page, 'Công tác tuyên truyền cải cách hành chính năm 2023');
    await expect.poll(() => sample.textContent()).toContain('Mẫu');
    expect(await sample.textContent()).toContain('Số 133/BC-UBND');
    expect(await sample.textContent()).toContain('11/12/2023');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `list-sample-${size}`);

    // The first run is over: a reload opens the list, and the sample is not added twice.
    await page.reload();
    await listHeading(page).waitFor();
    await expect.poll(() => count(page)).toBe('1 văn bản');
    expect(await rows(page).count()).toBe(1);

    // Opening the sample goes to the editor route.
    await sample.getByRole('link').click();
    await expect.poll(() => editorId(page)).toBe((await storedDocs(page))[0]!.id);
  });

  it('a filled profile pre-fills a new report from a template; the profile stays editable', async () => {
    const b = await open();
    const { page } = b;
    await page.getByRole('heading', { name: /Thông tin cơ quan/ }).waitFor();
    await page.getByLabel('Cơ quan chủ quản', { exact: true }).fill('UBND HUYỆN SƠN TỊNH');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('ỦY BAN NHÂN DÂN\nXÃ TỊNH HÀ');
    await page.getByLabel('Địa danh', { exact: true }).fill('Tịnh Hà');
    await page.getByLabel('Ký hiệu cơ quan', { exact: true }).fill('UBND');
    await page.getByLabel('Quyền hạn ký', { exact: true }).selectOption('KT');
    await page.getByLabel('Dòng sau quyền hạn ký', { exact: true }).fill('CHỦ TỊCH');
    await page.getByLabel('Chức vụ người ký', { exact: true }).fill('PHÓ CHỦ TỊCH');
    await page.getByLabel('Người ký', { exact: true }).fill('Trần Thị Bình');
    await page.getByText('Kính gửi và Nơi nhận thường dùng').click();
    await page.getByLabel('Nơi nhận', { exact: true }).fill('- UBND huyện;\nLưu: VT.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await listHeading(page).waitFor();
    await page.getByText('Đã lưu hồ sơ cơ quan').waitFor();

    await page.getByRole('link', { name: 'Văn bản mới' }).click();
    await page.getByRole('heading', { name: 'Văn bản mới' }).waitFor();
    const types = await page.getByRole('group', { name: 'Loại văn bản' }).getByRole('radio').evaluateAll((r) =>
      r.map((x) => (x as HTMLInputElement).labels?.[0]?.textContent?.trim()),
    );
    expect(types.slice(0, 6)).toEqual(['Báo cáo', 'Kế hoạch', 'Tờ trình', 'Công văn', 'Thông báo', 'Giấy mời']);
    for (const t of ['Báo cáo năm', 'Báo cáo 6 tháng', 'Báo cáo quý', 'Báo cáo chuyên đề']) {
      await page.getByRole('radio', { name: new RegExp(`^${t}`) }).waitFor();
    }
    await page.getByText('XÃ TỊNH HÀ').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `new-document-${size}`);

    await page.getByRole('radio', { name: /^Báo cáo quý/ }).check();
    await page.getByRole('button', { name: 'Tạo và mở văn bản' }).click();
    await expect.poll(() => editorId(page)).not.toBeNull();
    const doc = (await storedDocs(page)).find((d) => d.id === editorId(page))!;
    expect(doc.vanBan['loai']).toBe('bao-cao');
    expect(doc.vanBan.coQuanChuQuan).toBe('UBND HUYỆN SƠN TỊNH');
    expect(doc.vanBan.coQuanBanHanh).toBe('ỦY BAN NHÂN DÂN\nXÃ TỊNH HÀ');
    expect(doc.vanBan.diaDanh).toBe('Tịnh Hà');
    expect(doc.vanBan.maCoQuan).toBe('UBND');
    expect(doc.vanBan.chuKy).toMatchObject({ quyenHan: 'KT', thayMat: 'CHỦ TỊCH', chucVu: 'PHÓ CHỦ TỊCH', hoTen: 'Trần Thị Bình' });
    expect(doc.vanBan.trichYeu).toMatch(/^Kết quả thực hiện nhiệm vụ quý [IV]+/);
    // The template's own Nơi nhận wins over the profile's (storage fills only empty fields).
    expect(doc.vanBan.so).toBe('');

    // Later visits: the same form edits the profile, without "Bỏ qua".
    await page.goto(server.origin + '/#/cai-dat');
    await page.getByRole('heading', { name: 'Hồ sơ cơ quan' }).waitFor();
    await expect.poll(() => page.getByLabel('Người ký', { exact: true }).inputValue()).toBe('Trần Thị Bình');
    expect(await page.getByRole('button', { name: 'Bỏ qua' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `setup-edit-${size}`);
    await page.getByLabel('Người ký', { exact: true }).fill('Lê Văn Cường');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await listHeading(page).waitFor();
    await expect.poll(() => row(page, /quý/).textContent()).toContain('Chưa có số (…/BC-UBND)');
  });
});
