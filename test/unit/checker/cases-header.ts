// Cases for the header parts: NFC, Quốc hiệu/Tiêu ngữ, number and symbol, place, trích yếu, and
// the required header parts.
import type { VanBan } from '../../../src/core/model/van-ban.ts';
import { doc, withBlock } from './documents.ts';
import type { RuleCase } from './rule-cases.ts';

export const HEADER_CASES: RuleCase[] = [
  {
    rule: 'van-ban.nfc',
    // Bypasses the schema on purpose: a document read from an old backup.
    bad: [{ ...doc(), trichYeu: 'Công tác tuyên truyền năm 2023'.normalize('NFD') } as VanBan],
    fix: true,
    fixed: { read: (v) => v.trichYeu, value: 'Công tác tuyên truyền năm 2023' },
  },
  {
    rule: 'tieu-ngu.go-lai',
    bad: [withBlock('Độc lập – Tự do – Hạnh phúc'), withBlock('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')],
    good: [withBlock('Phát huy tinh thần độc lập, tự chủ của cơ sở.')],
    fix: true,
    fixed: { read: (v) => v.noiDung.length, value: 5 },
  },
  {
    rule: 'tieu-ngu.gach-ngang',
    bad: [doc({ kinhGui: ['Phòng Văn hóa – Thông tin huyện;', 'Phòng Nội vụ huyện.'] }), withBlock('Phát triển kinh tế – xã hội của địa phương.')],
    good: [withBlock('Chương trình giai đoạn 2021 – 2030.'), withBlock('Phát triển kinh tế - xã hội.')],
    fix: true,
    fixed: { read: (v) => v.kinhGui[0], value: 'Phòng Văn hóa - Thông tin huyện;' },
  },
  { rule: 'so-ky-hieu.so-khong', bad: [doc({ so: '0' }), doc({ so: '00' })], good: [doc({ so: '' }), doc({ so: '10' })], fix: false },
  {
    rule: 'so-ky-hieu.so-0-thua',
    bad: [doc({ so: '007' }), doc({ so: '010' })],
    good: [doc({ so: '07' }), doc({ so: '7' }), doc({ so: '36a' })],
    fix: true,
    fixed: { read: (v) => v.so, value: '7' },
  },
  { rule: 'so-ky-hieu.khoang-trang', bad: [doc({ maCoQuan: 'UB ND' })], fix: true, fixed: { read: (v) => v.maCoQuan, value: 'UBND' } },
  {
    rule: 'so-ky-hieu.chu-thuong',
    bad: [doc({ maCoQuan: 'Ubnd' }), doc({ maCoQuan: 'Qđ' }), doc({ loai: 'cong-van', maDonVi: 'vx' })],
    good: [doc({ loai: 'cong-van', maDonVi: 'VX' }), doc({ maCoQuan: 'HĐND' })],
    fix: true,
    fixed: { read: (v) => v.maCoQuan, value: 'UBND' },
  },
  { rule: 'so-ky-hieu.ky-tu', bad: [doc({ maCoQuan: 'UBND/VP' }), doc({ maCoQuan: 'UBND.' })], good: [doc({ maCoQuan: 'UBND-VP' })], fix: false },
  { rule: 'so-ky-hieu.chu-co-dau', bad: [doc({ maCoQuan: 'ỦBND' })], good: [doc({ maCoQuan: 'HĐND' })], fix: false },
  {
    rule: 'so-ky-hieu.ma-loai-lap',
    bad: [doc({ maCoQuan: 'BC-UBND' })],
    good: [doc({ loai: 'ke-hoach', maCoQuan: 'BCĐ-UBND' })],
    fix: true,
    fixed: { read: (v) => v.maCoQuan, value: 'UBND' },
  },
  { rule: 'so-ky-hieu.ma-co-quan-la-ma-loai', bad: [doc({ maCoQuan: 'QĐ' }), doc({ maCoQuan: 'Qđ' })], good: [doc({ maCoQuan: 'UBND' })], fix: false },
  { rule: 'so-ky-hieu.thieu-ma-co-quan', bad: [doc({ maCoQuan: '' })], fix: false },
  { rule: 'so-ky-hieu.thieu-ma-don-vi', bad: [doc({ loai: 'cong-van', maDonVi: '' })], good: [doc({ loai: 'cong-van', maDonVi: 'VX' }), doc({ maDonVi: '' })], fix: false },
  {
    rule: 'dia-danh.ten-chung',
    bad: [doc({ diaDanh: 'Xã Hương Long' }), doc({ diaDanh: 'xã Hương Long' }), doc({ diaDanh: 'Thành phố Huế' }), doc({ diaDanh: 'Thị trấn Phong Điền' })],
    good: [doc({ diaDanh: 'Quận 1' }), doc({ diaDanh: 'Thành phố Hồ Chí Minh' }), doc({ diaDanh: 'Phường Điện Biên Phủ' }), doc({ diaDanh: 'Hà Nội' })],
    fix: true,
    fixed: { read: (v) => v.diaDanh, value: 'Hương Long' },
  },
  {
    rule: 'dia-danh.viet-hoa',
    bad: [doc({ diaDanh: 'hương long' }), doc({ diaDanh: 'Hương long' })],
    good: [doc({ diaDanh: 'Thành phố Hồ Chí Minh' })],
    fix: true,
    fixed: { read: (v) => v.diaDanh, value: 'Hương Long' },
  },
  { rule: 'dia-danh.trong', bad: [doc({ diaDanh: '' })], fix: false },
  { rule: 'co-quan.trong', bad: [doc({ coQuanBanHanh: '' })], fix: false },
  {
    // A type the decree does not list needs its printed name; the decree's own types never do.
    rule: 'ten-loai.trong',
    bad: [doc({ loai: 'khac', tenLoai: '' }), doc({ loai: 'khac', tenLoai: '   ' })],
    good: [doc({ loai: 'khac', tenLoai: 'Thông tư', maCoQuan: 'TT-BTC' }), doc({ tenLoai: '' })],
    fix: false,
  },
  {
    rule: 'trich-yeu.viet-hoa-giua',
    bad: [doc({ trichYeu: 'Công tác tuyên truyền cải cách hành chính năm 2023 và Phương hướng nhiệm vụ năm 2024' })],
    good: [
      doc({ trichYeu: 'Kết quả thực hiện Kế hoạch số 13/KH-UBND và Nghị quyết của Hội đồng nhân dân xã' }),
      doc({ trichYeu: 'Tuyên truyền, phổ biến pháp luật và Ủy ban Mặt trận Tổ quốc xã' }),
    ],
    fix: false,
  },
  {
    rule: 'trich-yeu.trong',
    bad: [doc({ trichYeu: '' }), doc({ loai: 'cong-van', maDonVi: 'VX', trichYeu: '' })],
    good: [doc({ loai: 'giay-gioi-thieu', trichYeu: '', kinhGui: [], noiNhan: ['Lưu: VT.'] })],
    fix: false,
  },
];
