// Steps of the editor's browser tests: a new user's way to a blank report, the fixture typed into
// the labelled fields, the accessibility check, screenshots and the downloaded file.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { paragraphs, readDocx, child } from '../helpers/docx-reader.ts';
import { fixtureLines, fixtureParts } from '../helpers/fixtures.ts';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');
export const FIXTURE = 'bao-cao-133-BC-UBND' as const;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

/** Serious and critical axe-core violations. The CSP forbids inline scripts, so axe goes in through page.evaluate. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // From the top: sticky bars would otherwise be drawn where the last interaction left them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
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
