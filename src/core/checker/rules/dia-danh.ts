// Place name (ô 4): the administrative unit's own name, without its generic word, capitalised.
import type { Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { rewrite } from '../text-parts.ts';
import { capitalise, capitaliseEach, quote } from '../text-case.ts';

/**
 * Generic words of administrative units, longest first so "Thành phố" wins over a shorter match.
 * Heuristic: the word is dropped when a name follows that is not a number; units named after a
 * number ("Quận 1"), a person or a historical event keep it (Phụ lục II, Mục III, khoản 1, điểm b).
 * Person and event names cannot be recognised in general, so the ones below are listed; any other
 * is flagged, and the message says to keep the word when the unit bears such a name.
 */
const GENERIC = /^(thành phố|thị trấn|thị xã|phường|quận|huyện|tỉnh|xã)\s+(.+)$/iu;
const KEEP_FULL = [
  'Thành phố Hồ Chí Minh',
  'Phường Điện Biên Phủ',
  'Quận Hai Bà Trưng',
  'Phường Hai Bà Trưng',
  'Phường Bến Thành',
  'Thị xã Quảng Trị',
];
const NUMBER_NAME = /^(\d+|[IVXLC]+)$/u;

function keepsGenericWord(name: string, rest: string): boolean {
  if (NUMBER_NAME.test(rest.trim())) return true;
  return KEEP_FULL.some((k) => k.toLocaleLowerCase('vi-VN') === name.toLocaleLowerCase('vi-VN'));
}

export const tenChung: Rule = {
  id: 'dia-danh.ten-chung',
  severity: 'error',
  source: NGUON.diaDanh,
  parts: ['diaDanh'],
  check: (v) => {
    const m = GENERIC.exec(v.diaDanh);
    if (!m || keepsGenericWord(v.diaDanh, m[2]!)) return [];
    return [
      {
        at: { part: 'diaDanh' },
        message: `Địa danh ${quote(v.diaDanh)} ghi kèm danh từ chung «${m[1]}»: ghi tên riêng của đơn vị hành chính («${m[2]}»); chỉ giữ tên đầy đủ khi đơn vị đặt theo chữ số, tên người hoặc sự kiện lịch sử`,
      },
    ];
  },
  fix: rewrite((t) => GENERIC.exec(t)?.[2] ?? t),
};

/** Capital initials of the name; a kept generic word ("Thành phố", "Quận") capitalises its first letter only. */
function vietHoaDiaDanh(text: string): string {
  const m = GENERIC.exec(text);
  return m ? `${capitalise(m[1]!.toLocaleLowerCase('vi-VN'))} ${capitaliseEach(m[2]!)}` : capitaliseEach(text);
}

export const vietHoa: Rule = {
  id: 'dia-danh.viet-hoa',
  severity: 'error',
  source: NGUON.vietHoaDiaDanh,
  parts: ['diaDanh'],
  check: (v) =>
    vietHoaDiaDanh(v.diaDanh) === v.diaDanh
      ? []
      : [{ at: { part: 'diaDanh' }, message: `Địa danh ${quote(v.diaDanh)}: các chữ cái đầu của địa danh phải viết hoa (${quote(vietHoaDiaDanh(v.diaDanh))})` }],
  fix: rewrite(vietHoaDiaDanh),
};
