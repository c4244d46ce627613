// Telling the cơ quan chủ quản (direct superior body) from the cơ quan ban hành (issuing body)
// among the upper-case lines at the top left of the header.
import { upperVi } from '../text/normalize.ts';
import { foldKey } from './line-kinds.ts';

export interface CoQuan {
  coQuanChuQuan: string;
  coQuanBanHanh: string;
}

/** Names that say only what kind of body it is; the next line must say which one. */
const BARE_KINDS = new Set(['uy ban nhan dan', 'ubnd', 'hoi dong nhan dan', 'hdnd', 'dang uy', 'ban chap hanh']);

/** Administrative levels that start the second line of a name ("XÃ HƯƠNG LONG"). */
const LEVEL_WORDS = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu) /;

/**
 * Words a body's name starts with (compared with diacritics: "ĐỔI MỚI" is not "ĐỘI"). A line that
 * starts with none of them carries on the name above it: "TRUNG TÂM PHỤC VỤ" / "HÀNH CHÍNH CÔNG",
 * "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, …," / "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06".
 */
const BODY_START = new RegExp(
  `^(?:${[
    'ỦY BAN', 'UỶ BAN', 'UBND', 'UBMTTQ', 'MTTQ', 'HỘI ĐỒNG', 'HĐND', 'SỞ', 'PHÒNG', 'BAN', 'BCĐ', 'VĂN PHÒNG', 'TRUNG TÂM',
    'BỘ', 'CỤC', 'TỔNG CỤC', 'CHI CỤC', 'VỤ', 'VIỆN', 'HỌC VIỆN', 'TRƯỜNG', 'ĐẠI HỌC', 'BỆNH VIỆN', 'CÔNG AN', 'ĐẢNG ỦY',
    'ĐẢNG UỶ', 'ĐẢNG BỘ', 'TỈNH ỦY', 'TỈNH UỶ', 'THÀNH ỦY', 'THÀNH UỶ', 'HUYỆN ỦY', 'HUYỆN UỶ', 'QUẬN ỦY', 'QUẬN UỶ', 'THỊ ỦY',
    'THỊ UỶ', 'CHI BỘ', 'ĐOÀN', 'CHI ĐOÀN', 'HỘI', 'CHI HỘI', 'LIÊN ĐOÀN', 'LIÊN HIỆP', 'MẶT TRẬN', 'KHO BẠC', 'CHI NHÁNH',
    'THANH TRA', 'TÒA ÁN', 'TOÀ ÁN', 'KIỂM TOÁN', 'CƠ QUAN', 'ĐÀI', 'BÁO', 'QUỸ', 'CÔNG TY', 'TỔNG CÔNG TY', 'TẬP ĐOÀN',
    'NGÂN HÀNG', 'BẢO HIỂM', 'HỢP TÁC XÃ', 'XÍ NGHIỆP', 'TRẠM', 'ĐỘI', 'TỔ', 'HẠT', 'CẢNG VỤ', 'THƯ VIỆN', 'BẢO TÀNG',
    'NHÀ', 'THƯỜNG TRỰC', 'CHÍNH PHỦ', 'QUỐC HỘI', 'BỘ CHỈ HUY', 'BỘ TƯ LỆNH',
  ].join('|')})(?:\\s|$)`,
  'u',
);

/** Whether `next` continues the body named on `prev` rather than naming another body. */
function continues(prev: string, next: string): boolean {
  return BARE_KINDS.has(foldKey(prev)) || LEVEL_WORDS.test(foldKey(next)) || !BODY_START.test(upperVi(next));
}

/**
 * "ỦY BAN NHÂN DÂN" / "XÃ HƯƠNG LONG" is one body on two lines; "UBND TỈNH X" / "SỞ Y" is a superior
 * body and the issuing body under it; "VĂN PHÒNG UBND TỈNH" / "TRUNG TÂM PHỤC VỤ" / "HÀNH CHÍNH
 * CÔNG" is a superior body and an issuing body over two lines. The last body named is the issuer;
 * those above it are superiors.
 */
export function splitCoQuan(lines: readonly string[]): CoQuan {
  const groups: string[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && continues(last[last.length - 1]!, line)) last.push(line);
    else groups.push([line]);
  }
  const banHanh = groups.pop() ?? [];
  return { coQuanChuQuan: groups.flat().join('\n'), coQuanBanHanh: banHanh.join('\n') };
}
