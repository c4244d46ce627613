// A newer version of the app in another tab opens the database at a higher version: this tab is told,
// keeps its connection (and the other tab waits) until it has saved, then closes cleanly.
import { describe, expect, it } from 'vitest';
import { testStorage, vanBan } from './helpers.ts';

/** The other tab: a plain IndexedDB open one version above ours (Dexie's version n is IndexedDB's n × 10). */
function openNewer(factory: IDBFactory, name: string, version: number) {
  const events: string[] = [];
  const req = factory.open(name, version);
  req.onblocked = () => events.push('blocked');
  req.onupgradeneeded = () => events.push('upgrade');
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    req.onsuccess = () => {
      events.push('opened');
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
  });
  return { events, opened };
}

const settle = async () => {
  for (let i = 0; i < 30; i++) await new Promise<void>((r) => setImmediate(r));
};

describe('an upgrade in another tab', () => {
  it('waits while this tab saves, then this tab closes and the other opens with the saved text', async () => {
    const env = await testStorage();
    const s = env.storage;
    const d = await s.documents.createBlank('bao-cao');
    let told = 0;
    s.onUpgradeElsewhere(() => told++);
    const other = openNewer(env.factory, env.name, (s.db.verno + 1) * 10);
    await settle();
    expect(told).toBe(1);
    expect(other.events).toEqual(['blocked']);

    // Still open: what this tab holds can be stored before it lets go.
    await s.documents.save(d.id, vanBan({ trichYeu: 'Lưu trước khi nhường' }), d.rev);
    s.closeForUpgrade();
    const db = await other.opened;
    expect(other.events).toEqual(['blocked', 'upgrade', 'opened']);
    const stored = await new Promise<{ vanBan: { trichYeu: string } }>((resolve, reject) => {
      const get = db.transaction('documents').objectStore('documents').get(d.id);
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    expect(stored.vanBan.trichYeu).toBe('Lưu trước khi nhường');
    // This tab does not quietly reopen the old version: its writes fail, as the message to reload says.
    await expect(s.documents.createBlank('bao-cao')).rejects.toThrow();
    db.close();
  });

  it('with nobody listening, closes at once so the other tab is not kept waiting', async () => {
    const env = await testStorage();
    const other = openNewer(env.factory, env.name, (env.storage.db.verno + 1) * 10);
    (await other.opened).close();
    expect(other.events).toEqual(['upgrade', 'opened']);
  });
});
