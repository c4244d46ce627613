// The parts of a document's layout that depend on its sample (Mẫu) in Phụ lục III.
import { DOCUMENT_TYPES, type LoaiVanBan } from './document-types.ts';

/**
 * The line that opens the articles of a decision (Mẫu 1.2, 1.3: "QUYẾT ĐỊNH:") or a resolution
 * (Mẫu 1.1: "QUYẾT NGHỊ:"), printed by the layout after the legal bases; null for other types.
 */
export function loiBanHanh(loai: LoaiVanBan): string | null {
  if (loai === 'quyet-dinh') return 'QUYẾT ĐỊNH:';
  if (loai === 'nghi-quyet') return 'QUYẾT NGHỊ:';
  return null;
}

/**
 * Types whose samples set căn cứ ban hành (the legal bases: italic, each ending ";", the last ".")
 * above the body: the resolution (Mẫu 1.1), the decision (Mẫu 1.2, 1.3) and the regulations a
 * decision issues (quy chế, quy định). In a báo cáo, kế hoạch or tờ trình (Mẫu 1.4) and a công văn
 * (Mẫu 1.5) a sentence that starts "Căn cứ …" is ordinary body text.
 */
export function hasCanCu(loai: LoaiVanBan): boolean {
  return loai === 'quyet-dinh' || loai === 'nghi-quyet' || loai === 'quy-che' || loai === 'quy-dinh';
}

/** Types whose layout prints the deciding authority (thẩm quyền) under the summary. */
export function hasThamQuyen(loai: LoaiVanBan): boolean {
  return loai === 'quyet-dinh' || loai === 'nghi-quyet' || loai === 'cong-dien';
}

/** Công điện (Mẫu 1.6): the sender line reads "<AUTHORITY> điện:" and the addressees follow as a list. */
export function isCongDien(loai: LoaiVanBan): boolean {
  return loai === 'cong-dien';
}

/** Biên bản (Mẫu 1.9) is signed by two people: the secretary on the left, the chair on the right. */
export function hasTwoSigners(loai: LoaiVanBan): boolean {
  return DOCUMENT_TYPES[loai].mau === '1.9';
}
