// The "Ngày ban hành" field as one text box: "11/12/2023", "/12/2023" or "2023". Day and month may
// stay blank for the clerk to write by hand after signing, which a date picker cannot express.
import type { NgayBanHanh } from '../../core/model/van-ban.ts';

export type DateInput = { ok: true; value: NgayBanHanh } | { ok: false; message: string };

export function formatDateInput(d: NgayBanHanh): string {
  if (d.ngay === null && d.thang === null) return String(d.nam);
  return `${d.ngay ?? ''}/${d.thang ?? ''}/${d.nam}`;
}

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

export function parseDateInput(text: string): DateInput {
  const parts = text.trim().split(/\s*[/.\-\s]\s*/);
  if (parts.some((p) => p !== '' && !/^\d{1,4}$/.test(p)) || parts.length > 3) {
    return { ok: false, message: 'Viết theo dạng ngày/tháng/năm, ví dụ 11/12/2023; có thể để trống ngày và tháng: /12/2023 hoặc 2023.' };
  }
  const [ngay, thang, nam] = parts.length === 3 ? parts.map(num) : parts.length === 2 ? [null, ...parts.map(num)] : [null, null, num(parts[0])];
  if (nam === null || nam === undefined || nam < 1945 || nam > 2200) return { ok: false, message: 'Cần có năm ban hành (bốn chữ số, ví dụ 2024).' };
  if (thang != null && (thang < 1 || thang > 12)) return { ok: false, message: 'Tháng phải từ 1 đến 12.' };
  if (ngay != null) {
    const last = thang == null ? 31 : new Date(Date.UTC(nam, thang, 0)).getUTCDate();
    if (ngay < 1 || ngay > last) return { ok: false, message: thang == null ? 'Ngày phải từ 1 đến 31.' : `Tháng ${thang} năm ${nam} chỉ có ${last} ngày.` };
  }
  return { ok: true, value: { ngay: ngay ?? null, thang: thang ?? null, nam } };
}
