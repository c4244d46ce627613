// Body blocks (ô 6). Their numbers are computed from the levels and mục titles are upper-cased by
// the layout, so a lower-case mục is fine; what the user can get wrong is a marker typed into the
// text (printing "1. 1. …"), a khoản or điểm typed in capitals, and blocks left empty.
import { documentType } from '../../decree/document-types.ts';
import { hasCanCu } from '../../decree/layout-variant.ts';
import { splitMarker } from '../../import/marker.ts';
import { insideQuotation } from '../../text/quotation.ts';
import type { Khoi, VanBan } from '../../model/van-ban.ts';
import { isBlankBlock } from '../../table/texts.ts';
import type { Hit, Rule, Where } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { rewrite, withoutItem } from '../text-parts.ts';
import { isShouting, quote } from '../text-case.ts';

const TEN_CAP: Record<Khoi['capDo'], string> = {
  phan: 'phần', chuong: 'chương', muc: 'mục', dieu: 'điều', khoan: 'khoản', tieuMuc: 'tiểu mục', diem: 'điểm', gach: 'gạch đầu dòng', cong: 'dấu cộng', doan: 'đoạn văn', bang: 'bảng',
};

/** The marker the user typed at the start of a block's text, if any. */
function typedMarker(text: string): string | null {
  const { capDo, text: rest } = splitMarker(text);
  if (capDo === 'doan') return null;
  return text.trim().slice(0, text.trim().length - rest.length).trim();
}

export const danhDauGoTay: Rule = {
  id: 'noi-dung.so-thu-tu-go-tay',
  severity: 'error',
  source: NGUON.khoanDiem,
  parts: ['noiDung'],
  check: (v) => {
    const hits: Hit[] = [];
    v.noiDung.forEach((b, index) => {
      // Paragraphs have no level to number them; tables take no number.
      if (b.capDo === 'doan' || b.capDo === 'bang') return;
      const marker = typedMarker(b.text);
      if (marker === null) return;
      hits.push({
        at: { part: 'noiDung', index, field: 'text' },
        message: `${TEN_CAP[b.capDo]} ${quote(b.text)} bắt đầu bằng «${marker}»: số thứ tự do ứng dụng đánh theo cấp, gõ thêm sẽ in hai lần`,
      });
    });
    return hits;
  },
  fix: rewrite((t) => splitMarker(t).text),
};

export const doanCoSoThuTu: Rule = {
  id: 'noi-dung.doan-co-so-thu-tu',
  severity: 'warning',
  source: NGUON.khoanDiem,
  parts: ['noiDung'],
  check: (v) => {
    const hits: Hit[] = [];
    // A quoted text's own items ("“a) …" / "b) …”") keep the letters the law gave them.
    const quoted = insideQuotation(v.noiDung.map((b) => (b.capDo === 'bang' ? '' : b.text)));
    v.noiDung.forEach((b, index) => {
      if (b.capDo !== 'doan' || quoted[index]) return;
      const { capDo } = splitMarker(b.text);
      if (capDo === 'doan' || capDo === 'gach' || capDo === 'cong') return;
      hits.push({
        at: { part: 'noiDung', index, field: 'text' },
        message: `Đoạn văn ${quote(b.text)} bắt đầu bằng số thứ tự gõ tay: chọn cấp ${TEN_CAP[capDo]} để ứng dụng đánh số đúng thứ tự`,
      });
    });
    return hits;
  },
  fix: (v: VanBan, at: Where) => {
    const b = at.index === undefined ? undefined : v.noiDung[at.index];
    if (!b || b.capDo === 'bang') return v;
    const { capDo, text } = splitMarker(b.text);
    return { ...v, noiDung: v.noiDung.map((x, j) => (j === at.index ? { ...x, capDo, text } : x)) };
  },
};

/** Levels the decree writes in normal case (khoản, điểm; the body in general); mục is upper-cased by the layout. */
const NORMAL_CASE: readonly Khoi['capDo'][] = ['khoan', 'tieuMuc', 'diem', 'gach', 'cong'];

export const inHoa: Rule = {
  id: 'noi-dung.in-hoa',
  severity: 'error',
  source: `${NGUON.khoanDiem} và điểm e`,
  parts: ['noiDung'],
  check: (v) => {
    const hits: Hit[] = [];
    v.noiDung.forEach((b, index) => {
      if (b.capDo === 'bang' || !NORMAL_CASE.includes(b.capDo) || !isShouting(b.text)) return;
      hits.push({
        at: { part: 'noiDung', index, field: 'text' },
        message: `${TEN_CAP[b.capDo]} ${quote(b.text)} gõ bằng chữ in hoa: ${b.capDo === 'khoan' || b.capDo === 'diem' ? `${TEN_CAP[b.capDo]} trình bày bằng chữ in thường` : 'nội dung văn bản trình bày bằng chữ in thường'} (chỉ tiêu đề mục in hoa, do bố cục tự chuyển)`,
      });
    });
    return hits;
  },
};

export const khoiTrong: Rule = {
  id: 'noi-dung.khoi-trong',
  severity: 'warning',
  source: NGUON.khoanDiem,
  parts: ['noiDung'],
  check: (v) =>
    v.noiDung
      .map((b, index) => ({ b, index }))
      .filter(({ b }) => isBlankBlock(b))
      .map(({ b, index }) => ({
        at: { part: 'noiDung' as const, index },
        message:
          b.capDo === 'bang'
            ? `Khối thứ ${index + 1} là bảng chưa có nội dung nào: sẽ in một bảng trống`
            : `Khối thứ ${index + 1} (${TEN_CAP[b.capDo]}) để trống: sẽ in một số thứ tự không có nội dung`,
      })),
  fix: withoutItem,
};

export const canCuDauCau: Rule = {
  id: 'noi-dung.can-cu-dau-cau',
  severity: 'error',
  source: NGUON.canCu,
  parts: ['canCu'],
  check: (v) => {
    // Other types have no căn cứ ban hành; can-cu-ngoai-mau says so instead of judging punctuation.
    if (!hasCanCu(v.loai)) return [];
    const list = v.canCu.map((text, index) => ({ text, index })).filter((c) => c.text.length > 0);
    return list
      .filter(({ text }, k) => !text.endsWith(k === list.length - 1 ? '.' : ';'))
      .map(({ text, index }) => ({
        at: { part: 'canCu' as const, index },
        message: `Căn cứ ${quote(text)}: ${index === list[list.length - 1]!.index ? 'căn cứ cuối cùng kết thúc bằng dấu chấm (.)' : 'cuối mỗi căn cứ có dấu chấm phẩy (;)'}`,
      }));
  },
  fix: (v, at) => {
    const list = v.canCu.map((text, index) => ({ text, index })).filter((c) => c.text.length > 0);
    const last = list[list.length - 1]?.index === at.index;
    return rewrite((t) => t.replace(/\s*[;.,:]+$/u, '') + (last ? '.' : ';'))(v, at);
  },
};

/**
 * Căn cứ ban hành in a type whose sample has none (a báo cáo, kế hoạch, công văn …): the layout
 * would print the lines in italics as a decision's legal bases. They are the body's opening
 * sentences, so the fix moves them, in order, to the start of the body as plain paragraphs.
 */
export const canCuNgoaiMau: Rule = {
  id: 'noi-dung.can-cu-ngoai-mau',
  severity: 'warning',
  source: `${NGUON.canCu}; ${NGUON.mauTrinhBay}`,
  parts: ['canCu', 'noiDung'],
  check: (v) => {
    if (hasCanCu(v.loai) || !v.canCu.some((c) => c.trim() !== '')) return [];
    return [
      {
        at: { part: 'canCu' as const, index: 0 },
        message: `${documentType(v.loai).ten} không có phần căn cứ ban hành (chỉ quyết định, nghị quyết, quy chế, quy định có): ${v.canCu.length} dòng căn cứ sẽ in nghiêng như căn cứ của quyết định; chuyển vào đầu nội dung`,
      },
    ];
  },
  fix: (v) => ({
    ...v,
    canCu: [],
    noiDung: [...v.canCu.filter((c) => c.trim() !== '').map((text) => ({ capDo: 'doan' as const, text })), ...v.noiDung],
  }),
};
