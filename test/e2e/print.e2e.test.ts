// The browser's own print (Ctrl+P, the menu's "Print…", Android's share → print) prints the same
// preview pages as the "In / Lưu PDF" button, on a wide screen and from a phone's "Soạn" tab.
// page.pdf() prints with print media exactly as those do (it fires beforeprint); the button's own
// window.print() is replaced by a flag, and the print that follows is page.pdf() too.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SKIP_E2E } from '../helpers/browser.ts';
import { DESKTOP, PHONE } from '../helpers/page-kit.ts';
import { fromMenu } from './editor-kit.ts';
import { pdfPageCount, pdfText } from '../helpers/pdf-text.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';
import { skipSetup } from './list-kit.ts';

const SAMPLE = /Công tác tuyên truyền cải cách hành chính năm 2023/;

/** Opened afresh (a reload), as a user who presses Ctrl+P without touching anything else. */
async function reopen(page: Page): Promise<void> {
  await page.reload();
  await page.getByLabel('Trích yếu').waitFor();
  // The editor loads the preview's fonts as it opens; a person is not faster than that.
  await page.waitForFunction(() => document.fonts.check('12pt Tinos', 'Ộ') && document.fonts.status === 'loaded');
}

async function printed(page: Page): Promise<{ text: string; pages: number }> {
  const pdf = await page.pdf({ preferCSSPageSize: true });
  return { text: pdfText(pdf), pages: pdfPageCount(pdf) };
}

describe.skipIf(SKIP_E2E)('printing', () => {
  const app = useServedApp(BUILD_1.dir, { viewport: DESKTOP });
  let button: { text: string; pages: number };

  it('"In / Lưu PDF" prints the preview pages with their text', async () => {
    const page = app.b.page;
    await skipSetup(page);
    await page.getByRole('link', { name: SAMPLE }).click();
    await page.locator('.preview section.page').first().waitFor();
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
    });
    await (await fromMenu(page, 'In / Lưu PDF')).click();
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed === true);
    button = await printed(page);
    expect(button.pages).toBe(await page.locator('.preview section.page').count());
    expect(button.text).toContain('BÁO CÁO');
    expect(button.text).toMatch(SAMPLE);
    expect(button.text).toContain('Nơi nhận:');
  });

  it('the browser\'s own print on a wide screen prints the same pages', async () => {
    const page = app.b.page;
    await reopen(page);
    expect(await printed(page)).toEqual(button);
    // And the screen is as it was: side by side, the editor's fields back.
    expect(await page.getByLabel('Trích yếu').isVisible()).toBe(true);
    expect(await page.locator('.preview section.page').first().isVisible()).toBe(true);
  });

  it('the browser\'s own print from a phone\'s "Soạn" tab prints the same pages, then the tab is as it was', async () => {
    const page = app.b.page;
    await page.setViewportSize(PHONE);
    await reopen(page);
    expect(await page.getByRole('tab', { name: 'Soạn' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.preview section.page').count()).toBe(0);
    expect(await printed(page)).toEqual(button);
    await page.waitForFunction(() => document.querySelectorAll('.preview section.page').length === 0);
    expect(await page.getByLabel('Trích yếu').isVisible()).toBe(true);
  });
});
