// Issue 10 in an attached document: a phụ lục whose body has a table with a merged two-row header,
// opened from the app's own .json file. Its table is the main body's grid (a cell edited, two cells
// merged), the text around it text boxes of their own (one typed into, another typed into and taken
// back with one "Hoàn tác"), the checker's finding in a cell marked at that cell of the grid; after a
// reload the stored table keeps every span and text, and the exported .docx has it with gridSpan and
// vMerge, and the typed text. Axe clean, every control of the grid 44 px; no text box has the browser copy
// its value into the page's history state (autocomplete="off").
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Bang, Khoi, VanBan } from '../../src/core/model/van-ban.ts';
import { mauBaoCao } from '../../src/core/samples/mau-bao-cao.ts';
import { SKIP_E2E } from '../helpers/browser.ts';
import { child, els, parseXml, readTable } from '../helpers/docx-reader.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';
import { axeViolations, DESKTOP, exportXml, fromMenu, gridCells as cells, PHONE, saved, SCREENSHOTS, tap } from './editor-kit.ts';
import { editorId, skipSetup, storedDocs } from './list-kit.ts';

const o = (text: string, gopCot = 1, gopHang = 1) => ({ text, gopCot, gopHang });
const BANG: Bang = {
  tieuDe: 'Biểu số 01. Số hộ các thôn',
  donViTinh: 'Đơn vị tính: hộ',
  soHangTieuDe: 2,
  hang: [
    { o: [o('Thôn', 1, 2), o('Số hộ', 2), o('Ghi chú', 1, 2)] },
    { o: [o('Năm 2024'), o('Năm 2025')] },
    { o: [o('An Bình'), o('120'), o('131'), o('Mới lập')] },
    { o: [o('An Hòa'), o('80'), o('90'), o('Sáp nhập')] },
    { o: [o('Tổng cộng'), o('200'), o('221'), o('')] },
  ],
  canLe: ['trai', 'phai', 'phai', 'trai'],
  doRong: [],
  ghiChu: ['Nguồn: Công an xã.'],
};
const BODY: Khoi[] = [{ capDo: 'doan', text: 'Số hộ các thôn như sau:' }, { capDo: 'bang', bang: BANG }, { capDo: 'khoan', text: 'Số liệu do Công an xã cung cấp.', chuThich: [{ viTri: 21, noiDung: 'Theo sổ hộ khẩu điện tử.' }] }];
const DOC: VanBan = { ...mauBaoCao(), kemTheo: [{ kieu: 'phu-luc', ten: 'Số hộ các thôn', trichYeu: '', noiDung: BODY }] };

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

for (const [name, viewport] of [
  ['desktop 1280 × 800', DESKTOP],
  ['phone 360 × 740', PHONE],
] as const) {
  describe.skipIf(SKIP_E2E)(`a table in a phụ lục (${name})`, () => {
    const app = useServedApp(BUILD_1.dir, { viewport });

    it('is edited in the grid, the text around it in boxes of its own; spans, texts and one undo step each survive a reload and reach the .docx', async () => {
      const page = app.b.page;
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await skipSetup(page);
      const file = join(tmpdir(), `soan-e2e-${Date.now()}-phu-luc-bang.json`);
      writeFileSync(file, JSON.stringify(DOC));
      const choosing = page.waitForEvent('filechooser');
      await page.locator('label.open-file').click();
      await (await choosing).setFiles(file);

      const phuLuc = page.getByRole('group', { name: 'Phụ lục I', exact: true });
      const cell = (r: number, c: number) => phuLuc.getByRole('button', { name: new RegExp(`^Phụ lục I, bảng 1, hàng ${r}, cột ${c}:`) });
      const before = phuLuc.getByLabel('Nội dung văn bản kèm theo, trước bảng 1');
      const after = phuLuc.getByLabel('Nội dung văn bản kèm theo, sau bảng 1');
      await phuLuc.locator('.table-block').waitFor();
      // The merged header as a grid, the text before and after it in boxes of their own, numbered as printed.
      expect(await cells(phuLuc)).toEqual([
        ['Thônv2', 'Số hộ>2', 'Ghi chúv2'],
        ['Năm 2024', 'Năm 2025'],
        ['An Bình', '120', '131', 'Mới lập'],
        ['An Hòa', '80', '90', 'Sáp nhập'],
        ['Tổng cộng', '200', '221', ''],
      ]);
      expect(await before.inputValue()).toBe('Số hộ các thôn như sau:');
      expect(await after.inputValue()).toBe('1. Số liệu do Công an xã cung cấp.');

      // A cell edited through the grid: the total no longer adds up, and the checker marks its cell.
      await tap(cell(3, 2));
      expect(await focused(page)).toBe('Phụ lục I, bảng 1, hàng 3, cột 2');
      // Every text box, the open cell's too, keeps out of the browser's copy of form state (OutlineBlock.svelte says why).
      const copied = await page.$$eval('textarea, input[type="text"]', (boxes) => boxes.filter((e) => e.getAttribute('autocomplete') !== 'off').map((e) => e.id));
      expect(copied).toEqual([]);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('125');
      await page.keyboard.press('Escape');
      const note = phuLuc.locator('.table-block .field-note li').filter({ hasText: '205' });
      await note.waitFor();
      expect(await phuLuc.locator('.table-block td.flagged').count()).toBeGreaterThan(0);
      await tap(note.getByRole('button', { name: 'Đến ô' }));
      expect(await focused(page)).toBe('Phụ lục I, bảng 1, hàng 5, cột 2');
      await page.keyboard.press('Escape');
      // The checker's panel leads to the table too ("Đến chỗ này": the place of block 2 of Phụ lục I).
      await tap(page.locator('.checker summary'));
      const listed = page.locator('.checker li').filter({ hasText: /^.*Phụ lục I: .*205/ });
      await tap(listed.getByRole('button', { name: 'Đến chỗ này' }));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-kemTheo-0-khoi-1');
      await tap(page.locator('.checker summary'));

      // Two cells merged: the notes of An Bình and An Hòa, one above the other.
      await tap(cell(3, 4));
      await tap(phuLuc.getByRole('button', { name: 'Gộp với ô dưới' }));
      const merged = [
        ['Thônv2', 'Số hộ>2', 'Ghi chúv2'],
        ['Năm 2024', 'Năm 2025'],
        ['An Bình', '125', '131', 'Mới lập\nSáp nhậpv2'],
        ['An Hòa', '80', '90'],
        ['Tổng cộng', '200', '221', ''],
      ];
      expect(await cells(phuLuc)).toEqual(merged);
      // Every control of the table and the box's "Chèn bảng" is at least 44 px to tap.
      const small = await phuLuc
        .locator('.table-block button:visible, .table-block [role="button"]:visible, .table-block select:visible, .table-block textarea:visible, .table-block input:visible, .insert-table')
        .evaluateAll((list) =>
          list.filter((e) => {
            const r = e.getBoundingClientRect();
            return r.height < 43.5 || r.width < 43.5;
          }).map((e) => `${e.tagName} ${e.getAttribute('aria-label') ?? e.textContent} ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)}`),
        );
      expect(small).toEqual([]);
      await phuLuc.screenshot({ path: join(SCREENSHOTS, `kem-theo-table-${viewport.width < 400 ? 'phone' : 'desktop'}.png`) });
      // Wider than a phone: the grid scrolls inside its block, the page does not.
      await saved(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // Text typed after the table, then before it; one "Hoàn tác" takes back only the last.
      await tap(after);
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\nDòng mới sau bảng.');
      await tap(before);
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' (tạm tính)');
      expect(await before.inputValue()).toBe('Số hộ các thôn như sau: (tạm tính)');
      await (await fromMenu(page, 'Hoàn tác')).click();
      expect(await before.inputValue()).toBe('Số hộ các thôn như sau:');
      expect(await after.inputValue()).toBe('1. Số liệu do Công an xã cung cấp.\nDòng mới sau bảng.');
      expect(await cells(phuLuc)).toEqual(merged);

      // "Chèn bảng" under the box after the table: a 3 × 3 grid of its own; taken back again.
      await tap(phuLuc.getByRole('button', { name: 'Chèn bảng vào Phụ lục I, sau bảng 1' }));
      expect(await phuLuc.locator('.table-block').count()).toBe(2);
      expect(await phuLuc.locator('.table-block').nth(1).locator('tr').count()).toBe(3);
      await (await fromMenu(page, 'Hoàn tác')).click();
      expect(await phuLuc.locator('.table-block').count()).toBe(1);

      // TAB rows pasted into a text box (as copied from Excel) become a table, shown as a grid; one step taken back.
      await tap(after);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.evaluate((t) => navigator.clipboard.writeText(t), 'Thôn\tSố người\nAn Bình\t520\nAn Hòa\t310');
      await page.keyboard.press('Control+V');
      await expect.poll(() => phuLuc.locator('.table-block').count()).toBe(2);
      expect((await cells(phuLuc)).slice(5)).toEqual([['Thôn', 'Số người'], ['An Bình', '520'], ['An Hòa', '310']]);
      expect(await after.inputValue()).toBe('1. Số liệu do Công an xã cung cấp.\nDòng mới sau bảng.');
      await (await fromMenu(page, 'Hoàn tác')).click();
      expect(await phuLuc.locator('.table-block').count()).toBe(1);
      expect(await after.inputValue()).toBe('1. Số liệu do Công an xã cung cấp.\nDòng mới sau bảng.');

      await saved(page);
      await page.reload();
      await phuLuc.locator('.table-block').waitFor();
      expect(await cells(phuLuc)).toEqual(merged);
      expect(await after.inputValue()).toBe('1. Số liệu do Công an xã cung cấp.\nDòng mới sau bảng.');

      // The stored model: the same spans and texts; caption, unit, header rows, alignment and notes kept.
      const stored = (await storedDocs(page)).find((d) => d.id === editorId(page))!;
      const body = (stored.vanBan as VanBan).kemTheo[0]!.noiDung;
      expect(body.map((b) => (b.capDo === 'bang' ? 'bang' : `${b.capDo}: ${b.text}`))).toEqual(['doan: Số hộ các thôn như sau:', 'bang', 'khoan: Số liệu do Công an xã cung cấp.', 'doan: Dòng mới sau bảng.']);
      // The text box shows no footnotes, yet the one of the line typed after kept its place.
      expect((body[2] as Khoi & { capDo: 'khoan' }).chuThich).toEqual([{ viTri: 21, noiDung: 'Theo sổ hộ khẩu điện tử.' }]);
      const bang = (body[1] as Khoi & { capDo: 'bang' }).bang;
      const want = [
        [o('Thôn', 1, 2), o('Số hộ', 2), o('Ghi chú', 1, 2)],
        [o('Năm 2024'), o('Năm 2025')],
        [o('An Bình'), o('125'), o('131'), o('Mới lập\nSáp nhập', 1, 2)],
        [o('An Hòa'), o('80'), o('90')],
        [o('Tổng cộng'), o('200'), o('221'), o('')],
      ];
      expect(bang.hang.map((h) => h.o.map((c) => o(c.text, c.gopCot, c.gopHang)))).toEqual(want);
      expect([bang.tieuDe, bang.donViTinh, bang.soHangTieuDe, bang.canLe, bang.ghiChu]).toEqual([BANG.tieuDe, BANG.donViTinh, 2, BANG.canLe, BANG.ghiChu]);

      // The .docx: the phụ lục's table, every cell in order with its spans (gridSpan, vMerge), and the typed text.
      const xml = await exportXml(page, () => page.getByRole('button', { name: 'Xuất DOCX' }).click());
      const tables = els(child(parseXml(xml, 'document.xml'), 'body')!, 'tbl').filter((t) => els(t, 'tblHeader').length > 0);
      const table = tables[tables.length - 1]!;
      expect(els(table, 'gridSpan').length).toBeGreaterThan(0);
      expect(els(table, 'vMerge').length).toBeGreaterThan(0);
      const read = readTable(table).map((r) => r.map((c) => o(c.text, c.gopCot, c.gopHang)));
      expect(read).toEqual(want);
      expect(xml).toContain('Dòng mới sau bảng.');
      expect(xml).not.toContain('(tạm tính)');
      expect(errors).toEqual([]);
    });
  });
}
