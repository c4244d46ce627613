// The choices of the editor's select boxes, in the decree's words.
import { DOCUMENT_TYPES, LOAI_VAN_BAN, type LoaiVanBan } from '../../core/decree/document-types.ts';
import type { CapDo, CoChu, QuyenHan } from '../../core/model/van-ban.ts';

/** Báo cáo first: it is what a commune office writes most. */
const FIRST: LoaiVanBan[] = ['bao-cao', 'ke-hoach', 'to-trinh', 'cong-van', 'thong-bao', 'giay-moi', 'quyet-dinh'];
export const LOAI_OPTIONS = [...FIRST, ...LOAI_VAN_BAN.filter((l) => !FIRST.includes(l))].map((value) => ({ value, label: DOCUMENT_TYPES[value].ten }));

export const QUYEN_HAN_OPTIONS: { value: QuyenHan; label: string }[] = [
  { value: '', label: 'Ký trực tiếp (không ghi quyền hạn)' },
  { value: 'TM', label: 'TM. – thay mặt tập thể' },
  { value: 'KT', label: 'KT. – ký thay người đứng đầu' },
  { value: 'TL', label: 'TL. – thừa lệnh' },
  { value: 'TUQ', label: 'TUQ. – thừa ủy quyền' },
  { value: 'Q', label: 'Q. – quyền' },
];

/** '' stands for "not urgent" in the select; the model keeps null. */
export const DO_KHAN_OPTIONS = [
  { value: '', label: 'Không khẩn' },
  { value: 'khan', label: 'Khẩn' },
  { value: 'thuong-khan', label: 'Thượng khẩn' },
  { value: 'hoa-toc', label: 'Hỏa tốc' },
] as const;

export const CO_CHU_OPTIONS: { value: CoChu; label: string }[] = [
  { value: 'lon', label: 'Cỡ lớn (nội dung 14)' },
  { value: 'nho', label: 'Cỡ nhỏ (nội dung 13)' },
];

export const LEVEL_LABELS: Record<CapDo, string> = {
  phan: 'Phần (Phần I)',
  chuong: 'Chương (Chương I)',
  muc: 'Mục (I., II.)',
  dieu: 'Điều (Điều 1.)',
  khoan: 'Khoản (1., 2.)',
  tieuMuc: 'Tiểu mục (1.1.)',
  diem: 'Điểm (a), b))',
  gach: 'Gạch đầu dòng (-)',
  cong: 'Dấu cộng (+)',
  doan: 'Đoạn văn (không số)',
};

/** Short names for a block's accessible label. */
export const LEVEL_NAMES: Record<CapDo, string> = {
  phan: 'phần',
  chuong: 'chương',
  muc: 'mục',
  dieu: 'điều',
  khoan: 'khoản',
  tieuMuc: 'tiểu mục',
  diem: 'điểm',
  gach: 'gạch đầu dòng',
  cong: 'dấu cộng',
  doan: 'đoạn văn',
};
