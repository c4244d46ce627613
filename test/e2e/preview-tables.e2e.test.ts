// A report with two data tables, restored from a backup file (the repository and backup path; the
// paste import of tables is tested elsewhere), shows in the A4 preview with every cell, the wide
// table on a landscape page whose number continues, and pages as LibreOffice prints the .docx.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx-writer.ts';
import { openStorage } from '../../src/storage/index.ts';
import { SKIP_E2E } from '../helpers/browser.ts';
import { printedLines } from '../helpers/libreoffice.ts';
import { pdfPageSizes } from '../helpers/pdf-text.ts';
import { axeViolations, DESKTOP, screenshot } from '../helpers/page-kit.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BANG_11_COT, BANG_5_COT, baoCaoHaiBang } from '../helpers/table-documents.ts';
import { BUILD_1 } from './builds.ts';
import { skipSetup, statusText } from './list-kit.ts';

const TRICH_YEU = 'Kết quả thu, chi ngân sách xã năm 2024';
const v = baoCaoHaiBang({ trichYeu: TRICH_YEU });

describe.skipIf(SKIP_E2E)('tables in the A4 preview', () => {
  const app = useServedApp(BUILD_1.dir, { viewport: DESKTOP });
  let backup = '';

  beforeAll(async () => {
    // The document goes in as a user's would: saved by the repository, carried by a backup file.
    const storage = await openStorage({ name: 'e2e-bang', indexedDB: new IDBFactory(), IDBKeyRange, storageManager: {} });
    await storage.documents.createFromTemplate(v);
    backup = join(tmpdir(), `soan-e2e-bang-${Date.now()}.json`);
    writeFileSync(backup, (await storage.exportBackup()).text);
    storage.close();
  });

  /** Per preview page: landscape or not, its printed number, its text, and its tables' column widths. */
  const pages = () =>
    app.b.page.evaluate(() =>
      [...document.querySelectorAll('.preview section.page')].map((p) => ({
        landscape: p.classList.contains('landscape'),
        number: p.querySelector('.page-number')?.textContent?.trim() ?? '',
        width: Math.round(p.getBoundingClientRect().width),
        height: Math.round(p.getBoundingClientRect().height),
        cells: [...p.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim()),
        text: (p as HTMLElement).innerText,
        columns: [...p.querySelectorAll('.slice table')].map((t) => [...t.querySelectorAll('col')].map((c) => (c as HTMLElement).style.width)),
      })),
    );

  it('shows every cell, the wide table on a landscape page numbered on, and LibreOffice’s pages', async () => {
    const page = app.b.page;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await skipSetup(page);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Khôi phục' }).click();
    await (await choosing).setFiles(backup);
    await expect.poll(() => statusText(page)).toContain('1 thêm mới');
    await page.getByRole('link', { name: TRICH_YEU }).click();
    await page.locator('.preview section.page').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(async () => (await pages()).some((p) => p.landscape)).toBe(true);

    const all = await pages();
    const shown = all.flatMap((p) => p.cells);
    for (const bang of [BANG_5_COT, BANG_11_COT]) {
      for (const h of bang.hang) for (const o of h.o) if (o.text) expect(shown, `«${o.text}»`).toContain(o.text);
      for (const line of [bang.tieuDe, bang.donViTinh, ...bang.ghiChu]) expect(all.some((p) => p.text.includes(line)), line).toBe(true);
    }
    const wide = all.findIndex((p) => p.landscape);
    expect(all[wide]!.text).toContain('Biểu số 02');
    expect(all[wide]!.width).toBeGreaterThan(all[wide]!.height);
    expect(all[wide]!.number).toBe(String(wide + 1));
    expect(all[wide]!.columns[0]).toHaveLength(11);
    // Back to portrait for the signature, the count going on.
    expect(all[wide + 1]!.landscape).toBe(false);
    expect(all[wide + 1]!.number).toBe(String(wide + 2));
    expect(all[wide + 1]!.text).toContain('Nguyễn Văn A');
    await screenshot(page, 'preview-tables-desktop');
    await page.locator('.preview section.page').nth(wide).screenshot({ path: join(process.cwd(), 'test-results', 'screenshots', 'preview-tables-landscape.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // Printed from the browser, the landscape page comes out on a landscape sheet, the others portrait.
    const sheets = pdfPageSizes(await page.pdf({ preferCSSPageSize: true }));
    expect(sheets.map(([w, h]) => w > h)).toEqual(all.map((p) => p.landscape));

    // LibreOffice prints the same pages: as many, the wide table on the same one, every cell present.
    const printed = printedLines(await exportDocx(v));
    expect(printed).toHaveLength(all.length);
    expect(printed[wide]!.join(' ')).toContain('Biểu số 02');
    const words = printed.flat().join(' ');
    for (const bang of [BANG_5_COT, BANG_11_COT]) for (const h of bang.hang) for (const o of h.o) for (const w of o.text.split(/\s+/)) expect(words).toContain(w);
  });
});
