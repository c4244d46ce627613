// Version history benchmark (issue 9, §2), in Chromium on its real IndexedDB, with the storage
// benchmark's ~9 KB documents: what a save costs when it also snapshots and thins a full history
// (once a minute while typing), against a save within the minute that does neither; and how long
// the storage screen takes to weigh a year's history. HISTORY_BENCH_DOCS × HISTORY_BENCH_REVS sets it.
import type { VanBan } from '../../src/core/model/van-ban.ts';
import { median, type BenchRow } from './bench-kit.ts';
import { withBenchPage } from './chromium-page.ts';
import { baseDocument } from './storage.bench.ts';

const RUNS = 21;
const DOCS = Number(process.env.HISTORY_BENCH_DOCS ?? 200);
const REVS = Number(process.env.HISTORY_BENCH_REVS ?? 25);

const PAGE_ENTRY = `
import { openStorage } from './src/storage/index.ts';
import { RETENTION } from './src/storage/retention.ts';
import { newId } from './src/storage/records.ts';
import { withDerived } from './src/storage/search-index.ts';
import { variant } from './test/bench/storage-workload.ts';
const DAY = 86_400_000;
let t = Date.UTC(2024, 5, 1);
const now = () => t;
const open = (name) => openStorage({ name, storageManager: {}, now });
const timed = async (n, fn) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
};
window.bench = {
  async saves(base, runs) {
    const s = await open('history-bench-saves');
    let d = await s.documents.createFromTemplate(base);
    // A full history: exports of the last 20 days, kept by the policy, up to the cap.
    await s.db.revisions.bulkAdd(Array.from({ length: RETENTION.maxPerDocument - 1 }, (_, i) => ({
      id: newId(), docId: d.id, at: t - 20 * DAY + i * 60_000, reason: 'export', rev: 1, vanBan: variant(base, i),
    })));
    const save = async (i, step) => {
      t += step;
      d = (await s.documents.save(d.id, variant(base, 1000 + i), d.rev)).record;
    };
    for (let i = 0; i < 3; i++) await save(i, 61_000); // warm-up
    const withSnapshot = await timed(runs, (i) => save(100 + i, 61_000));
    const plain = await timed(runs, (i) => save(200 + i, 1_000));
    return { withSnapshot, plain, kept: (await s.revisions.list(d.id)).length };
  },
  async usage(base, docs, perDoc, runs) {
    const s = await open('history-bench-usage');
    for (let k = 0; k < docs; k++) {
      const id = newId();
      await s.db.documents.put(withDerived({ id, vanBan: variant(base, k), status: 'draft', createdAt: t, updatedAt: t, rev: 1 }));
      await s.db.revisions.bulkAdd(Array.from({ length: perDoc }, (_, j) => ({
        id: newId(), docId: id, at: t - j * DAY, reason: 'edit', rev: 1, vanBan: variant(base, k * perDoc + j),
      })));
    }
    let last;
    const times = await timed(runs, async () => void (last = await s.usage()));
    return { times, usage: last };
  },
};
`;

export async function run(): Promise<BenchRow[]> {
  const base: VanBan = baseDocument();
  return withBenchPage(PAGE_ENTRY, async (page, version) => {
    type Bench = {
      saves(b: VanBan, runs: number): Promise<{ withSnapshot: number[]; plain: number[]; kept: number }>;
      usage(b: VanBan, docs: number, perDoc: number, runs: number): Promise<{ times: number[]; usage: { revisions: { count: number; bytes: number } } }>;
    };
    const saves = await page.evaluate(([b, n]) => (window as unknown as { bench: Bench }).bench.saves(b, n), [base, RUNS] as const);
    const usageRuns = 5;
    const usage = await page.evaluate(([b, d, r, n]) => (window as unknown as { bench: Bench }).bench.usage(b, d, r, n), [base, DOCS, REVS, usageRuns] as const);
    const env = `Chromium ${version}`;
    const mb = (usage.usage.revisions.bytes / 1024 / 1024).toFixed(1);
    return [
      { name: 'save that snapshots and thins a full history (Chromium)', medianMs: median(saves.withSnapshot), runs: RUNS, note: `${saves.kept} revisions kept of ~9 KB; ${env}` },
      { name: 'save within the minute, no snapshot (Chromium)', medianMs: median(saves.plain), runs: RUNS, note: env },
      { name: 'storage screen: weigh documents and history (Chromium)', medianMs: median(usage.times), runs: usageRuns, note: `${DOCS} docs, ${usage.usage.revisions.count} revisions, ${mb} MB of history; ${env}` },
    ];
  });
}
