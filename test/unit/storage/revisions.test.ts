import { describe, expect, it } from 'vitest';
import { RETENTION } from '../../../src/storage/retention.ts';

const MAX_REVISIONS_PER_DOCUMENT = RETENTION.maxPerDocument;
import { testStorage, vanBan } from './helpers.ts';

describe('revision history', () => {
  it('snapshots while editing at most once a minute, newest first', async () => {
    const { storage: s, clock } = await testStorage();
    let d = await s.documents.createFromTemplate(vanBan({ trichYeu: 'v0' }));
    for (let i = 1; i <= 10; i++) {
      clock.advance(15_000); // a save every 15 s for 150 s
      d = (await s.documents.save(d.id, vanBan({ trichYeu: `v${i}` }), d.rev)).record;
    }
    const revs = await s.revisions.list(d.id);
    // Snapshots of what was there before the saves at 15 s, 75 s and 135 s.
    expect(revs.map((r) => r.vanBan.trichYeu)).toEqual(['v8', 'v4', 'v0']);
    expect(revs.every((r) => r.reason === 'edit')).toBe(true);
    expect(revs[0]!.at).toBeGreaterThan(revs[1]!.at);
  });

  it('a snapshot before an export, once per content', async () => {
    const { storage: s, clock } = await testStorage();
    const d = await s.documents.createFromTemplate(vanBan({ trichYeu: 'Bản xuất' }));
    clock.advance(1000);
    const exp = await s.revisions.snapshot(d.id, 'export');
    expect(exp).toMatchObject({ reason: 'export', rev: 1, vanBan: { trichYeu: 'Bản xuất' } });
    expect(await s.revisions.snapshot(d.id, 'export')).toBeNull(); // same content already kept
    clock.advance(1000);
    await s.documents.save(d.id, vanBan({ trichYeu: 'Sửa sau khi xuất' }), d.rev);
    expect((await s.revisions.list(d.id)).map((r) => [r.reason, r.vanBan.trichYeu])).toEqual([['export', 'Bản xuất']]);
  });

  it('thins history by the policy as snapshots are taken: all of the last hour, one an hour before, exports kept', async () => {
    const { storage: s, clock } = await testStorage(); // the clock starts at 08:00 UTC
    let d = await s.documents.createFromTemplate(vanBan({ trichYeu: 'start' }));
    await s.revisions.snapshot(d.id, 'export');
    // A save every 3 minutes for 3 h 30 min: each one snapshots what was there before it.
    for (let i = 0; i < 70; i++) {
      clock.advance(180_000);
      d = (await s.documents.save(d.id, vanBan({ trichYeu: `v${i}` }), d.rev)).record;
    }
    const revs = await s.revisions.list(d.id);
    // 20 of the last hour, the newest of 08:xx, 09:xx and 10:xx, and the export.
    expect(revs).toHaveLength(24);
    expect(revs[0]!.vanBan.trichYeu).toBe('v68');
    expect(revs[19]!.vanBan.trichYeu).toBe('v49');
    expect(revs.slice(20).map((r) => [r.reason, r.vanBan.trichYeu])).toEqual([
      ['edit', 'v48'],
      ['edit', 'v37'],
      ['edit', 'v17'],
      ['export', 'start'],
    ]);
    expect(revs.length).toBeLessThanOrEqual(MAX_REVISIONS_PER_DOCUMENT);

    // Forty days on, opening the document thins it again: one for that month is left.
    clock.advance(40 * 24 * 3_600_000);
    expect(await s.revisions.prune(d.id)).toBe(23);
    expect((await s.revisions.list(d.id)).map((r) => r.vanBan.trichYeu)).toEqual(['v68']);
  });

  it('tells how much room documents and their history take', async () => {
    const { storage: s, clock } = await testStorage();
    expect(await s.usage()).toEqual({ documents: { count: 0, bytes: 0 }, revisions: { count: 0, bytes: 0, documents: 0 } });
    const a = await s.documents.createFromTemplate(vanBan({ trichYeu: 'Một' }));
    await s.documents.createFromTemplate(vanBan({ trichYeu: 'Hai' }));
    await s.revisions.snapshot(a.id, 'export');
    clock.advance(1000);
    await s.documents.save(a.id, vanBan({ trichYeu: 'Một, sửa' }), a.rev);
    const revisions = await s.revisions.list(a.id);
    const u = await s.usage();
    expect(u.documents.count).toBe(2);
    expect(u.revisions).toEqual({
      count: 1,
      bytes: new TextEncoder().encode(JSON.stringify(revisions[0])).byteLength,
      documents: 1,
    });
    expect(u.documents.bytes).toBeGreaterThan(u.revisions.bytes);
  });
});

