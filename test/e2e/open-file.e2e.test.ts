// Issue 11, the ways in: "Mở tệp" on the list and on the new-document screen opens a Word file, a
// plain-text file or the app's JSON as a new draft in the editor, with the import notes said and the
// file's text kept as a version "Trước khi nhập"; offline too (the reader is a lazy chunk, precached).
// A file dropped on the list does the same. A bad file is refused with the reader's one sentence in role="alert" and nothing stored changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFile } from '../../src/core/import/open-file.ts';
import { mauBaoCao } from '../../src/core/samples/mau-bao-cao.ts';
import { exportDocx } from '../../src/export/docx-writer.ts';
import { launchBrowser, offlineFromNowOn, SKIP_E2E, waitForReady, waitForServiceWorker, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import { makeDocx, p } from '../helpers/make-docx.ts';
import { alertText, axeViolations, count, editorId, listHeading, screenshot, skipSetup, statusText, storedDocs, storedRevisions } from './list-kit.ts';

const FIXTURES = join(process.cwd(), 'test', 'fixtures');
const WORD = join(FIXTURES, 'docx', '07-to-trinh-cat-xet-duyet-xa-khong-ma-tuy.docx');
const TEXT = join(FIXTURES, 'bao-cao-133-BC-UBND.txt');

// The editor's field is found by its exact name: rows of the list are named by their titles, and a
// draft without a summary is titled "(Chưa có trích yếu)" — it would match while the editor opens.

/** What the app must make of a file: the same reader, run here in Node. */
const expected = (path: string, name: string) => openFile(new Uint8Array(readFileSync(path)), name);

/** A file of the test's own in the temp folder. */
function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(tmpdir(), `soan-e2e-${Date.now()}-${name}`);
  writeFileSync(path, bytes);
  return path;
}

/** "Mở tệp" with the pointer: the picker opens in the click itself. */
async function pick(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.locator('label.open-file').click();
  await (await choosing).setFiles(path);
}

/** Everything stored that a refused file must leave alone. */
async function stored(page: Page) {
  const docs = await storedDocs(page);
  const revisions = await Promise.all(docs.map((d) => storedRevisions(page, d.id)));
  return { docs, revisions };
}

describe.skipIf(SKIP_E2E)('open a file ("Mở tệp"), offline', () => {
  let server: Served;
  let b: AppBrowser;
  const page = () => b.page;

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
    b = await launchBrowser();
    await b.page.goto(server.origin + '/');
    await waitForReady(b.page);
    await waitForServiceWorker(b.page);
    await skipSetup(b.page);
    // The reader must come from the precache.
    await offlineFromNowOn(b, () => server.close());
  });
  afterAll(async () => {
    await b?.dispose();
  });

  it('on the list: a real Word file becomes a draft in the editor, notes said, its text kept as "Trước khi nhập"', async () => {
    const name = '07-to-trinh-cat-xet-duyet-xa-khong-ma-tuy.docx';
    const want = expected(WORD, name);
    // The file input is the control keyboard and screen-reader users reach: a button named "Mở tệp".
    expect(await page().getByRole('button', { name: 'Mở tệp' }).count()).toBe(1);
    expect(await axeViolations(page())).toEqual([]);

    await pick(page(), WORD);
    await page().getByLabel('Trích yếu', { exact: true }).waitFor();
    expect(await page().getByLabel('Trích yếu', { exact: true }).inputValue()).toBe(want.vanBan.trichYeu);
    const id = editorId(page())!;
    expect(id).toBeTruthy();
    const said = await statusText(page());
    expect(said).toContain(`Đã tạo văn bản mới từ tệp «${name}».`);
    expect(want.notes.length).toBeGreaterThan(0);
    expect(said).toContain(`Có ${want.notes.length} ghi chú khi đọc văn bản, xem ở đầu trang soạn thảo.`);
    // The notes themselves stay at the top of the editor, readable for as long as it takes.
    const panel = page().getByRole('region', { name: `Ghi chú khi đọc văn bản (${want.notes.length})` });
    const noteTexts = () => panel.getByRole('listitem').allTextContents();
    expect(await noteTexts()).toEqual(want.notes);
    expect(await axeViolations(page())).toEqual([]);

    const doc = (await storedDocs(page())).find((d) => d.id === id)!;
    expect(doc.status).toBe('draft');
    expect(doc.vanBan).toEqual(want.vanBan);
    const versions = await storedRevisions(page(), id);
    expect(versions.map((r) => r.reason)).toEqual(['import']);
    expect(versions[0]!.vanBan).toEqual(want.vanBan);

    // A report goes after 8 s; the notes are still there after 10, and after a reload (a phone may
    // drop the tab), until "Đóng ghi chú".
    await page().waitForTimeout(10_500);
    expect(await statusText(page())).toBe('');
    expect(await noteTexts()).toEqual(want.notes);
    await page().reload();
    await page().getByLabel('Trích yếu', { exact: true }).waitFor();
    expect(await noteTexts()).toEqual(want.notes);
    await panel.getByRole('button', { name: 'Đóng ghi chú' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('f-loai');
    expect((await storedDocs(page())).find((d) => d.id === id)).not.toHaveProperty('ghiChuNhap');
    await page().reload();
    await page().getByLabel('Trích yếu', { exact: true }).waitFor();
    expect(await panel.count()).toBe(0);
  }, 60_000);

  it('bad files — not a zip, an old binary .doc, an empty file, a zip without word/document.xml — are refused with their one sentence; nothing stored changes', async () => {
    await page().getByRole('link', { name: '← Danh sách' }).click();
    await listHeading(page()).waitFor();
    const before = await stored(page());
    const bad: [string, Uint8Array][] = [
      ['khong-phai-zip.docx', new TextEncoder().encode('Đây là chữ, không phải tệp Word.')],
      ['ban-cu.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0])],
      ['trong.docx', new Uint8Array(0)],
      ['thieu-noi-dung.docx', zipSync({ 'word/styles.xml': strToU8('<w:styles/>') })],
    ];
    for (const [name, bytes] of bad) {
      const path = tempFile(name, bytes);
      const file = path.split('/').pop()!;
      let sentence = '';
      try {
        openFile(bytes, file);
      } catch (e) {
        sentence = (e as Error).message;
      }
      expect(sentence, name).toMatch(/^Tệp «.+»/);
      await pick(page(), path);
      await expect.poll(() => alertText(page())).toContain(sentence);
      expect(page().url()).toMatch(/#\/$/);
      expect(await stored(page())).toEqual(before);
      await page().locator('.notices').getByRole('button', { name: 'Đóng' }).click();
    }
    expect(await count(page())).toBe('2 văn bản');
  });

  it('on the new-document screen, by keyboard: a plain-text file becomes a draft', async () => {
    await page().getByRole('link', { name: 'Văn bản mới' }).click();
    await page().getByRole('heading', { name: 'Văn bản mới' }).waitFor();
    expect(await axeViolations(page())).toEqual([]);
    const want = expected(TEXT, 'bao-cao-133-BC-UBND.txt');
    const choosing = page().waitForEvent('filechooser');
    await page().getByRole('button', { name: 'Mở tệp' }).focus();
    await page().keyboard.press('Enter');
    await (await choosing).setFiles(TEXT);
    await page().getByLabel('Trích yếu', { exact: true }).waitFor();
    expect(await page().getByLabel('Trích yếu', { exact: true }).inputValue()).toBe(want.vanBan.trichYeu);
    const doc = (await storedDocs(page())).find((d) => d.id === editorId(page()))!;
    expect(doc.vanBan).toEqual(want.vanBan);
    expect((await storedRevisions(page(), doc.id)).map((r) => r.reason)).toEqual(['import']);
  });

  it('drag and drop onto the list: a drop target shows while a file is over it, and the dropped Word file becomes a draft', async () => {
    await page().getByRole('link', { name: '← Danh sách' }).click();
    await listHeading(page()).waitFor();
    const name = 'bao-cao-tiem-phong.docx';
    const bytes = makeDocx({
      body: [
        p('ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG'),
        p('Số: 12/BC-UBND'),
        p('Hương Long, ngày 5 tháng 3 năm 2025'),
        p('BÁO CÁO'),
        p('Kết quả tiêm phòng cho đàn gia súc quý I năm 2025'),
        p('Kính gửi: Ủy ban nhân dân huyện Hương Khê'),
        p('1. Kết quả'),
        p('Đã tiêm phòng cho 1.250 con trâu, bò.'),
        p('2. Kiến nghị'),
        p('Đề nghị cấp thêm vắc-xin cho quý II./.'),
      ].join(''),
    });
    const want = openFile(bytes, name);
    const before = (await storedDocs(page())).length;
    const files = await page().evaluateHandle(
      ({ data, fileName }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], fileName, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
        return dt;
      },
      { data: [...bytes], fileName: name },
    );
    const target = page().getByTestId('vung-tha-tep');
    expect(await target.count()).toBe(0);
    await page().locator('section.list').dispatchEvent('dragenter', { dataTransfer: files });
    await target.waitFor();
    expect(await target.innerText()).toContain('Thả tệp vào đây để mở thành văn bản mới');
    await screenshot(page(), 'tha-tep-vao-danh-sach');
    // Dragged away again: the target goes and nothing happens.
    await target.dispatchEvent('dragleave', { dataTransfer: files });
    await target.waitFor({ state: 'detached' });
    expect((await storedDocs(page())).length).toBe(before);

    await page().locator('section.list').dispatchEvent('dragenter', { dataTransfer: files });
    await target.dispatchEvent('dragover', { dataTransfer: files });
    await target.dispatchEvent('drop', { dataTransfer: files });
    await page().getByLabel('Trích yếu', { exact: true }).waitFor();
    expect(await page().getByLabel('Trích yếu', { exact: true }).inputValue()).toBe(want.vanBan.trichYeu);
    expect(await statusText(page())).toContain(`Đã tạo văn bản mới từ tệp «${name}».`);
    const doc = (await storedDocs(page())).find((d) => d.id === editorId(page()))!;
    expect(doc.vanBan).toEqual(want.vanBan);
    expect((await storedRevisions(page(), doc.id)).map((r) => r.reason)).toEqual(['import']);
    expect((await storedDocs(page())).length).toBe(before + 1);
  });

  it('our own .docx edited in Word since: the user chooses the edited text or the app\'s exact copy; "Hủy" opens nothing', async () => {
    await page().getByRole('link', { name: '← Danh sách' }).click();
    await listHeading(page()).waitFor();
    const original = mauBaoCao();
    const files = unzipSync(await exportDocx(original));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('Đài truyền thanh xã', 'Loa phát thanh xã'));
    const bytes = zipSync(files);
    const name = 'bao-cao-da-sua.docx';
    const path = tempFile(name, bytes);
    const want = openFile(bytes, path.split('/').pop()!);
    expect(want.editedInWord).toBeDefined();
    const dialog = page().getByRole('dialog', { name: 'Tệp đã được sửa sau khi xuất' });

    // Cancelled: nothing stored changes.
    const before = await stored(page());
    await pick(page(), path);
    await dialog.waitFor();
    expect(await axeViolations(page())).toEqual([]);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await stored(page())).toEqual(before);
    expect(page().url()).toMatch(/#\/$/);

    // The text as Word shows it.
    await pick(page(), path);
    await dialog.getByRole('button', { name: 'Dùng nội dung đã sửa trong Word' }).click();
    await page().getByLabel('Trích yếu', { exact: true }).waitFor();
    const edited = (await storedDocs(page())).find((d) => d.id === editorId(page()))!;
    expect(edited.vanBan).toEqual(want.editedInWord!.vanBan);
    expect(JSON.stringify(edited.vanBan)).toContain('Loa phát thanh xã');

    // The app's own copy, exactly as exported.
    await page().getByRole('link', { name: '← Danh sách' }).click();
    await listHeading(page()).waitFor();
    await pick(page(), path);
    await dialog.getByRole('button', { name: 'Dùng bản gốc của ứng dụng' }).click();
    await expect.poll(() => editorId(page()) !== edited.id && editorId(page()) !== null).toBe(true);
    await page().getByLabel('Trích yếu', { exact: true }).waitFor();
    const exact = (await storedDocs(page())).find((d) => d.id === editorId(page()))!;
    expect(exact.vanBan).toEqual(original);
  });

  it('made no request outside its origin and threw nothing', () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
  });
});
