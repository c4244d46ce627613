// One spelling per document: "ỦY BAN" and "UỶ BAN" are both in use (tone mark on the u, or on the
// y), and scans often mix them — header in one, signature in the other. The decree's own examples
// write "ỦY BAN NHÂN DÂN", so a mixed document is brought to that spelling (spec §10.3).
import type { Hit, Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { allTexts, rewrite } from '../text-parts.ts';
import { quote } from '../text-case.ts';

/** Tone on the y of a final "uy", as in "uỷ", "thuỷ" — but not "quý", where u belongs to "qu". */
const DAU_TREN_Y = /(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;
/** Tone on the u: "ủy", "thủy". */
const DAU_TREN_U = /(?<![qQ])[ùúủũụÙÚỦŨỤ][yY](?!\p{L})/u;

const MOVE: Record<string, [string, string]> = {
  ỳ: ['ù', 'y'], ý: ['ú', 'y'], ỷ: ['ủ', 'y'], ỹ: ['ũ', 'y'], ỵ: ['ụ', 'y'],
  Ỳ: ['Ù', 'Y'], Ý: ['Ú', 'Y'], Ỷ: ['Ủ', 'Y'], Ỹ: ['Ũ', 'Y'], Ỵ: ['Ụ', 'Y'],
};
const UPPER_U: Record<string, string> = { ù: 'Ù', ú: 'Ú', ủ: 'Ủ', ũ: 'Ũ', ụ: 'Ụ' };

function toneOnU(text: string): string {
  return text.replace(DAU_TREN_Y, (_all, u: string, y: string) => {
    const [toned, plain] = MOVE[y]!;
    // Keep the case of each letter as typed ("Uỷ" → "Ủy", "UỶ" → "ỦY").
    const first = u === 'U' ? (UPPER_U[toned] ?? toned) : toned.toLocaleLowerCase('vi-VN');
    return first + (y === y.toLocaleUpperCase('vi-VN') ? plain.toLocaleUpperCase('vi-VN') : plain.toLocaleLowerCase('vi-VN'));
  });
}

export const uyThongNhat: Rule = {
  id: 'chinh-ta.uy-thong-nhat',
  severity: 'warning',
  source: NGUON.thongLe,
  parts: ['coQuanChuQuan', 'coQuanBanHanh', 'trichYeu', 'kinhGui', 'canCu', 'noiDung', 'ketThuc', 'noiNhan', 'chuKy', 'diaDanh'],
  check(v) {
    const texts = allTexts(v);
    if (!texts.some(({ text }) => DAU_TREN_U.test(text))) return [];
    const hits: Hit[] = [];
    for (const { at, text } of texts) {
      const fixed = toneOnU(text);
      if (fixed !== text) {
        hits.push({ at, message: `${quote(text)} viết «uỷ» (dấu trên y) trong khi văn bản có chỗ viết «ủy»: nên thống nhất một cách viết, như các ví dụ của Nghị định («ỦY BAN NHÂN DÂN»)` });
      }
    }
    return hits;
  },
  fix: rewrite(toneOnU),
};
