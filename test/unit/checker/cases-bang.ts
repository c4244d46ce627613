// Cases for the table rules: ragged rows, empty header cells, figures written two ways, wrong totals.
import type { Bang, VanBan } from '../../../src/core/model/van-ban.ts';
import { CLEAN, doc } from './documents.ts';
import type { RuleCase } from './rule-cases.ts';

/** The clean document with a table (rows of cell texts, or cells with spans) after its first block. */
export function withTable(rows: (string | { text: string; gopCot?: number; gopHang?: number })[][], extra: Partial<Bang> = {}): VanBan {
  const noiDung = [...(CLEAN.noiDung as VanBan['noiDung'])];
  const hang = rows.map((r) => ({ o: r.map((c) => (typeof c === 'string' ? { text: c } : c)) }));
  noiDung.splice(1, 0, { capDo: 'bang', bang: { soHangTieuDe: 1, ...extra, hang } as Bang });
  return doc({ noiDung });
}

const HEADER = ['STT', 'Nội dung', 'Kế hoạch', 'Thực hiện'];

export const TABLE_CASES: RuleCase[] = [
  {
    rule: 'bang.hang-lech',
    bad: [
      withTable([HEADER, ['1', 'Tuyên truyền', '12'], ['2', 'Hội nghị', '4', '4']]),
      withTable([HEADER, ['1', 'Tuyên truyền', '12', '12', '3']]),
      // A merged cell counts for the columns it spans.
      withTable([HEADER, ['1', { text: 'Tuyên truyền', gopCot: 2 }, '12', '12']]),
    ],
    good: [
      withTable([HEADER, ['1', { text: 'Tuyên truyền', gopCot: 2 }, '12'], ['2', 'Hội nghị', '4', '4']]),
      // A cell merged downwards fills the column of the row below it.
      withTable([HEADER, [{ text: '1', gopHang: 2 }, 'Tuyên truyền', '12', '12'], ['Hội nghị', '4', '4']]),
      withTable([[{ text: 'STT', gopHang: 2 }, { text: 'Nội dung', gopHang: 2 }, { text: 'Kết quả', gopCot: 2 }], ['Kế hoạch', 'Thực hiện'], ['1', 'Họp', '2', '2']], { soHangTieuDe: 2 }),
    ],
    fix: false,
  },
  {
    rule: 'bang.tieu-de-trong',
    bad: [withTable([['STT', '', 'Kế hoạch', 'Thực hiện'], ['1', 'Tuyên truyền', '12', '12']]), withTable([['', 'Năm 2024', 'Năm 2025'], ['Thu', '10', '12']])],
    good: [
      // Body cells may be empty; so may a table without a header row.
      withTable([HEADER, ['1', 'Tuyên truyền', '', '']]),
      withTable([['', 'x'], ['y', '']], { soHangTieuDe: 0 }),
    ],
    fix: false,
  },
  {
    rule: 'bang.dau-so',
    bad: [
      withTable([HEADER, ['1', 'Thu thuế', '1.150', '900'], ['2', 'Thu phí', '1,150', '800']]),
      withTable([HEADER, ['1', 'Diện tích', '85,68', '12'], ['2', 'Năng suất', '85.68', '10']]),
      withTable([HEADER, ['1', 'Dân số', '1.234.567', '12'], ['2', 'Hộ', '12,345,678', '10']]),
    ],
    good: [
      // Vietnamese throughout: "." for thousands, "," before decimals.
      withTable([HEADER, ['1', 'Thu thuế', '1.150', '85,5'], ['2', 'Thu phí', '1.234.567,25', '90'], ['3', 'Khác', '-', '0,5']]),
      // English throughout is one way, not two (a convention the clerk may keep).
      withTable([HEADER, ['1', 'Thu thuế', '85.68', '1,150'], ['2', 'Thu phí', '18.9', '2,300']]),
      // "1,150" in a column of decimals is 1,15: no "." anywhere.
      withTable([HEADER, ['1', 'Tỷ suất', '1,150', '0,5'], ['2', 'Hệ số', '0,75', '1']]),
    ],
    fix: false,
  },
  {
    rule: 'bang.tong-cong',
    bad: [
      withTable([HEADER, ['1', 'Thuế', '1.200', '650'], ['2', 'Phí', '350', '180'], ['', 'Tổng cộng', '1.550', '840']]),
      withTable([HEADER, ['1', 'Thuế', '12,5', '6'], ['2', 'Phí', '3,25', '1'], ['', 'Cộng', '16,75', '7']]),
      withTable([HEADER, ['I', 'Nhóm A', '', ''], ['1', 'Thuế', '10', '5'], ['2', 'Phí', '20', '5'], ['', 'Cộng', '30', '10'], ['II', 'Nhóm B', '', ''], ['1', 'Khác', '5', '5'], ['', 'Cộng', '5', '5'], ['', 'TỔNG CỘNG', '40', '15']]),
    ],
    good: [
      withTable([HEADER, ['1', 'Thuế', '1.200', '650'], ['2', 'Phí', '350', '180'], ['', 'Tổng cộng', '1.550', '830']]),
      // Subtotals per group, then a grand total of the groups.
      withTable([HEADER, ['I', 'Nhóm A', '', ''], ['1', 'Thuế', '10', '5'], ['2', 'Phí', '20', '5'], ['', 'Cộng', '30', '10'], ['II', 'Nhóm B', '', ''], ['1', 'Khác', '5', '5'], ['', 'Cộng', '5', '5'], ['', 'TỔNG CỘNG', '35', '15']]),
      // Group rows carrying their own sums above their items.
      withTable([HEADER, ['I', 'Nhóm A', '30', '10'], ['1', 'Thuế', '10', '5'], ['2', 'Phí', '20', '5'], ['II', 'Nhóm B', '5', '5'], ['1', 'Khác', '5', '5'], ['', 'Tổng cộng', '35', '15']]),
      // Rounded shares may miss 100 by a rounding step; ratios and averages are not sums.
      withTable([['STT', 'Nội dung', 'Cơ cấu', 'Tỷ lệ (%)'], ['1', 'A', '33,3', '90'], ['2', 'B', '33,3', '80'], ['3', 'C', '33,3', '70'], ['', 'Tổng cộng', '100', '80']]),
      // The column-numbering row under the header is not a figure; a dash is zero.
      withTable([HEADER, ['(1)', '(2)', '(3)', '(4)'], ['1', 'Thuế', '10', '-'], ['2', 'Phí', '20', '5'], ['', 'Tổng số', '30', '5']], { soHangTieuDe: 1 }),
      // A ragged row is reported on its own: sums over shifted columns would only repeat it.
      withTable([HEADER, ['1', 'Thuế', '10'], ['2', 'Phí', '20', '5'], ['', 'Tổng cộng', '99', '99']]),
    ],
    fix: false,
  },
];
