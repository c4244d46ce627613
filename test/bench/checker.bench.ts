// Checker speed: it runs on every change in the editor, so the fixture must check in ≤ 5 ms.
import { checkVanBan } from '../../src/core/checker/index.ts';
import type { VanBan } from '../../src/core/model/van-ban.ts';
import { fixtureVanBan } from '../helpers/fixture-documents.ts';
import { largeVanBan } from '../helpers/large-document.ts';
import { median, timeRuns, type BenchRow } from './bench-kit.ts';

async function measure(label: string, v: VanBan, runs: number, targetMs?: number): Promise<BenchRow> {
  const findings = checkVanBan(v).length;
  const ms = median(await timeRuns(() => checkVanBan(v), runs, 5));
  const row: BenchRow = { name: `check ${label}`, medianMs: ms, runs, note: `${v.noiDung.length} blocks, ${findings} findings` };
  if (targetMs !== undefined) row.targetMs = targetMs;
  return row;
}

export async function run(): Promise<BenchRow[]> {
  return [
    await measure('fixture (node)', fixtureVanBan('bao-cao-133-BC-UBND'), 101, 5),
    await measure('100 pages (node)', largeVanBan(), 21),
  ];
}
