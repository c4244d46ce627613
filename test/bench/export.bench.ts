// Export speed in Node: the fixture and a 100-page report, against the floor of zipping the same
// final XML parts with fflate alone (the library docx packs with, at its default level).
import { unzipSync, zipSync } from 'fflate';
import { exportDocx } from '../../src/export/docx-writer.ts';
import type { VanBan } from '../../src/core/model/van-ban.ts';
import { median, timeRuns, type BenchRow } from './bench-kit.ts';
import { fixtureVanBan } from '../helpers/fixture-documents.ts';
import { largeVanBan, largeVanBanWithTables } from '../helpers/large-document.ts';

async function measure(label: string, v: VanBan, runs: number, targetMs: number, ratioTarget = 4): Promise<BenchRow[]> {
  const bytes = await exportDocx(v);
  const parts = unzipSync(bytes);
  const xmlBytes = Object.values(parts).reduce((n, p) => n + p.length, 0);
  const exportMs = median(await timeRuns(() => exportDocx(v), runs));
  const zipMs = median(await timeRuns(() => zipSync(parts), runs));
  const ratio = exportMs / zipMs;
  return [
    { name: `export ${label}`, medianMs: exportMs, runs, targetMs, note: `${(bytes.length / 1024).toFixed(0)} KB docx, ${(xmlBytes / 1024).toFixed(0)} KB of parts; ${ratio.toFixed(2)}× the zip floor (target ≤ ${ratioTarget}×)` },
    { name: `zip floor ${label} (fflate zipSync, same parts)`, medianMs: zipMs, runs },
  ];
}

export async function run(): Promise<BenchRow[]> {
  return [
    ...(await measure('fixture (node)', fixtureVanBan('bao-cao-133-BC-UBND'), 41, 30)),
    ...(await measure('100 pages (node)', largeVanBan(), 15, 300)),
    // Issue 10: 100 pages holding 20 tables of 50 rows (two of them wide, on landscape pages).
    ...(await measure('100 pages, 20 tables of 50 rows (node)', largeVanBanWithTables(), 15, 60, 3)),
  ];
}
