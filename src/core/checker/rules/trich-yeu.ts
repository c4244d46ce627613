// Trích yếu (ô 5a/5b): one phrase in normal case. A capital in the middle has a basis in Phụ lục II
// only for proper names; "… năm 2023 và Phương hướng nhiệm vụ …" (the fixture's own summary) has
// none. Proper names cannot be told apart for sure, hence a warning without a fix.
import { DOCUMENT_TYPES } from '../../decree/document-types.ts';
import type { Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { quoteAround } from '../text-case.ts';

/** Words that start names and cited documents, which rightly keep their capital. */
const NAME_STARTS = new Set([
  'Ủy', 'Uỷ', 'Hội', 'Ban', 'Phòng', 'Sở', 'Bộ', 'Đảng', 'Nhà', 'Nhân', 'Mặt', 'Đoàn', 'Chính', 'Quốc', 'Trung', 'Văn', 'Tỉnh', 'Huyện', 'Xã',
  'Phường', 'Thị', 'Thành', 'Quận', 'Thủ', 'Chủ', 'Bí', 'Luật', 'Nghị', 'Thông', 'Điều', 'Chương', 'Mục', 'Phần', 'Tiểu', 'Tết',
]);
/** A cited document ("và Kế hoạch số 05/KH-UBND", "Phương án số 2"): its type name keeps its capital. */
const CITED = new RegExp(`^(?:${Object.values(DOCUMENT_TYPES).map((t) => t.ten).join('|')})\\s+số`, 'u');

/** After "và", "," or ";" a new phrase starts; a capitalised common word there is the usual slip. */
const MID_CAPITAL = /(?:\s+và|[,;])\s+(\p{Lu}[\p{Ll}\p{M}]+)\s+(\p{Ll})/gu;

export const vietHoaGiua: Rule = {
  id: 'trich-yeu.viet-hoa-giua',
  severity: 'warning',
  source: NGUON.vietHoaCau,
  parts: ['trichYeu'],
  check: (v) => {
    for (const m of v.trichYeu.matchAll(MID_CAPITAL)) {
      const word = m[1]!;
      const from = m.index + m[0].length - m[2]!.length - 1 - word.length;
      if (NAME_STARTS.has(word) || CITED.test(v.trichYeu.slice(from).replace(/^\s+/u, ''))) continue;
      return [
        {
          at: { part: 'trichYeu' },
          message: `Trích yếu ${quoteAround(v.trichYeu, from, word.length)}: chữ «${word}» viết hoa giữa câu không có căn cứ trong quy tắc viết hoa, trừ khi là tên riêng (chỉ viết hoa đầu câu và tên riêng)`,
        },
      ];
    }
    return [];
  },
};
