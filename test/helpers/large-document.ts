// A long report for benchmarks and stress tests: the fixture's body repeated. 41 copies of the
// fixture's body lay out as about 100 A4 pages (checked with LibreOffice; see the bench notes).
import type { Khoi, KhoiBang, VanBan } from '../../src/core/model/van-ban.ts';
import { fixtureVanBan } from './fixture-documents.ts';

export const COPIES_FOR_100_PAGES = 41;

export function largeVanBan(copies = COPIES_FOR_100_PAGES): VanBan {
  const base = fixtureVanBan('bao-cao-133-BC-UBND');
  const noiDung = Array.from({ length: copies }, () => base.noiDung).flat();
  return { ...base, noiDung };
}

/** One generated table of `rows` body rows: a budget table of the communes' villages, with a total row. */
function budgetTable(n: number, rows: number, wide: boolean): KhoiBang {
  const cols = wide ? 11 : 6;
  const header = ['STT', 'Đơn vị', 'Dự toán năm', 'Thực hiện 6 tháng', 'Ước thực hiện năm', 'Tỷ lệ (%)', 'Chi đầu tư', 'Chi thường xuyên', 'Dự phòng', 'Kết dư', 'Ghi chú'].slice(0, cols);
  // Thousands of đồng in a narrow table; đồng (billions) in a wide one, whose columns then only fit a landscape page.
  const figure = (r: number, c: number) => (((r * 7919 + c * 104729 + n * 31) % 9_000_000) + 100_000) * (wide ? 1000 : 1);
  const text = (r: number, c: number) => figure(r, c).toLocaleString('vi-VN');
  const body = Array.from({ length: rows }, (_, r) => [String(r + 1), `Thôn ${r + 1} xã Hương Long`, ...Array.from({ length: cols - 2 }, (_, c) => text(r, c))]);
  return {
    capDo: 'bang',
    bang: {
      tieuDe: `Biểu số ${String(n).padStart(2, '0')}. Kết quả thực hiện dự toán năm 2024`,
      donViTinh: wide ? 'Đơn vị tính: đồng' : 'Đơn vị tính: nghìn đồng',
      soHangTieuDe: 1,
      hang: [header, ...body, ['', 'Tổng cộng', ...Array.from({ length: cols - 2 }, (_, c) => text(rows, c))]].map((r) => ({ o: r.map((text) => ({ text, gopCot: 1, gopHang: 1 })) })),
      canLe: ['giua', 'trai', ...Array.from({ length: cols - 2 }, () => 'phai' as const)],
      doRong: [],
      ghiChu: ['Ghi chú: số liệu ước thực hiện đến ngày 31/12/2024.'],
    },
  };
}

/** Copies of the fixture's body that, with 20 tables of 50 rows, lay out as 101 A4 pages in LibreOffice (91 portrait, 10 landscape). */
export const COPIES_WITH_TABLES = 29;

/** The long report with `tables` tables of `rows` rows spread through its body; every tenth table is wide (landscape). */
export function largeVanBanWithTables(tables = 20, rows = 50, copies = COPIES_WITH_TABLES): VanBan {
  const base = fixtureVanBan('bao-cao-133-BC-UBND');
  const noiDung: Khoi[] = [];
  for (let i = 0; i < copies; i++) {
    noiDung.push(...base.noiDung);
    const t = Math.floor(((i + 1) * tables) / copies) - Math.floor((i * tables) / copies);
    for (let k = 0; k < t; k++) {
      const n = noiDung.filter((b) => b.capDo === 'bang').length + 1;
      noiDung.push(budgetTable(n, rows, n % 10 === 0));
    }
  }
  return { ...base, noiDung };
}
