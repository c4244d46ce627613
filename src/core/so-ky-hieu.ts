// Number and symbol line (ô 3): "Số: 133/BC-UBND"; công văn: "Số: 12/UBND-VX".
import { documentType, type LoaiVanBan } from './decree/document-types.ts';
import type { VanBan } from './model/van-ban.ts';

/** Room left for the clerk to write the number by hand. */
const BLANK_NUMBER = '\u00A0'.repeat(6);

/** Numbers below 10 take a leading zero (01 … 09); a letter suffix ("36a") is kept. */
export function formatNumber(so: string): string {
  const m = /^(\d+)(.*)$/.exec(so);
  if (!m) return so;
  const n = Number(m[1]);
  return `${n < 10 ? `0${n}` : String(n)}${m[2]}`;
}

/** Symbol: type code then issuer ("BC-UBND"), or issuer then drafting unit for công văn. */
export function kyHieu(loai: LoaiVanBan, maCoQuan: string, maDonVi: string): string {
  const code = documentType(loai).kyHieu;
  const parts = code === null ? [maCoQuan, maDonVi] : [code, maCoQuan];
  return parts.filter((p) => p.length > 0).join('-');
}

export function soKyHieuLine(v: Pick<VanBan, 'loai' | 'so' | 'maCoQuan' | 'maDonVi'>): string {
  const number = v.so ? formatNumber(v.so) : BLANK_NUMBER;
  return `Số: ${number}/${kyHieu(v.loai, v.maCoQuan, v.maDonVi)}`;
}
