// Which document type (loại văn bản) a pasted text is: from the symbol's type code, the upper-case
// type name line, or the "V/v" line that only a công văn has.
import { DOCUMENT_TYPES, LOAI_VAN_BAN, type LoaiVanBan } from '../decree/document-types.ts';
import { upperVi } from '../text/normalize.ts';
import { foldKey, isUpperLine } from './line-kinds.ts';

/** Type of a code as the decree writes it (QyĐ, CTr, TTr), or the same code typed all upper case. */
export function loaiFromKyHieu(code: string): LoaiVanBan | null {
  const exact = LOAI_VAN_BAN.find((l) => DOCUMENT_TYPES[l].kyHieu === code);
  if (exact) return exact;
  const upper = upperVi(code);
  return LOAI_VAN_BAN.find((l) => {
    const k = DOCUMENT_TYPES[l].kyHieu;
    return k !== null && upperVi(k) === upper;
  }) ?? null;
}

/** Type named by an upper-case line such as "BÁO CÁO" or "BẢN THOẢ THUẬN" (either spelling). */
export function loaiFromTenLoai(line: string): LoaiVanBan | null {
  if (!isUpperLine(line)) return null;
  const key = foldKey(line);
  return LOAI_VAN_BAN.find((l) => foldKey(DOCUMENT_TYPES[l].ten) === key) ?? null;
}

/**
 * Type names printed on texts that are not among the decree's 29, as officials meet them beside
 * administrative documents: legal normative texts, charters issued with a decision, the Văn phòng's
 * forms. Longest first, so "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC" (the form's full name) wins over "PHIẾU TRÌNH".
 */
const TEN_LOAI_KHAC = [
  'Phiếu trình giải quyết công việc',
  'Thông tư liên tịch',
  'Phiếu ghi ý kiến',
  'Phiếu xin ý kiến',
  'Phiếu trình',
  'Nghị định',
  'Thông tư',
  'Điều lệ',
].sort((a, b) => b.length - a.length);

export interface TenLoaiKhac {
  /** The type name in running-text case ("Điều lệ"), for the model's `tenLoai`. */
  ten: string;
  /** What the title line has after the name ("(SỬA ĐỔI, BỔ SUNG) HIỆP HỘI …"): the start of the summary. */
  rest: string;
}

/** An upper-case title line that starts with a type name the decree does not list ("THÔNG TƯ", "ĐIỀU LỆ (…) …"). */
export function tenLoaiKhac(line: string): TenLoaiKhac | null {
  if (!isUpperLine(line)) return null;
  const key = foldKey(line);
  for (const ten of TEN_LOAI_KHAC) {
    const name = foldKey(upperVi(ten));
    // The name ends at a space or the line's end: "ĐIỀU LỆNH" is not "ĐIỀU LỆ".
    if (key === name || key.startsWith(`${name} `)) return { ten, rest: line.trim().replace(/\s+/g, ' ').slice(name.length).trim() };
  }
  return null;
}

export interface LoaiClues {
  /** Groups of the symbol in the "Số:" line, if there was one. */
  kyHieu: string[] | null;
  tenLoai: LoaiVanBan | null;
  hasVv: boolean;
  /** The type whose "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" line opens the articles, when the body has one. */
  loiBanHanh?: LoaiVanBan | null;
}

export interface LoaiDecision {
  loai: LoaiVanBan;
  maCoQuan: string;
  maDonVi: string;
  notes: string[];
}

const ten = (l: LoaiVanBan) => DOCUMENT_TYPES[l].ten;

export function decideLoai({ kyHieu, tenLoai, hasVv, loiBanHanh = null }: LoaiClues): LoaiDecision {
  const notes: string[] = [];
  const parts = kyHieu ?? [];
  const fromCode = parts.length > 0 ? loaiFromKyHieu(parts[0]!) : null;
  // A type name the decree does not list is taken as printed; its symbol ("TT-BTC", "PT-NC") is kept
  // whole, whatever its first group, since no decree code stands for that type.
  if (tenLoai === 'khac') return { loai: 'khac', maCoQuan: parts.join('-'), maDonVi: '', notes };
  if (fromCode) {
    if (tenLoai && tenLoai !== fromCode) {
      notes.push(`Loại văn bản: ký hiệu «${parts[0]}» là ${ten(fromCode)} nhưng tên loại là «${upperVi(ten(tenLoai))}»; lấy theo ký hiệu`);
    }
    const code = DOCUMENT_TYPES[fromCode].kyHieu;
    if (code !== parts[0]) notes.push(`Số, ký hiệu: «${parts[0]}» viết lại là «${code}» (Phụ lục III)`);
    return { loai: fromCode, maCoQuan: parts.slice(1).join('-'), maDonVi: '', notes };
  }
  if (tenLoai && DOCUMENT_TYPES[tenLoai].kyHieu !== null) {
    if (parts.length > 0) notes.push(`Số, ký hiệu: thiếu chữ viết tắt loại văn bản (${DOCUMENT_TYPES[tenLoai].kyHieu}) trước «${parts.join('-')}»`);
    return { loai: tenLoai, maCoQuan: parts.join('-'), maDonVi: '', notes };
  }
  // Without a type code the decree's grammar for the symbol is the công văn's: issuer, then unit.
  if (tenLoai || hasVv || parts.length > 0) {
    return { loai: tenLoai ?? 'cong-van', maCoQuan: parts[0] ?? '', maDonVi: parts.slice(1).join('-'), notes };
  }
  // A body whose articles open with "QUYẾT ĐỊNH:" is a decision even without its header, and its
  // "Căn cứ …" lines are then read as căn cứ ban hành.
  if (loiBanHanh) {
    notes.push(`Loại văn bản: không thấy dòng «Số:», tên loại hay «V/v»; dòng «${upperVi(ten(loiBanHanh))}:» cho thấy đây là ${ten(loiBanHanh)}`);
    return { loai: loiBanHanh, maCoQuan: '', maDonVi: '', notes };
  }
  notes.push('Loại văn bản: không thấy dòng «Số:», tên loại hay «V/v»; tạm coi là Báo cáo, hãy chọn lại nếu cần');
  return { loai: 'bao-cao', maCoQuan: '', maDonVi: '', notes };
}
