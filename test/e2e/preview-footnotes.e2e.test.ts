// Footnotes (chú thích) in the A4 preview: each mark is a superscript number in its text, each note
// stands at the foot of the page its mark is on, under Word's separator, with the text above it
// (pagination leaves the room) — and LibreOffice prints every note on the same page as the preview.
// (Notes in table cells are drawn by the same snippet; the plan and the .docx test them in Node. The
// editor of this branch's base cannot open a document with a table yet: editor-outline.ts measures a
// table block's missing text — the table editor is another engineer's work.)
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { vanBanSchema } from '../../src/core/model/van-ban.ts';
import { exportDocx } from '../../src/export/docx-writer.ts';
import { openStorage } from '../../src/storage/index.ts';
import { SKIP_E2E } from '../helpers/browser.ts';
import { printedLines } from '../helpers/libreoffice.ts';
import { axeViolations, DESKTOP, screenshot } from '../helpers/page-kit.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';
import { skipSetup, statusText } from './list-kit.ts';

const TRICH_YEU = 'Kết quả thực hiện nhiệm vụ có chú thích';
const SENTENCE = 'Ủy ban nhân dân xã đã chỉ đạo các ban, ngành, đoàn thể triển khai thực hiện đầy đủ các nhiệm vụ được giao trong kỳ báo cáo';
const NOTE = (i: number) => `Chú thích số ${i}: Kế hoạch số ${100 + i}/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân xã về việc triển khai nhiệm vụ.`;

const v = vanBanSchema.parse({
  loai: 'bao-cao',
  coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG',
  maCoQuan: 'UBND',
  diaDanh: 'Hương Long',
  so: '12',
  trichYeu: TRICH_YEU,
  ngayBanHanh: { ngay: 5, thang: 3, nam: 2025 },
  noiDung: [
    ...Array.from({ length: 36 }, (_, i) => ({
      capDo: 'khoan' as const,
      text: `${SENTENCE} (mục ${i + 1}).`,
      ...(i % 4 === 1 ? { chuThich: [{ viTri: 30, noiDung: NOTE(i) }] } : {}),
    })),
  ],
  noiNhan: ['UBND huyện;', 'Lưu: VT.'],
  chuKy: { quyenHan: 'TM', thayMat: 'Ủy ban nhân dân', chucVu: 'Chủ tịch', hoTen: 'Nguyễn Văn A' },
});
const NOTES = [...v.noiDung.flatMap((b) => (b.capDo === 'bang' ? b.bang.hang.flatMap((h) => h.o.flatMap((o) => o.chuThich ?? [])) : (b.chuThich ?? [])))].map((n) => n.noiDung);

describe.skipIf(SKIP_E2E)('footnotes in the A4 preview', () => {
  const app = useServedApp(BUILD_1.dir, { viewport: DESKTOP });
  let backup = '';

  beforeAll(async () => {
    const storage = await openStorage({ name: 'e2e-chu-thich', indexedDB: new IDBFactory(), IDBKeyRange, storageManager: {} });
    await storage.documents.createFromTemplate(v);
    backup = join(tmpdir(), `soan-e2e-chu-thich-${Date.now()}.json`);
    writeFileSync(backup, (await storage.exportBackup()).text);
    storage.close();
  });

  /** Per page: the marks visible in its text window, its notes (number and text), and whether the notes sit below the text. */
  const pages = () =>
    app.b.page.evaluate(() =>
      [...document.querySelectorAll('.preview section.page')].map((p) => {
        const win = p.querySelector('.window')!.getBoundingClientRect();
        const marks = [...p.querySelectorAll('.window sup[data-note]')]
          .filter((s) => {
            const r = s.getBoundingClientRect();
            return r.top >= win.top - 1 && r.bottom <= win.bottom + 1;
          })
          .map((s) => Number(s.getAttribute('data-note')));
        const box = p.querySelector('.notes');
        const notes = [...(box?.querySelectorAll('p') ?? [])].map((n) => (n as HTMLElement).innerText.trim());
        const pageBox = p.getBoundingClientRect();
        return { marks, notes, notesTop: box?.getBoundingClientRect().top ?? null, windowBottom: win.bottom, inside: box ? box.getBoundingClientRect().bottom <= pageBox.bottom : true };
      }),
    );

  it('puts each note at the foot of its mark’s page, under the text, as LibreOffice prints it', async () => {
    const page = app.b.page;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
    await skipSetup(page);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Khôi phục' }).click();
    await (await choosing).setFiles(backup);
    await expect.poll(() => statusText(page)).toContain('1 thêm mới');
    await page.getByRole('link', { name: TRICH_YEU }).click();
    await page.locator('.preview section.page').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(async () => (await pages()).flatMap((p) => p.notes).length).toBe(NOTES.length);

    const all = await pages();
    expect(all.length).toBeGreaterThan(1);
    const pageOf: number[] = [];
    all.forEach((p, k) => {
      // The notes of a page are exactly those of the marks on it, in order, each with its number.
      expect(p.notes.map((n) => Number(/^\d+/.exec(n)![0])), `page ${k + 1}`).toEqual(p.marks);
      for (const n of p.notes) {
        const num = Number(/^\d+/.exec(n)![0]);
        expect(n.replace(/^\d+\s*/, '')).toBe(NOTES[num - 1]);
        pageOf[num - 1] = k;
      }
      if (p.notesTop !== null) expect(p.notesTop, `page ${k + 1}: notes under the text`).toBeGreaterThanOrEqual(p.windowBottom - 1);
      expect(p.inside).toBe(true);
    });
    expect(pageOf.filter((x) => x !== undefined)).toHaveLength(NOTES.length);
    await screenshot(page, 'preview-footnotes-desktop');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // LibreOffice prints as many pages, each note on the page the preview shows it on.
    const printed = printedLines(await exportDocx(v));
    expect(printed).toHaveLength(all.length);
    NOTES.forEach((text, i) => {
      const head = text.slice(0, 30);
      const at = printed.findIndex((lines) => lines.some((l) => l.includes(head)));
      expect(at, `note ${i + 1} «${head}»`).toBe(pageOf[i]);
    });
  });
});
