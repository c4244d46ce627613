// Shared steps of the list-side browser tests: first-run choices, finding rows, the accessibility
// check (axe-core), screenshots, and reading what storage holds straight from IndexedDB.
import type { Locator, Page } from 'playwright-core';
export { axeViolations, DESKTOP, PHONE, SCREENSHOTS, screenshot } from '../helpers/page-kit.ts';

export async function skipSetup(page: Page): Promise<void> {
  await page.getByRole('heading', { name: /Thông tin cơ quan/ }).waitFor();
  await page.getByRole('button', { name: 'Bỏ qua' }).click();
  await listHeading(page).waitFor();
  // The sample is stored once setup is left; the list shows it when it is in.
  await row(page, 'Mẫu').waitFor();
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

export interface StoredDoc {
  id: string;
  status: string;
  deletedAt?: number;
  vanBan: Record<string, unknown> & { trichYeu: string; so: string; coQuanBanHanh: string; maCoQuan: string; diaDanh: string; chuKy: Record<string, string> };
}

export interface StoredRevision {
  id: string;
  docId: string;
  at: number;
  reason: 'edit' | 'export' | 'import' | 'restore';
  vanBan: StoredDoc['vanBan'];
}

/** Every record of one object store, read with the plain IndexedDB API (not through the app). */
function storedRecords<T>(page: Page, store: 'documents' | 'revisions'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('soan-van-ban');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => {
            db.close();
            resolve(get.result as T[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    store,
  );
}

export function storedDocs(page: Page): Promise<StoredDoc[]> {
  return storedRecords<StoredDoc>(page, 'documents');
}

/** The revisions of one document, oldest first. */
export async function storedRevisions(page: Page, docId: string): Promise<StoredRevision[]> {
  return (await storedRecords<StoredRevision>(page, 'revisions')).filter((r) => r.docId === docId).sort((a, b) => a.at - b.at);
}

export function editorId(page: Page): string | null {
  const m = /#\/van-ban\/([^/]+)$/.exec(page.url());
  return m ? decodeURIComponent(m[1]!) : null;
}
