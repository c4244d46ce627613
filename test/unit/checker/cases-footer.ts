// Cases for the signature block and the Nơi nhận.
import { CLEAN, doc, withChuKy } from './documents.ts';
import type { RuleCase } from './rule-cases.ts';

const noKinhGui = { kinhGui: [] as string[] };

export const FOOTER_CASES: RuleCase[] = [
  {
    rule: 'noi-nhan.nhu-tren',
    bad: [doc({ noiNhan: ['Thường trực Đảng ủy xã;', 'Lưu: VT.'] })],
    good: [doc({ ...noKinhGui, noiNhan: ['Thường trực Đảng ủy xã;', 'Lưu: VT.'] }), doc({ noiNhan: ['Như Kính gửi;', 'Lưu: VT.'] })],
    fix: true,
    fixed: { read: (v) => v.noiNhan, value: ['Như trên;', 'Thường trực Đảng ủy xã;', 'Lưu: VT.'] },
  },
  {
    rule: 'noi-nhan.nhu-kinh-gui',
    bad: [doc({ noiNhan: ['Như Kính gửi;', 'Lưu: VT, VHTT.'] })],
    fix: true,
    fixed: { read: (v) => v.noiNhan[0], value: 'Như trên;' },
  },
  {
    rule: 'noi-nhan.nhu-tren-khong-kinh-gui',
    bad: [doc({ ...noKinhGui, noiNhan: ['Như trên;', 'Lưu: VT.'] })],
    fix: true,
    fixed: { read: (v) => v.noiNhan, value: ['Lưu: VT.'] },
  },
  {
    rule: 'noi-nhan.cham-phay',
    bad: [doc({ noiNhan: ['Như trên;', 'Thường trực Đảng ủy xã', 'Lưu: VT.'] }), doc({ noiNhan: ['Như trên,', 'Lưu: VT.'] })],
    good: [doc({ noiNhan: ['Như trên;', 'UBND huyện (b/c);', 'Lưu: VT.'] })],
    fix: true,
    fixed: { read: (v) => v.noiNhan[1], value: 'Thường trực Đảng ủy xã;' },
  },
  {
    rule: 'noi-nhan.dau-cham-cuoi',
    bad: [doc({ noiNhan: ['Như trên;', 'Lưu: VT, VHTT'] }), doc({ noiNhan: ['Như trên;', 'Lưu: VT;'] })],
    fix: true,
    fixed: { read: (v) => v.noiNhan[1], value: 'Lưu: VT, VHTT.' },
  },
  {
    rule: 'noi-nhan.luu',
    bad: [doc({ noiNhan: ['Như trên;', 'Thường trực Đảng ủy xã;'] })],
    good: [doc({ noiNhan: ['Như trên;', 'Lưu trữ huyện;', 'Lưu: VT.'] })],
    fix: true,
    fixed: { read: (v) => v.noiNhan, value: ['Như trên;', 'Thường trực Đảng ủy xã;', 'Lưu: VT.'] },
  },
  {
    rule: 'noi-nhan.luu-cuoi',
    bad: [doc({ noiNhan: ['Như trên;', 'Lưu: VT;', 'Thường trực Đảng ủy xã.'] })],
    fix: true,
    moves: true,
    fixed: { read: (v) => v.noiNhan, value: ['Như trên;', 'Thường trực Đảng ủy xã.', 'Lưu: VT.'] },
  },
  {
    rule: 'noi-nhan.luu-vt',
    bad: [doc({ noiNhan: ['Như trên;', 'Lưu: VHTT.'] }), doc({ noiNhan: ['Như trên;', 'Lưu VT, VHTT.'] }), doc({ noiNhan: ['Như trên;', 'Lưu.'] })],
    good: [doc({ noiNhan: ['Như trên;', 'Lưu: VT, HC (2).'] })],
    fix: true,
    fixed: { read: (v) => v.noiNhan[1], value: 'Lưu: VT, VHTT.' },
  },
  {
    rule: 'noi-nhan.gach-dau-dong',
    bad: [doc({ noiNhan: ['- Như trên;', 'Lưu: VT.'] })],
    fix: true,
    fixed: { read: (v) => v.noiNhan[0], value: 'Như trên;' },
  },
  { rule: 'noi-nhan.trong', bad: [doc({ noiNhan: [] })], fix: false },
  {
    rule: 'chu-ky.tien-to-go-tay',
    bad: [withChuKy({ quyenHan: '', thayMat: 'T/M ỦY BAN NHÂN DÂN' }), withChuKy({ quyenHan: 'TM', thayMat: 'TM. ỦY BAN NHÂN DÂN' }), withChuKy({ quyenHan: '', thayMat: 'KT CHỦ TỊCH' })],
    good: [withChuKy({ quyenHan: 'TL', thayMat: 'CHỦ TỊCH', chucVu: 'CHÁNH VĂN PHÒNG' })],
    fix: true,
    fixed: { read: (v) => v.chuKy, value: { ...CLEAN.chuKy } },
  },
  {
    rule: 'chu-ky.tien-to-dang',
    bad: [withChuKy({ chucVu: 'K/T CHỦ TỊCH\nPHÓ CHỦ TỊCH' })],
    good: [withChuKy({ chucVu: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' })],
    fix: true,
    fixed: { read: (v) => v.chuKy.chucVu, value: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' },
  },
  { rule: 'chu-ky.thieu-tien-to', bad: [withChuKy({ quyenHan: '' })], good: [withChuKy({ quyenHan: '', thayMat: '', chucVu: 'CHỦ TỊCH' })], fix: false },
  { rule: 'chu-ky.tien-to-thieu-dong', bad: [withChuKy({ quyenHan: 'KT', thayMat: '', chucVu: 'PHÓ CHỦ TỊCH' })], fix: false },
  {
    rule: 'chu-ky.hoc-ham',
    bad: [withChuKy({ hoTen: 'TS. Nguyễn Văn A' }), withChuKy({ hoTen: 'Ông Nguyễn Văn A' })],
    good: [withChuKy({ hoTen: 'Tống Văn B' })],
    fix: true,
    fixed: { read: (v) => v.chuKy.hoTen, value: 'Nguyễn Văn A' },
  },
  {
    rule: 'chu-ky.ho-ten-in-hoa',
    bad: [withChuKy({ hoTen: 'NGUYỄN VĂN A' })],
    fix: true,
    fixed: { read: (v) => v.chuKy.hoTen, value: 'Nguyễn Văn A' },
  },
  { rule: 'chu-ky.thieu-chuc-vu', bad: [withChuKy({ quyenHan: '', thayMat: '', chucVu: '' })], fix: false },
  { rule: 'chu-ky.thieu-ho-ten', bad: [withChuKy({ hoTen: '' })], fix: false },
];
