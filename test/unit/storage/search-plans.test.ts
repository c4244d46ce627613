// The query planner's three paths give the same answers as a plain filter over every document.
import { describe, expect, it } from 'vitest';
import { SELECTIVE_MAX, WALK_BUDGET } from '../../../src/storage/document-query.ts';
import { withDerived } from '../../../src/storage/search-index.ts';
import { testStorage, vanBan } from './helpers.ts';

const N = SELECTIVE_MAX + WALK_BUDGET + 100;

async function many() {
  const env = await testStorage();
  const docs = Array.from({ length: N }, (_, i) =>
    withDerived({
      id: `d${String(i).padStart(4, '0')}`,
      // Every document: "tuyên truyền". Every 3rd: "Trung thu". Every 2nd: year 2024. Only every 97th: both "Trung thu" and "dịch bệnh".
      vanBan: vanBan({
        trichYeu: `Tuyên truyền ${i % 3 === 0 ? 'Tết Trung thu' : 'pháp luật'} ${i % 97 === 0 ? 'dịch bệnh' : ''}`,
        ngayBanHanh: { nam: i % 2 ? 2023 : 2024 },
      }),
      status: 'draft',
      createdAt: i,
      updatedAt: 1_000 + i,
      rev: 1,
    }),
  );
  await env.storage.db.documents.bulkPut(docs);
  const expected = (pred: (i: number) => boolean) =>
    docs
      .map((_, i) => i)
      .filter(pred)
      .reverse()
      .map((i) => `d${String(i).padStart(4, '0')}`);
  return { ...env, expected };
}

describe('search plans at scale', () => {
  it('a broad search walks the newest documents: right page, total left to count()', async () => {
    const { storage: s, expected } = await many();
    const p = await s.documents.search('tuyen truyen');
    expect(p.items.map((d) => d.id)).toEqual(expected(() => true).slice(0, 20));
    expect(p.total).toBeNull();
    expect(p.hasMore).toBe(true);
    expect(await s.documents.count({ text: 'tuyen truyen' })).toBe(N);
    const p3 = await s.documents.search('trung thu', { offset: 40, limit: 20 });
    expect(p3.items.map((d) => d.id)).toEqual(expected((i) => i % 3 === 0).slice(40, 60));
  });

  it('broad words that rarely meet fall back to intersecting ids, with an exact total', async () => {
    const { storage: s, expected } = await many();
    // "trung thu" and the year are each broad; together with "dich benh" only every 97th.
    const p = await s.documents.search('trung thu dich', { year: 2024 });
    const want = expected((i) => i % 3 === 0 && i % 97 === 0 && i % 2 === 0);
    expect(p.items.map((d) => d.id)).toEqual(want);
    expect(p.total).toBe(want.length);
  });

  it('a selective word reads just its documents', async () => {
    const { storage: s, expected } = await many();
    const p = await s.documents.search('dich benh');
    expect(p.items.map((d) => d.id)).toEqual(expected((i) => i % 97 === 0));
    expect(p.total).toBe(expected((i) => i % 97 === 0).length);
  });

  it('a filtered list always has an exact total', async () => {
    const { storage: s, expected } = await many();
    const p = await s.documents.list({ year: 2024, limit: 5 });
    expect(p.total).toBe(expected((i) => i % 2 === 0).length);
    expect(p.items.map((d) => d.id)).toEqual(expected((i) => i % 2 === 0).slice(0, 5));
  });
});
