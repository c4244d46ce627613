// The document types of Decree 30 (Điều 7), and "khác" for a type name the decree does not list,
// with their abbreviations (Phụ lục III, Mục I) and the sample layout (Mẫu) each one follows.

export interface DocumentTypeInfo {
  /** Name as written in running text, e.g. "Báo cáo". Upper-cased for the tên loại line. */
  readonly ten: string;
  /**
   * Abbreviation used in the symbol, mixed case as the decree writes it (QyĐ, CTr, TTr). Null for công
   * văn and thư công (no type name). Empty for "khác": its symbol is typed whole ("TT-BTC", "PT-NC").
   */
  readonly kyHieu: string | null;
  /** Phụ lục III sample layout: 1.4 is the common layout of documents that have a type name. */
  readonly mau: string;
}

export const DOCUMENT_TYPES = {
  'nghi-quyet': { ten: 'Nghị quyết', kyHieu: 'NQ', mau: '1.1' },
  'quyet-dinh': { ten: 'Quyết định', kyHieu: 'QĐ', mau: '1.2' },
  'chi-thi': { ten: 'Chỉ thị', kyHieu: 'CT', mau: '1.4' },
  'quy-che': { ten: 'Quy chế', kyHieu: 'QC', mau: '1.4' },
  'quy-dinh': { ten: 'Quy định', kyHieu: 'QyĐ', mau: '1.4' },
  'thong-cao': { ten: 'Thông cáo', kyHieu: 'TC', mau: '1.4' },
  'thong-bao': { ten: 'Thông báo', kyHieu: 'TB', mau: '1.4' },
  'huong-dan': { ten: 'Hướng dẫn', kyHieu: 'HD', mau: '1.4' },
  'chuong-trinh': { ten: 'Chương trình', kyHieu: 'CTr', mau: '1.4' },
  'ke-hoach': { ten: 'Kế hoạch', kyHieu: 'KH', mau: '1.4' },
  'phuong-an': { ten: 'Phương án', kyHieu: 'PA', mau: '1.4' },
  'de-an': { ten: 'Đề án', kyHieu: 'ĐA', mau: '1.4' },
  'du-an': { ten: 'Dự án', kyHieu: 'DA', mau: '1.4' },
  'bao-cao': { ten: 'Báo cáo', kyHieu: 'BC', mau: '1.4' },
  'bien-ban': { ten: 'Biên bản', kyHieu: 'BB', mau: '1.9' },
  'to-trinh': { ten: 'Tờ trình', kyHieu: 'TTr', mau: '1.4' },
  'hop-dong': { ten: 'Hợp đồng', kyHieu: 'HĐ', mau: '1.4' },
  'cong-dien': { ten: 'Công điện', kyHieu: 'CĐ', mau: '1.6' },
  'ban-ghi-nho': { ten: 'Bản ghi nhớ', kyHieu: 'BGN', mau: '1.4' },
  'ban-thoa-thuan': { ten: 'Bản thỏa thuận', kyHieu: 'BTT', mau: '1.4' },
  'giay-uy-quyen': { ten: 'Giấy ủy quyền', kyHieu: 'GUQ', mau: '1.4' },
  'giay-moi': { ten: 'Giấy mời', kyHieu: 'GM', mau: '1.7' },
  'giay-gioi-thieu': { ten: 'Giấy giới thiệu', kyHieu: 'GGT', mau: '1.8' },
  'giay-nghi-phep': { ten: 'Giấy nghỉ phép', kyHieu: 'GNP', mau: '1.10' },
  'phieu-gui': { ten: 'Phiếu gửi', kyHieu: 'PG', mau: '1.4' },
  'phieu-chuyen': { ten: 'Phiếu chuyển', kyHieu: 'PC', mau: '1.4' },
  'phieu-bao': { ten: 'Phiếu báo', kyHieu: 'PB', mau: '1.4' },
  'cong-van': { ten: 'Công văn', kyHieu: null, mau: '1.5' },
  'thu-cong': { ten: 'Thư công', kyHieu: null, mau: '1.5' },
  // Not one of the decree's 29: a text whose type name is printed but not in Điều 7 (thông tư, điều lệ,
  // phiếu trình …). Its own name is the document's `tenLoai`; laid out as the common form (Mẫu 1.4).
  khac: { ten: 'Văn bản khác', kyHieu: '', mau: '1.4' },
} as const satisfies Record<string, DocumentTypeInfo>;

export type LoaiVanBan = keyof typeof DOCUMENT_TYPES;

export const LOAI_VAN_BAN = Object.keys(DOCUMENT_TYPES) as [LoaiVanBan, ...LoaiVanBan[]];

export function documentType(loai: LoaiVanBan): DocumentTypeInfo {
  return DOCUMENT_TYPES[loai];
}

/** The type name as printed on the page (before upper-casing): the document's own name for "khác". */
export function tenLoaiIn(v: { loai: LoaiVanBan; tenLoai: string }): string {
  return v.loai === 'khac' ? v.tenLoai : DOCUMENT_TYPES[v.loai].ten;
}

/** Documents without a type name (công văn, thư công): the summary goes in the header as "V/v …". */
export function hasTypeName(loai: LoaiVanBan): boolean {
  return DOCUMENT_TYPES[loai].kyHieu !== null;
}
