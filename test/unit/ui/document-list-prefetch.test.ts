// The list's first page read with the settings at start-up, before the list screen subscribes: the
// rows a returning user's first frame draws. It must never stand in for rows the screen already has.
import { describe, expect, it } from 'vitest';
import { DocumentList, PAGE_SIZE } from '../../../src/ui/state/document-list.svelte.ts';
import { testStorage, vanBan } from '../storage/helpers.ts';

async function withDocuments(...trichYeu: string[]) {
  const env = await testStorage();
  for (const t of trichYeu) await env.storage.documents.createFromTemplate(vanBan({ trichYeu: t }));
  return env.storage;
}

describe('the list read ahead of its screen', () => {
  it('is the page the list would read, and seeds the list with it', async () => {
    const storage = await withDocuments('Báo cáo tháng', 'Kế hoạch năm');
    const list = new DocumentList(false);
    const page = await list.readFirstPage(storage);
    expect(page).toEqual(await storage.readList({ offset: 0, limit: PAGE_SIZE }));
    expect(list.loaded).toBe(false);
    list.seed(page);
    expect(list.loaded).toBe(true);
    expect(list.items.map((d) => d.trichYeu).sort()).toEqual(['Báo cáo tháng', 'Kế hoạch năm']);
  });

  it('reads the trash for the trash', async () => {
    const storage = await withDocuments('Còn dùng', 'Đã bỏ');
    const gone = (await storage.readList({ offset: 0, limit: PAGE_SIZE })).items.find((d) => d.trichYeu === 'Đã bỏ')!;
    await storage.documents.trash(gone.id);
    const page = await new DocumentList(true).readFirstPage(storage);
    expect(page?.items.map((d) => d.trichYeu)).toEqual(['Đã bỏ']);
  });

  it('leaves a page that is already there (the subscription answered first)', async () => {
    const storage = await withDocuments('Báo cáo tháng');
    const list = new DocumentList(false);
    const fromSubscription = await storage.readList({ offset: 0, limit: PAGE_SIZE });
    list.pages = [fromSubscription];
    list.seed(await list.readFirstPage(storage));
    expect(list.pages[0]).toBe(fromSubscription);
  });

  it('seeds nothing from a failed read', async () => {
    const storage = await withDocuments('Báo cáo tháng');
    const list = new DocumentList(false);
    storage.db.close();
    const page = await list.readFirstPage(storage);
    expect(page).toBeUndefined();
    list.seed(page);
    expect(list.loaded).toBe(false);
  });
});
