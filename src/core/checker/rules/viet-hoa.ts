// Capitals in organisation names and special nouns (Phụ lục II). Only names that can be recognised
// for sure are corrected; everything else is a warning without a fix.
import type { Hit, Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { proseTexts, rewrite } from '../text-parts.ts';
import { NOT_AFTER_LETTER, NOT_BEFORE_LETTER, escapeRegExp, isAllUpper, quote, quoteAround } from '../text-case.ts';

/**
 * Fields of specialised offices as the decree's rule writes them: capital initial of each word that
 * names a type or a field ("Phòng Tài nguyên và Môi trường"). A phrase matching one of these after
 * a capitalised Phòng, Sở or Bộ names one body for sure, so its case can be fixed.
 */
const LINH_VUC = [
  'Nội vụ', 'Tư pháp', 'Tài chính - Kế hoạch', 'Tài chính', 'Kế hoạch và Đầu tư', 'Văn hóa - Thông tin', 'Văn hóa và Thông tin',
  'Văn hóa, Thể thao và Du lịch', 'Văn hóa, Khoa học và Thông tin', 'Giáo dục và Đào tạo', 'Y tế', 'Kinh tế - Hạ tầng', 'Kinh tế', 'Tài nguyên và Môi trường',
  'Lao động - Thương binh và Xã hội', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Công Thương', 'Xây dựng',
  'Giao thông vận tải', 'Thông tin và Truyền thông', 'Khoa học và Công nghệ', 'Quản lý đô thị', 'Dân tộc', 'Ngoại vụ', 'Công an', 'Quốc phòng',
];
const CO_QUAN = ['Phòng', 'Sở', 'Bộ'];
/** "văn phòng" is a different word: "Văn phòng Nội vụ" is not "Phòng Nội vụ". */
const TEN_PHONG = new RegExp(
  `${NOT_AFTER_LETTER}(?<!văn\\s)(?<!Văn\\s)(${CO_QUAN.join('|')})\\s+(${LINH_VUC.map(escapeRegExp).join('|')})${NOT_BEFORE_LETTER}`,
  'giu',
);

function canonicalPhong(kind: string, field: string): string {
  const k = CO_QUAN.find((c) => c.toLocaleLowerCase('vi-VN') === kind.toLocaleLowerCase('vi-VN'))!;
  const f = LINH_VUC.find((l) => l.toLocaleLowerCase('vi-VN') === field.toLocaleLowerCase('vi-VN'))!;
  return `${k} ${f}`;
}

function fixPhong(text: string): string {
  // Only a capitalised "Phòng", "Sở", "Bộ" surely names a body: "cơ sở y tế", "cán bộ tài chính",
  // "phòng y tế" of a school are ordinary words.
  return text.replace(TEN_PHONG, (all, kind: string, field: string) =>
    isAllUpper(all) || !/^\p{Lu}/u.test(kind) ? all : canonicalPhong(kind, field),
  );
}

export const tenPhong: Rule = {
  id: 'viet-hoa.ten-co-quan',
  severity: 'warning',
  source: NGUON.vietHoaCoQuan,
  parts: ['trichYeu', 'kinhGui', 'canCu', 'noiDung', 'ketThuc', 'noiNhan'],
  check: (v) => {
    const hits: Hit[] = [];
    for (const { at, text } of proseTexts(v)) {
      if (fixPhong(text) === text) continue;
      const wrong = [...text.matchAll(TEN_PHONG)].map((m) => m[0]).find((m) => fixPhong(m) !== m)!;
      hits.push({ at, message: `${quote(wrong)} là tên cơ quan: viết hoa chữ cái đầu của từ chỉ loại hình và lĩnh vực («${fixPhong(wrong)}»)` });
    }
    return hits;
  },
  fix: rewrite(fixPhong),
};

/** Either case of a word's first letter, the rest lower case: "ban" → "[bB]an". */
function eitherCase(word: string): string {
  return word
    .split(' ')
    .map((w) => `[${w[0]!.toLocaleLowerCase('vi-VN')}${w[0]!.toLocaleUpperCase('vi-VN')}]${w.slice(1)}`)
    .join('\\s+');
}

const CAP = ['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh'].map(eitherCase).join('|');

/**
 * "ủy ban nhân dân xã Hương Long" or "Ủy ban Nhân dân xã …": a specific People's Committee (or
 * Council), recognised by the level and the capitalised name after it; written "Ủy ban nhân dân".
 */
function tenTapThe(head: string[], rest: string): RegExp {
  const first = head.map((h) => `${h}`).join('|');
  return new RegExp(`${NOT_AFTER_LETTER}(${first})(\\s+${eitherCase(rest)})(\\s+(?:${CAP})\\s+\\p{Lu})`, 'gu');
}
const UBND = tenTapThe(['ủy', 'uỷ', 'Ủy', 'Uỷ'], 'ban nhân dân');
const HDND = tenTapThe(['hội', 'Hội'], 'đồng nhân dân');

function fixTenUyBan(text: string): string {
  const fixOne = (all: string, head: string, rest: string, tail: string) =>
    isAllUpper(all) ? all : `${head[0]!.toLocaleUpperCase('vi-VN')}${head.slice(1)}${rest.toLocaleLowerCase('vi-VN')}${tail}`;
  return text.replace(UBND, fixOne).replace(HDND, fixOne);
}

export const tenUyBan: Rule = {
  id: 'viet-hoa.uy-ban-hoi-dong',
  severity: 'warning',
  source: NGUON.vietHoaCoQuan,
  parts: ['trichYeu', 'kinhGui', 'canCu', 'noiDung', 'ketThuc', 'noiNhan'],
  check: (v) =>
    proseTexts(v)
      .filter(({ text }) => fixTenUyBan(text) !== text)
      .map(({ at, text }) => ({ at, message: `Tên cơ quan trong ${quote(text)} viết chưa đúng: «Ủy ban nhân dân xã …», «Hội đồng nhân dân tỉnh …» (viết hoa chữ cái đầu loại hình, «nhân dân» viết thường)` })),
  fix: rewrite(fixTenUyBan),
};

/**
 * "Nhân dân" standing alone (the people) is one of the decree's two special capitalised nouns.
 * Inside a body's name ("Ủy ban nhân dân", "Công an nhân dân") it stays lower case, and whether a
 * given "nhân dân" stands alone is a reading the checker cannot make for sure: no fix.
 */
const NHAN_DAN = new RegExp(
  `(?<!(?:ban|đồng|án|sát|an|đội|trang|biểu|Ban|Đồng|Án|Sát|An|Đội|Trang|Biểu)\\s)${NOT_AFTER_LETTER}nhân dân${NOT_BEFORE_LETTER}`,
  'u',
);

export const nhanDan: Rule = {
  id: 'viet-hoa.nhan-dan',
  severity: 'warning',
  source: NGUON.vietHoaDacBiet,
  parts: ['trichYeu', 'canCu', 'noiDung', 'ketThuc'],
  check: (v) =>
    proseTexts(v)
      .filter(({ at }) => at.part !== 'kinhGui' && at.part !== 'noiNhan')
      .map(({ at, text }) => ({ at, text, m: NHAN_DAN.exec(text) }))
      .filter(({ m }) => m !== null)
      .map(({ at, text, m }) => ({ at, message: `«nhân dân» trong ${quoteAround(text, m!.index, m![0].length)}: khi chỉ Nhân dân nói chung thì viết hoa «Nhân dân» (trường hợp đặc biệt); giữ chữ thường khi là một phần tên cơ quan như «Ủy ban nhân dân»` })),
};
