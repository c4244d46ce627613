// Hyphens between phrases. The Tiêu ngữ itself is written by the layout ("Độc lập - Tự do - Hạnh
// phúc", with hyphens), so the user cannot type it wrong where it belongs. What the user can do is
// (1) paste the national title or motto into a text field, where it would print a second time, and
// (2) type an en dash "–" between the phrases of a name ("Phòng Văn hóa – Thông tin"), the same slip
// the decree's hyphen rule for the Tiêu ngữ guards against; the decree's own names use " - ".
import type { Hit, Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { allTexts, proseTexts, rewrite, withoutItem } from '../text-parts.ts';
import { quote } from '../text-case.ts';

const TIEU_NGU = /^độc lập\s*([-–—])\s*tự do\s*([-–—])\s*hạnh phúc\.?$/iu;
const QUOC_HIEU = /^cộng h(?:òa|oà) xã hội chủ nghĩa việt nam$/iu;
/** An en or em dash with a space on each side, between two words (not a number range). */
const EN_DASH_BETWEEN_WORDS = /(?<=\p{L}[\p{M}]*)\s+[–—]\s+(?=\p{L})/gu;
const HAS_EN_DASH_BETWEEN_WORDS = new RegExp(EN_DASH_BETWEEN_WORDS.source, 'u');

export const quocHieuGoLai: Rule = {
  id: 'tieu-ngu.go-lai',
  severity: 'warning',
  source: NGUON.quocHieuTieuNgu,
  parts: ['noiDung', 'coQuanBanHanh', 'coQuanChuQuan', 'trichYeu', 'ketThuc'],
  check: (v) => {
    const hits: Hit[] = [];
    for (const { at, text } of allTexts(v)) {
      for (const line of text.split('\n')) {
        const motto = TIEU_NGU.exec(line.trim());
        if (!motto && !QUOC_HIEU.test(line.trim())) continue;
        const dash = motto && (motto[1] !== '-' || motto[2] !== '-') ? '; Tiêu ngữ dùng gạch nối (-) có cách chữ, không dùng gạch ngang «–»' : '';
        hits.push({
          at,
          message: `${quote(line)} là Quốc hiệu, Tiêu ngữ: bố cục đã tự in ở đầu văn bản, gõ lại sẽ in hai lần${dash}`,
          // Only a body block that holds nothing else can simply go.
          fixable: at.part === 'noiDung' && text.trim() === line.trim(),
        });
        break;
      }
    }
    return hits;
  },
  fix: withoutItem,
};

export const gachNgang: Rule = {
  id: 'tieu-ngu.gach-ngang',
  severity: 'warning',
  source: `${NGUON.quocHieuTieuNgu} (gạch nối có cách chữ giữa các cụm từ), áp dụng theo thông lệ cho tên cơ quan, cụm từ ghép`,
  parts: ['coQuanChuQuan', 'coQuanBanHanh', 'trichYeu', 'kinhGui', 'canCu', 'noiDung', 'ketThuc', 'noiNhan'],
  check: (v) => {
    const texts = [...allTexts(v).filter((t) => t.at.part === 'coQuanChuQuan' || t.at.part === 'coQuanBanHanh'), ...proseTexts(v)];
    return texts
      .filter(({ text }) => (text.includes('–') || text.includes('—')) && HAS_EN_DASH_BETWEEN_WORDS.test(text))
      .map(({ at, text }) => ({ at, message: `Gạch ngang «–» giữa hai cụm từ trong ${quote(text)}: dùng gạch nối «-» có cách chữ, như «Văn hóa - Thông tin», «kinh tế - xã hội»` }));
  },
  fix: rewrite((t) => t.replace(EN_DASH_BETWEEN_WORDS, ' - ')),
};
