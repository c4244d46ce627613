// Required parts (Điều 8, khoản 1 lists the components every administrative document carries).
// Number and day may stay blank in a draft: the clerk fills them in after signing (Điều 15).
import { hasTypeName, type LoaiVanBan } from '../../decree/document-types.ts';
import type { VanBan } from '../../model/van-ban.ts';
import { isBlankBlock } from '../../table/texts.ts';
import type { Rule, Where } from '../finding.ts';
import { NGUON } from '../sources.ts';

function required(id: string, at: Where, source: string, missing: (v: VanBan) => boolean, message: string): Rule {
  return { id, severity: 'error', source, parts: [at.part], check: (v) => (missing(v) ? [{ at, message }] : []) };
}

/** Types whose sample (Phụ lục III) has no trích yếu line: giấy giới thiệu, giấy nghỉ phép, phiếu, thư công. */
const NO_TRICH_YEU: ReadonlySet<LoaiVanBan> = new Set(['giay-gioi-thieu', 'giay-nghi-phep', 'phieu-gui', 'phieu-chuyen', 'phieu-bao', 'thu-cong']);

const blank = (s: string) => s.trim() === '';

export const batBuoc: readonly Rule[] = [
  required('co-quan.trong', { part: 'coQuanBanHanh' }, NGUON.coQuanBanHanh, (v) => blank(v.coQuanBanHanh), 'Chưa có tên cơ quan, tổ chức ban hành văn bản'),
  required('so-ky-hieu.thieu-ma-co-quan', { part: 'maCoQuan' }, NGUON.kyHieu, (v) => blank(v.maCoQuan), 'Chưa có chữ viết tắt tên cơ quan ban hành trong ký hiệu (ví dụ UBND)'),
  required(
    'so-ky-hieu.thieu-ma-don-vi', { part: 'maDonVi' }, NGUON.kyHieu, (v) => !hasTypeName(v.loai) && blank(v.maDonVi),
    'Ký hiệu công văn gồm chữ viết tắt tên cơ quan và chữ viết tắt đơn vị soạn thảo hoặc lĩnh vực (ví dụ UBND-VX): chưa có phần đơn vị',
  ),
  required('dia-danh.trong', { part: 'diaDanh' }, NGUON.diaDanh, (v) => blank(v.diaDanh), 'Chưa có địa danh (tên đơn vị hành chính nơi cơ quan đóng trụ sở)'),
  // Every text with a type name prints it (ô 5a); a decree type has its own, a "khác" needs the user's.
  required('ten-loai.trong', { part: 'tenLoai' }, NGUON.trichYeu, (v) => v.loai === 'khac' && blank(v.tenLoai), 'Chưa có tên loại văn bản (ví dụ Thông tư, Điều lệ, Phiếu trình)'),
  required(
    'trich-yeu.trong', { part: 'trichYeu' }, NGUON.trichYeu, (v) => !NO_TRICH_YEU.has(v.loai) && blank(v.trichYeu),
    'Chưa có trích yếu nội dung văn bản (một câu hoặc cụm từ ngắn gọn nêu nội dung chủ yếu)',
  ),
  required(
    'noi-dung.trong', { part: 'noiDung' }, NGUON.thanhPhan, (v) => blank(v.ketThuc) && v.noiDung.every(isBlankBlock),
    'Văn bản chưa có nội dung',
  ),
  required('kinh-gui.trong', { part: 'kinhGui' }, NGUON.nhuTren, (v) => v.loai === 'cong-van' && v.kinhGui.every(blank), 'Công văn chưa có phần «Kính gửi»'),
  required('noi-nhan.trong', { part: 'noiNhan' }, NGUON.noiNhan, (v) => v.noiNhan.every(blank), 'Chưa có Nơi nhận (ít nhất dòng «Lưu: VT, …»)'),
  required(
    'chu-ky.thieu-chuc-vu', { part: 'chuKy', field: 'chucVu' }, NGUON.hoTen, (v) => blank(v.chuKy.chucVu) && blank(v.chuKy.thayMat),
    'Chưa có chức vụ của người ký',
  ),
  required('chu-ky.thieu-ho-ten', { part: 'chuKy', field: 'hoTen' }, NGUON.hoTen, (v) => blank(v.chuKy.hoTen), 'Chưa có họ và tên người ký'),
];
