import { describe, expect, it } from 'vitest';
import { MAX_REVISIONS_PER_DOCUMENT } from '../../../src/storage/revisions.ts';
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

  it('a snapshot before export; restore of any revision; the restore itself is undoable', async () => {
    const { storage: s, clock } = await testStorage();
    const d = await s.documents.createFromTemplate(vanBan({ trichYeu: 'Bản xuất' }));
    clock.advance(1000);
    const exp = await s.revisions.snapshot(d.id, 'export');
    expect(exp).toMatchObject({ reason: 'export', rev: 1 });
    expect(await s.revisions.snapshot(d.id, 'export')).toBeNull(); // same content already kept
    clock.advance(1000);
    const saved = (await s.documents.save(d.id, vanBan({ trichYeu: 'Sửa sau khi xuất' }), d.rev)).record;

    clock.advance(1000);
    const restored = await s.revisions.restore(exp!.id);
    expect(restored.vanBan.trichYeu).toBe('Bản xuất');
    expect(restored.rev).toBe(saved.rev + 1);
    const revs = await s.revisions.list(d.id);
    expect(revs[0]).toMatchObject({ reason: 'restore' });
    expect(revs[0]!.vanBan.trichYeu).toBe('Sửa sau khi xuất');

    clock.advance(1000);
    const undone = await s.revisions.restore(revs[0]!.id);
    expect(undone.vanBan.trichYeu).toBe('Sửa sau khi xuất');
  });

  it('keeps history bounded, dropping the oldest edit snapshots only', async () => {
    const { storage: s, clock } = await testStorage();
    let d = await s.documents.createFromTemplate(vanBan({ trichYeu: 'start' }));
    await s.revisions.snapshot(d.id, 'export');
    for (let i = 0; i < MAX_REVISIONS_PER_DOCUMENT + 5; i++) {
      clock.advance(61_000);
      d = (await s.documents.save(d.id, vanBan({ trichYeu: `v${i}` }), d.rev)).record;
    }
    const revs = await s.revisions.list(d.id);
    expect(revs).toHaveLength(MAX_REVISIONS_PER_DOCUMENT);
    expect(revs.at(-1)!.reason).toBe('export');
  });
});
