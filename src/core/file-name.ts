// The exported file's name, in ASCII so that every phone, mail client and e-office system keeps it:
// "BC-133-UBND-2023-12-11-cong-tac-tuyen-truyen.docx".
import { documentType, tenLoaiIn } from './decree/document-types.ts';
import type { VanBan } from './model/van-ban.ts';
import { formatNumber } from './so-ky-hieu.ts';
import { foldDiacritics } from './text/normalize.ts';

const MAX_SUMMARY_WORDS = 4;

function ascii(s: string): string {
  return foldDiacritics(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function exportFileName(v: VanBan, extension = 'docx'): string {
  const code = documentType(v.loai).kyHieu;
  // "khác" has no code of its own (its symbol is typed whole in maCoQuan): its printed name stands first.
  const typePart = ascii(code || tenLoaiIn(v) || documentType(v.loai).ten).toUpperCase();
  const number = v.so ? formatNumber(v.so) : '';
  const issuer = ascii(code === null ? [v.maCoQuan, v.maDonVi].filter(Boolean).join('-') : v.maCoQuan).toUpperCase();
  const d = v.ngayBanHanh;
  const date = [String(d.nam), d.thang === null ? '' : pad2(d.thang), d.ngay === null || d.thang === null ? '' : pad2(d.ngay)].filter(Boolean).join('-');
  const summary = ascii(v.trichYeu).split('-').filter(Boolean).slice(0, MAX_SUMMARY_WORDS).join('-');
  const name = [typePart, ascii(number), issuer, date, summary].filter(Boolean).join('-');
  return `${name || 'van-ban'}.${extension}`;
}
