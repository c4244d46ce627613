// Storage benchmark (Issue 3, item 10): 10 000 documents of realistic size (~9 KB each, the fixture's
// body plus a paragraph of its own), median time of the list's first page and of searches.
// Measured in Chromium, where IndexedDB is the real one, and in node with fake-indexeddb.
// STORAGE_BENCH_DOCS changes the count; STORAGE_BENCH_FAKE=0 skips the fake-indexeddb half.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vanBanSchema, type VanBan } from '../../src/core/model/van-ban.ts';
import { openStorage } from '../../src/storage/index.ts';
import { fixtureLines } from '../helpers/fixtures.ts';
import { median, type BenchRow } from './bench-kit.ts';
import { withBenchPage } from './chromium-page.ts';
import { measure, seed, type Timed } from './storage-workload.ts';

const DOCS = Number(process.env.STORAGE_BENCH_DOCS ?? 10_000);
const RUNS = 21;
const TARGET: Record<string, number> = { list: 50, search: 150 };

/** The fixture report as a document, padded to ~9 KB of JSON like the real file. */
export function baseDocument(): VanBan {
  const lines = fixtureLines('bao-cao-133-BC-UBND');
  const noiDung = lines.map((text) => ({ capDo: 'doan' as const, text }));
  let v = vanBanSchema.parse({ loai: 'bao-cao', ngayBanHanh: { nam: 2023 }, trichYeu: 'Kết quả công tác tuyên truyền', noiDung });
  const more = fixtureLines('ke-hoach-13-KH-UBND');
  for (let i = 0; new TextEncoder().encode(JSON.stringify(v)).byteLength < 9_000; i++) {
    v = { ...v, noiDung: [...v.noiDung, { capDo: 'doan', text: more[i % more.length]! }] };
  }
  return v;
}

function rows(where: string, timed: Timed[], note: string): BenchRow[] {
  return timed.map((t) => ({
    name: `${t.name} (${where})`,
    medianMs: median(t.times),
    runs: t.times.length,
    targetMs: t.name.startsWith('list') ? TARGET.list : TARGET.search,
    note: `${t.hits < 0 ? 'page full, total not counted' : `${t.hits} hits`}; ${note}`,
  }));
}

const PAGE_ENTRY = `
import { openStorage } from './src/storage/index.ts';
import { measure, seed } from './test/bench/storage-workload.ts';
let storage;
const open = () => openStorage({ name: 'storage-bench', storageManager: {} });
window.bench = {
  async seed(base, n) {
    storage = await open();
    await storage.db.documents.clear();
    const t0 = performance.now();
    await seed(storage, base, n);
    return { ms: performance.now() - t0, count: await storage.db.documents.count() };
  },
  async measure(base, runs) {
    // A fresh connection, as after the app is reopened.
    storage.close();
    storage = await open();
    return measure(storage, runs);
  },
};
`;

async function inChromium(base: VanBan): Promise<BenchRow[]> {
  return withBenchPage(PAGE_ENTRY, async (page, version) => {
    type Bench = { seed(b: VanBan, n: number): Promise<{ ms: number; count: number }>; measure(b: VanBan, runs: number): Promise<Timed[]> };
    const seeded = await page.evaluate(([b, n]) => (window as unknown as { bench: Bench }).bench.seed(b, n), [base, DOCS] as const);
    const timed = await page.evaluate(([b, runs]) => (window as unknown as { bench: Bench }).bench.measure(b, runs), [base, RUNS] as const);
    return rows('Chromium', timed, `${seeded.count} docs, Chromium ${version}, seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
  });
}

async function inFakeIndexedDb(base: VanBan): Promise<BenchRow[]> {
  const storage = await openStorage({ name: 'storage-bench', indexedDB: new IDBFactory(), IDBKeyRange, storageManager: {} });
  const t0 = performance.now();
  await seed(storage, base, DOCS);
  const seededMs = performance.now() - t0;
  const timed = await measure(storage, RUNS);
  storage.close();
  return rows('fake-indexeddb', timed, `${DOCS} docs, node ${process.version}, seeded in ${(seededMs / 1000).toFixed(1)} s`);
}

export async function run(): Promise<BenchRow[]> {
  const base = baseDocument();
  const out = await inChromium(base);
  if (process.env.STORAGE_BENCH_FAKE !== '0') out.push(...(await inFakeIndexedDb(base)));
  return out;
}
