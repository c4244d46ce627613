// A long report for benchmarks and stress tests: the fixture's body repeated. 41 copies of the
// fixture's body lay out as about 100 A4 pages (checked with LibreOffice; see the bench notes).
import type { VanBan } from '../../src/core/model/van-ban.ts';
import { fixtureVanBan } from './fixture-documents.ts';

export const COPIES_FOR_100_PAGES = 41;

export function largeVanBan(copies = COPIES_FOR_100_PAGES): VanBan {
  const base = fixtureVanBan('bao-cao-133-BC-UBND');
  const noiDung = Array.from({ length: copies }, () => base.noiDung).flat();
  return { ...base, noiDung };
}
