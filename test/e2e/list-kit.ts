// Shared steps of the list-side browser tests: first-run choices, finding rows, the accessibility
// check (axe-core), screenshots, and reading what storage holds straight from IndexedDB.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function skipSetup(page: Page): Promise<void> {
  await page.getByRole('heading', { name: /Thông tin cơ quan/ }).waitFor();
  await page.getByRole('button', { name: 'Bỏ qua' }).click();
  await listHeading(page).waitFor();
}

export function listHeading(page: Page): Locator {
  return page.getByRole('heading', { name: 'Văn bản trên máy này' });
}

export function rows(page: Page): Locator {
  return page.getByRole('list', { name: 'Danh sách văn bản' }).getByRole('listitem');
}

export function row(page: Page, text: string | RegExp): Locator {
  return rows(page).filter({ hasText: text });
}

export function trashRows(page: Page): Locator {
  return page.getByRole('list', { name: 'Văn bản trong thùng rác' }).getByRole('listitem');
}

export async function statusText(page: Page): Promise<string> {
  return (await page.locator('.notices [role="status"]').textContent()) ?? '';
}

export async function alertText(page: Page): Promise<string> {
  return (await page.locator('.notices [role="alert"]').textContent())?.trim() ?? '';
}

export async function count(page: Page): Promise<string> {
  return (await page.getByTestId('so-van-ban').textContent()) ?? '';
}

/**
 * Serious and critical axe-core violations on the page as it is now. The app's CSP forbids inline
 * scripts, so axe is evaluated through the DevTools protocol (page.evaluate), which the CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface StoredDoc {
  id: string;
  status: string;
  deletedAt?: number;
  vanBan: Record<string, unknown> & { trichYeu: string; so: string; coQuanBanHanh: string; maCoQuan: string; diaDanh: string; chuKy: Record<string, string> };
}

/** Every document record, read with the plain IndexedDB API (not through the app). */
export function storedDocs(page: Page): Promise<StoredDoc[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDoc[]>((resolve, reject) => {
        const open = indexedDB.open('soan-van-ban');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('documents').objectStore('documents').getAll();
          get.onsuccess = () => {
            db.close();
            resolve(get.result as StoredDoc[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

export function editorId(page: Page): string | null {
  const m = /#\/van-ban\/([^/]+)$/.exec(page.url());
  return m ? decodeURIComponent(m[1]!) : null;
}
