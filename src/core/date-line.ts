// Place and date line (ô 4): "Hương Long, ngày 11 tháng 12 năm 2023".
import type { NgayBanHanh } from './model/van-ban.ts';

/** Width of a blank the clerk fills in by hand, as in "ngày     tháng     năm 2024". */
const BLANK = '\u00A0'.repeat(5);

/** Day below 10 takes a leading zero (Phụ lục I, Phần I, Mục II, khoản 4). */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Only January and February take a leading zero; "tháng 03" is a common mistake. */
export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

export function dateText(d: NgayBanHanh): string {
  const day = d.ngay === null ? BLANK : formatDay(d.ngay);
  const month = d.thang === null ? BLANK : formatMonth(d.thang);
  return `ngày ${day} tháng ${month} năm ${d.nam}`;
}

export function placeDateLine(diaDanh: string, d: NgayBanHanh): string {
  return diaDanh ? `${diaDanh}, ${dateText(d)}` : dateText(d);
}
