// Steps of the editor's browser tests: a new user's way to a blank report, the fixture typed into
// the labelled fields, the accessibility check, screenshots and the downloaded file.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Download, Locator, Page } from 'playwright-core';
import { paragraphs, readDocx, child } from '../helpers/docx-reader.ts';
import { fixtureLines, fixtureParts } from '../helpers/fixtures.ts';
export { axeViolations, DESKTOP, PHONE, SCREENSHOTS, screenshot } from '../helpers/page-kit.ts';

export const FIXTURE = 'bao-cao-133-BC-UBND' as const;

/** First run → skip the profile → "Văn bản mới" → blank Báo cáo → the editor. */
export async function newBlankReport(page: Page): Promise<void> {
  const skip = page.getByRole('button', { name: 'Bỏ qua' });
  if (await skip.isVisible().catch(() => false)) await skip.click();
  await page.getByRole('link', { name: 'Văn bản mới' }).click();
  await page.getByRole('radio', { name: 'Báo cáo', exact: true }).check();
  await page.getByRole('radio', { name: /Báo cáo trống/ }).check();
  await page.getByRole('button', { name: 'Tạo và mở văn bản' }).click();
  await page.getByLabel('Trích yếu').waitFor();
}

/** The fixture's header and footer parts, as a person would copy them into each labelled field. */
export function fixtureFields() {
  const p = fixtureParts(FIXTURE);
  const so = /^Số: (\d+)\/BC-(\S+)$/.exec(p['so-ky-hieu']![0]!)!;
  const date = /^(.+), ngày (\d+) tháng (\d+) năm (\d+)$/.exec(p['dia-danh-thoi-gian']![0]!)!;
  const [quyenHanLine, chucVu, hoTen] = p['chu-ky']!;
  const qh = /^(TM|KT|TL|TUQ|Q)\. (.+)$/.exec(quyenHanLine!)!;
  return {
    coQuanBanHanh: p['co-quan-ban-hanh']!.join('\n'),
    so: so[1]!,
    kyHieu: so[2]!,
    diaDanh: date[1]!,
    ngay: `${date[2]}/${date[3]}/${date[4]}`,
    trichYeu: p['trich-yeu']![0]!,
    kinhGui: p['kinh-gui']!.filter((l) => l !== 'Kính gửi:').join('\n'),
    body: p['noi-dung']!.join('\n'),
    noiNhan: p['noi-nhan']!.filter((l) => l !== 'Nơi nhận:').join('\n'),
    quyenHan: qh[1]!,
    thayMat: qh[2]!,
    chucVu: chucVu!,
    hoTen: hoTen!,
  };
}

/** The body's paste: a real Ctrl+V from the system clipboard into the first block. */
export async function pasteIntoBlock(page: Page, blockLabel: RegExp, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByRole('textbox', { name: blockLabel }).first().click();
  await page.keyboard.press('Control+V');
}

/** Text of the fixture as the layout writes it: mục titles upper-cased. */
export function expectedParagraphs(mucTitles: ReadonlySet<string>): string[] {
  return fixtureLines(FIXTURE).map((l) => {
    const m = /^([IVX]+\. )(.*)$/.exec(l);
    return m && mucTitles.has(m[2]!) ? m[1] + m[2]!.toLocaleUpperCase('vi-VN') : l;
  });
}

export function docxParagraphs(bytes: Uint8Array): string[] {
  const doc = readDocx(bytes).document;
  return paragraphs(child(doc, 'body')!)
    .map(({ text }) => text.replace(/\n/g, ' '))
    .filter((t) => t !== '');
}

export async function downloaded(d: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync((await d.path())!));
}

/** Opens the editor toolbar's menu ("Thêm") when it is closed; returns the panel. */
export async function openMenu(page: Page) {
  const toggle = page.getByRole('button', { name: 'Thêm', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.locator('#thao-tac-khac');
}

/** A button of the editor toolbar's menu (undo, redo, share, print, paste), the menu opened first. */
export async function fromMenu(page: Page, name: string) {
  return (await openMenu(page)).getByRole('button', { name, exact: true });
}

/** Waits until autosave has stored everything typed so far. */
export async function saved(page: Page): Promise<void> {
  await page.getByTestId('trang-thai-luu').filter({ hasText: 'Đã lưu' }).waitFor({ timeout: 10_000 });
}

/** Every word of the preview's pages (what the print and the .docx show), lower-cased. */
export async function previewWords(page: Page): Promise<Set<string>> {
  await page.locator('.preview section.page').first().waitFor();
  const text = (await page.locator('.preview section.page').allInnerTexts()).join(' ');
  return new Set(text.toLocaleLowerCase('vi-VN').split(/\s+/).filter(Boolean));
}

/** Clicks an export button (accepting the question about format findings) and returns word/document.xml. */
export async function exportXml(page: Page, click: () => Promise<void>): Promise<string> {
  const onDialog = (d: { accept(): Promise<void> }) => void d.accept();
  page.on('dialog', onDialog);
  try {
    const downloading = page.waitForEvent('download');
    await click();
    return new TextDecoder().decode(unzipSync(await downloaded(await downloading))['word/document.xml']);
  } finally {
    page.off('dialog', onDialog);
  }
}

/** The cells of the table grids in `scope`, row by row, as shown: "text", "text>2" over two columns, "textv2" over two rows. */
export function gridCells(scope: Page | Locator): Promise<string[][]> {
  return scope.locator('.table-block tr').evaluateAll((rows) =>
    rows.map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => {
        // The cell being edited is typed in a box laid over it, outside the grid.
        const box = td.classList.contains('editing') ? td.closest('.table-block')?.querySelector('textarea.cell-box') : td.querySelector('.cell');
        const text = box instanceof HTMLTextAreaElement ? box.value : (box?.textContent ?? '');
        return `${text}${td.colSpan > 1 ? `>${td.colSpan}` : ''}${td.rowSpan > 1 ? `v${td.rowSpan}` : ''}`;
      }),
    ),
  );
}

/** A tap in the middle of the screen: on a phone the notice bar covers the bottom of it. */
export async function tap(target: Locator): Promise<void> {
  await target.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await target.click();
}
