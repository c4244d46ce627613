// The list's first page read with the settings at start-up, before the list screen subscribes: the
// rows a returning user's first frame draws. It must never show other rows than the screen asked for.
import { describe, expect, it } from 'vitest';
import { DocumentList, PAGE_SIZE } from '../../../src/ui/state/document-list.svelte.ts';
import { testStorage, vanBan } from '../storage/helpers.ts';

async function withDocuments(...trichYeu: string[]) {
  const env = await testStorage();
  for (const t of trichYeu) await env.storage.documents.createFromTemplate(vanBan({ trichYeu: t }));
  return env.storage;
}

describe('DocumentList.prefetch', () => {
  it('puts the first page there, the same page the list would read', async () => {
    const storage = await withDocuments('Báo cáo tháng', 'Kế hoạch năm');
    const list = new DocumentList(false);
    expect(list.loaded).toBe(false);
    await list.prefetch(storage);
    expect(list.loaded).toBe(true);
    expect(list.items.map((d) => d.trichYeu).sort()).toEqual(['Báo cáo tháng', 'Kế hoạch năm']);
    expect(list.pages[0]).toEqual(await storage.readList({ offset: 0, limit: PAGE_SIZE }));
  });

  it('is dropped when the filters changed while it was read (a search typed at once)', async () => {
    const storage = await withDocuments('Báo cáo tháng', 'Kế hoạch năm');
    const list = new DocumentList(false);
    const reading = list.prefetch(storage);
    list.setFilters({ text: 'kế hoạch' });
    await reading;
    expect(list.loaded).toBe(false);
  });

  it('leaves a page that is already there (the subscription answered first)', async () => {
    const storage = await withDocuments('Báo cáo tháng');
    const list = new DocumentList(false);
    const fromSubscription = await storage.readList({ offset: 0, limit: PAGE_SIZE });
    list.pages = [fromSubscription];
    await list.prefetch(storage);
    expect(list.pages[0]).toBe(fromSubscription);
  });
});
