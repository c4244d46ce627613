// How one row of the document list reads: plain strings from a summary, so the component only
// places them (and they are rendered as text, never as HTML).
import { DOCUMENT_TYPES } from '../../core/decree/document-types.ts';
import { formatNumber, kyHieu } from '../../core/so-ky-hieu.ts';
import type { DocumentSummary } from '../../storage/index.ts';

type Summary = Pick<DocumentSummary, 'loai' | 'so' | 'maCoQuan' | 'ngayBanHanh' | 'trichYeu' | 'status' | 'updatedAt'>;

export function typeName(s: Pick<Summary, 'loai'> & Partial<Pick<DocumentSummary, 'tenLoai'>>): string {
  if (s.loai === 'khac' && s.tenLoai) return s.tenLoai;
  return DOCUMENT_TYPES[s.loai]?.ten ?? s.loai;
}

/** "Số 133/BC-UBND"; while the clerk has not assigned a number: "Chưa có số (…/BC-UBND)". */
export function numberText(s: Pick<Summary, 'loai' | 'so' | 'maCoQuan'>): string {
  const symbol = kyHieu(s.loai, s.maCoQuan, '');
  if (!s.so) return symbol ? `Chưa có số (…/${symbol})` : 'Chưa có số';
  return symbol ? `Số ${formatNumber(s.so)}/${symbol}` : `Số ${formatNumber(s.so)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The issue date as far as it is known: "11/12/2023", "tháng 12/2023" or "năm 2023". */
export function issueDateText(d: Summary['ngayBanHanh']): string {
  if (d.thang === null) return `năm ${d.nam}`;
  if (d.ngay === null) return `tháng ${pad2(d.thang)}/${d.nam}`;
  return `${pad2(d.ngay)}/${pad2(d.thang)}/${d.nam}`;
}

export function summaryText(s: Pick<Summary, 'trichYeu'>): string {
  return s.trichYeu.trim() || '(Chưa có trích yếu)';
}

export function statusText(s: Pick<Summary, 'status'>): string {
  return s.status === 'final' ? 'Đã hoàn thành' : 'Bản nháp';
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Last edit, in the device's time zone: "Sửa lúc 14:05 hôm nay", "Sửa hôm qua lúc 09:30", "Sửa ngày 03/02/2024". */
export function editedText(updatedAt: number, now: Date = new Date(), verb = 'Sửa'): string {
  const t = new Date(updatedAt);
  const time = `${pad2(t.getHours())}:${pad2(t.getMinutes())}`;
  if (sameDay(t, now)) return `${verb} lúc ${time} hôm nay`;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (sameDay(t, yesterday)) return `${verb} hôm qua lúc ${time}`;
  return `${verb} ngày ${pad2(t.getDate())}/${pad2(t.getMonth() + 1)}/${t.getFullYear()}`;
}
