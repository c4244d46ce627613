// One export for the list and the editor (issue 9, §6): the same file, the same warning about format
// errors, and the same revision "Trước khi xuất" of the stored text.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SKIP_E2E } from '../helpers/browser.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { DESKTOP, downloaded, newBlankReport, saved } from './editor-kit.ts';
import { editorId, listHeading, row, skipSetup, storedDocs, storedRevisions } from './list-kit.ts';
import { BUILD_1 } from './builds.ts';

const SAMPLE = /Công tác tuyên truyền cải cách hành chính năm 2023/;

/** Clicks an export button and returns the file's word/document.xml and the question asked, if any. */
async function exportBy(page: Page, click: () => Promise<void>): Promise<{ xml: string; asked: string | null; name: string }> {
  let asked: string | null = null;
  const onDialog = (d: { message(): string; accept(): Promise<void> }) => {
    asked = d.message();
    void d.accept();
  };
  page.on('dialog', onDialog);
  try {
    const downloading = page.waitForEvent('download');
    await click();
    const file = await downloading;
    const xml = new TextDecoder().decode(unzipSync(await downloaded(file))['word/document.xml']);
    return { xml, asked, name: file.suggestedFilename() };
  } finally {
    page.off('dialog', onDialog);
  }
}

const fromList = (page: Page, title: RegExp | string) => () => row(page, title).getByRole('button', { name: 'Xuất DOCX' }).click();
const fromEditor = (page: Page) => () => page.getByRole('button', { name: 'Xuất DOCX' }).click();

async function toList(page: Page): Promise<void> {
  await page.getByRole('link', { name: '← Danh sách' }).click();
  await listHeading(page).waitFor();
}

describe.skipIf(SKIP_E2E)('one export for the list and the editor', () => {
  const app = useServedApp(BUILD_1.dir, { viewport: DESKTOP });

  it('gives the same word/document.xml from the list and from the editor, each after a revision "export"', async () => {
    const page = app.b.page;
    await skipSetup(page);
    const id = (await storedDocs(page))[0]!.id;
    const list = await exportBy(page, fromList(page, SAMPLE));
    expect(list.asked).toBeNull(); // the sample has no format error
    const revisions = await storedRevisions(page, id);
    expect(revisions.map((r) => r.reason)).toEqual(['export']);
    expect(revisions[0]!.vanBan).toEqual((await storedDocs(page))[0]!.vanBan);

    await page.getByRole('link', { name: SAMPLE }).click();
    await page.getByLabel('Trích yếu').waitFor();
    const editor = await exportBy(page, fromEditor(page));
    expect(editor.name).toBe(list.name);
    expect(editor.xml).toBe(list.xml);
    expect(editor.xml).toContain('Công tác tuyên truyền cải cách hành chính năm 2023');
    // The same text was kept already: no second copy.
    expect((await storedRevisions(page, id)).map((r) => r.reason)).toEqual(['export']);
  });

  it('asks the same question about format errors from both, and a "no" from the list exports nothing', async () => {
    const page = app.b.page;
    await toList(page);
    await newBlankReport(page);
    const id = editorId(page)!;
    await page.getByLabel('Trích yếu').fill('Kết quả thử xuất từ danh sách');
    await saved(page);
    const editor = await exportBy(page, fromEditor(page));
    expect(editor.asked).toMatch(/^Văn bản còn \d+ lỗi thể thức/);
    await toList(page);

    const title = 'Kết quả thử xuất từ danh sách';
    page.once('dialog', (d) => void d.dismiss());
    let downloads = 0;
    page.on('download', () => downloads++);
    await row(page, title).getByRole('button', { name: 'Xuất DOCX' }).click();
    await expect.poll(() => row(page, title).getByRole('button', { name: 'Xuất DOCX' }).isEnabled()).toBe(true);
    expect(downloads).toBe(0);

    const list = await exportBy(page, fromList(page, title));
    expect(list.asked).toBe(editor.asked);
    expect(list.xml).toBe(editor.xml);
    expect((await storedRevisions(page, id)).filter((r) => r.reason === 'export')).toHaveLength(1);
  });
});
