// Dates written out in running text ("ngày 05 tháng 3 năm 2023"). The date of issue itself is
// stored as numbers and its zeros are written by the layout, so the only zeros a user can get wrong
// are the ones typed into text; the import reports a "tháng 03" it read in the date line.
import { formatDay, formatMonth } from '../../date-line.ts';
import type { Hit, Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { proseTexts, rewrite } from '../text-parts.ts';
import { NOT_AFTER_LETTER, quote } from '../text-case.ts';

const DATE = new RegExp(`${NOT_AFTER_LETTER}(ngày\\s+)(\\d{1,2})(\\s+tháng\\s+)(\\d{1,2})(\\s+năm\\s+\\d{4})|${NOT_AFTER_LETTER}(tháng\\s+)(\\d{1,2})(\\s+năm\\s+\\d{4})`, 'giu');

/** Each written-out date rewritten with the decree's zeros; unchanged text when all are right. */
function withDecreeZeros(text: string): string {
  return text.replace(DATE, (all, ngay?: string, d?: string, thang1?: string, m1?: string, nam1?: string, thang2?: string, m2?: string, nam2?: string) => {
    if (d !== undefined && m1 !== undefined) {
      const day = Number(d);
      const month = Number(m1);
      if (day < 1 || day > 31 || month < 1 || month > 12) return all;
      return `${ngay}${formatDay(day)}${thang1}${formatMonth(month)}${nam1}`;
    }
    const month = Number(m2);
    if (month < 1 || month > 12) return all;
    return `${thang2}${formatMonth(month)}${nam2}`;
  });
}

export const soKhongNgayThang: Rule = {
  id: 'ngay-thang.so-0',
  severity: 'warning',
  source: `${NGUON.thoiGian}, áp dụng cho ngày tháng viết trong lời văn`,
  parts: ['trichYeu', 'canCu', 'noiDung', 'ketThuc', 'kinhGui', 'noiNhan'],
  check: (v) => {
    const hits: Hit[] = [];
    for (const { at, text } of proseTexts(v)) {
      if (!text.includes('tháng') && !text.includes('Tháng')) continue;
      const fixed = withDecreeZeros(text);
      if (fixed !== text) {
        hits.push({ at, message: `Ngày tháng viết chưa đúng trong ${quote(text)}: ngày nhỏ hơn 10 và tháng 1, 2 thêm số 0 phía trước (ngày 05, tháng 01), các tháng khác không thêm (tháng 3, không viết «tháng 03»)` });
      }
    }
    return hits;
  },
  fix: rewrite(withDecreeZeros),
};
