// Ngày ban hành (date of issue) from the place-and-date line, with what a reader should check.
import type { NgayBanHanh } from '../model/van-ban.ts';
import type { DongNgayThang } from './ngay-thang-line.ts';

const MIN_YEAR = 1945;
const MAX_YEAR = 2200;

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function ngayBanHanhWithNotes(line: DongNgayThang | null, today: Date): { ngayBanHanh: NgayBanHanh; notes: string[] } {
  const notes: string[] = [];
  const blank = { ngay: null, thang: null, nam: today.getFullYear() };
  if (line === null) {
    notes.push(`Không thấy dòng địa danh, ngày tháng; để trống ngày, tháng và lấy năm ${blank.nam}`);
    return { ngayBanHanh: blank, notes };
  }
  if (line.nam < MIN_YEAR || line.nam > MAX_YEAR) {
    notes.push(`Dòng ngày tháng: năm ${line.nam} không hợp lệ; để trống ngày, tháng và lấy năm ${blank.nam}`);
    return { ngayBanHanh: blank, notes };
  }
  let { ngay, thang } = line;
  if (thang !== null && (thang < 1 || thang > 12)) {
    notes.push(`Dòng ngày tháng: không có tháng ${thang}; để trống ngày, tháng`);
    return { ngayBanHanh: { ngay: null, thang: null, nam: line.nam }, notes };
  }
  if (thang !== null && /^0[3-9]$/.test(line.thangTyped)) {
    notes.push(`Dòng ngày tháng: «tháng ${line.thangTyped}» đọc là tháng ${thang} (Nghị định 30 chỉ thêm số 0 cho tháng 1, 2)`);
  }
  const maxDay = thang === null ? 31 : daysIn(thang, line.nam);
  if (ngay !== null && (ngay < 1 || ngay > maxDay)) {
    notes.push(`Dòng ngày tháng: không có ngày ${ngay}${thang === null ? '' : ` tháng ${thang}`}; để trống ngày`);
    ngay = null;
  }
  return { ngayBanHanh: { ngay, thang, nam: line.nam }, notes };
}
