// Number and symbol (ô 3): "Số: 133/BC-UBND". The model stores the number and the issuer and unit
// codes; the type code comes from the document type, so only what the user types is checked here.
import { DOCUMENT_TYPES, documentType, hasTypeName } from '../../decree/document-types.ts';
import { upperVi } from '../../text/normalize.ts';
import type { Hit, Rule, Where } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { rewrite, textAt } from '../text-parts.ts';
import { quote } from '../text-case.ts';

type MaField = 'maCoQuan' | 'maDonVi';
const MA_FIELDS: readonly MaField[] = ['maCoQuan', 'maDonVi'];
const LABEL: Record<MaField, string> = { maCoQuan: 'Ký hiệu cơ quan', maDonVi: 'Ký hiệu đơn vị soạn thảo' };

/** Whether the symbol shows maDonVi: only a document without a type name (công văn) uses it. */
function usesMaDonVi(loai: keyof typeof DOCUMENT_TYPES): boolean {
  return !hasTypeName(loai);
}

function codes(v: Parameters<Rule['check']>[0]): { field: MaField; text: string }[] {
  return MA_FIELDS.filter((f) => f === 'maCoQuan' || usesMaDonVi(v.loai)).map((field) => ({ field, text: v[field] }));
}

const TYPE_CODES = new Set(Object.values(DOCUMENT_TYPES).map((t) => t.kyHieu).filter((k): k is NonNullable<typeof k> => !!k));

export const soKhong: Rule = {
  id: 'so-ky-hieu.so-khong',
  severity: 'error',
  source: NGUON.soThuTu,
  parts: ['so'],
  check: (v) => (/^0+[a-zA-Z]?$/.test(v.so) ? [{ at: { part: 'so' }, message: `Số ${quote(v.so)} không hợp lệ: số văn bản bắt đầu từ 01 mỗi năm` }] : []),
};

export const soThuaSo0: Rule = {
  id: 'so-ky-hieu.so-0-thua',
  severity: 'warning',
  source: NGUON.soVanBan,
  parts: ['so'],
  check: (v) => {
    const m = /^0+(\d+[a-zA-Z]?)$/.exec(v.so);
    if (!m || /^0+[a-zA-Z]?$/.test(v.so)) return [];
    // One zero before a single digit is exactly what the layout prints: "07" is fine.
    if (/^0\d[a-zA-Z]?$/.test(v.so)) return [];
    return [{ at: { part: 'so' }, message: `Số ${quote(v.so)} có số 0 thừa; bố cục tự thêm số 0 trước số nhỏ hơn 10` }];
  },
  fix: rewrite((so) => so.replace(/^0+(?=\d)/, '')),
};

export const kyHieuKhoangTrang: Rule = {
  id: 'so-ky-hieu.khoang-trang',
  severity: 'error',
  source: NGUON.kyHieu,
  parts: ['maCoQuan', 'maDonVi'],
  check: (v) =>
    codes(v)
      .filter((c) => /\s/.test(c.text))
      .map((c) => ({ at: { part: c.field }, message: `${LABEL[c.field]} ${quote(c.text)} có khoảng trắng: ký hiệu viết liền, không cách chữ` })),
  fix: rewrite((t) => t.replace(/\s+/g, '')),
};

export const kyHieuChuThuong: Rule = {
  id: 'so-ky-hieu.chu-thuong',
  severity: 'error',
  source: NGUON.kyHieu,
  parts: ['maCoQuan', 'maDonVi'],
  check: (v) =>
    codes(v)
      .filter((c) => /\p{Ll}/u.test(c.text))
      .map((c) => ({
        at: { part: c.field },
        message: `${LABEL[c.field]} ${quote(c.text)} có chữ thường: ký hiệu viết in hoa (chữ thường chỉ có trong chữ viết tắt tên loại của Phụ lục III như QyĐ, CTr, TTr, do ứng dụng tự ghi)`,
      })),
  fix: rewrite((t) => upperVi(t)),
};

export const kyHieuKyTu: Rule = {
  id: 'so-ky-hieu.ky-tu',
  severity: 'error',
  source: NGUON.kyHieu,
  parts: ['maCoQuan', 'maDonVi'],
  check: (v) =>
    codes(v)
      .filter((c) => c.text.length > 0 && !/^[\p{L}0-9&]+(-[\p{L}0-9&]+)*$/u.test(c.text.replace(/\s+/g, '')))
      .map((c) => ({
        at: { part: c.field },
        message: `${LABEL[c.field]} ${quote(c.text)} có ký tự không dùng trong ký hiệu: chỉ gồm chữ in hoa, chữ số và dấu gạch nối (-) giữa các nhóm chữ`,
      })),
};

export const kyHieuDau: Rule = {
  id: 'so-ky-hieu.chu-co-dau',
  severity: 'error',
  source: NGUON.kyHieu,
  parts: ['maCoQuan', 'maDonVi'],
  // Only Đ keeps its Vietnamese form in a symbol (QĐ, HĐND); other accented letters are slips.
  check: (v) =>
    codes(v)
      .filter((c) => /[^\x00-\x7FĐđ]/u.test(c.text.normalize('NFC')) && /^[\p{L}0-9&\s-]+$/u.test(c.text))
      .map((c) => ({ at: { part: c.field }, message: `${LABEL[c.field]} ${quote(c.text)} có chữ có dấu: chữ viết tắt chỉ dùng chữ cái không dấu và Đ` })),
};

export const maLoaiLap: Rule = {
  id: 'so-ky-hieu.ma-loai-lap',
  severity: 'error',
  source: NGUON.kyHieu,
  parts: ['maCoQuan'],
  check: (v) => {
    const code = documentType(v.loai).kyHieu;
    if (!code) return [];
    const typed = upperVi(v.maCoQuan);
    if (!typed.startsWith(`${upperVi(code)}-`) || typed.length <= code.length + 1) return [];
    return [{ at: { part: 'maCoQuan' }, message: `Ký hiệu cơ quan ${quote(v.maCoQuan)} đã có chữ viết tắt tên loại «${code}»; ứng dụng tự ghi nó, ký hiệu sẽ in thành «${code}-${v.maCoQuan}»` }];
  },
  fix: (v, at: Where) => {
    const code = documentType(v.loai).kyHieu;
    const t = textAt(v, at);
    return !code || t === undefined ? v : rewrite((s) => s.slice(code.length + 1))(v, at);
  },
};

export const maCoQuanLaMaLoai: Rule = {
  id: 'so-ky-hieu.ma-co-quan-la-ma-loai',
  severity: 'warning',
  source: NGUON.kyHieu,
  parts: ['maCoQuan'],
  check: (v): Hit[] => {
    const typed = v.maCoQuan.replace(/\s+/g, '');
    const match = [...TYPE_CODES].find((k) => upperVi(k) === upperVi(typed));
    if (!match) return [];
    return [{ at: { part: 'maCoQuan' }, message: `Ký hiệu cơ quan ${quote(v.maCoQuan)} là chữ viết tắt tên loại văn bản «${match}», không phải tên cơ quan ban hành (ví dụ UBND, HĐND): tên loại do ứng dụng ghi theo loại văn bản` }];
  },
};
