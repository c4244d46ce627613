// The header of a pasted document: bodies, national title, "Số:", place and date, and the type
// name or "V/v" summary, in whatever order the copy put the cells of the header table.
import type { LoaiVanBan } from '../decree/document-types.ts';
import { duThaoMark, isQuocHieu, isTieuNgu, isUpperLine, kinhGuiRest, quyenHanLine, splitDuThaoSuffix, vvRest, endsLikeSentence } from './line-kinds.ts';
import { loaiFromTenLoai, tenLoaiKhac, type TenLoaiKhac } from './loai.ts';
import { splitMarker } from './marker.ts';
import { parseNgayThangLine, type DongNgayThang } from './ngay-thang-line.ts';
import { parseSoLine, type DongSo } from './so-ky-hieu-line.ts';

export interface PhanDau {
  /** Upper-case lines naming the superior and issuing bodies, in order. */
  coQuan: string[];
  dongSo: DongSo | null;
  ngayThang: DongNgayThang | null;
  /** Type named by the "BÁO CÁO"-style line; the header ends there. "khac": a name the decree does not list. */
  tenLoai: LoaiVanBan | null;
  /** With tenLoai "khac": the printed name, and the rest of its line. */
  tenKhac: TenLoaiKhac | null;
  /** Trích yếu of a công văn, without "V/v ", its lines joined with a space. */
  vv: string | null;
  /** Draft marks ("DỰ THẢO", "(Dự thảo)", "Dự thảo lần 2"), wherever the header had them. */
  duThao: DongDuThao[];
  /** Index of the first line after the header. */
  next: number;
}

export interface DongDuThao {
  /** The line as typed, for the notes. */
  line: string;
  /** Which draft, when numbered. */
  lan: number | null;
}

/**
 * Draft marks at `start` and after it (above the type name, or between it and the trích yếu): they
 * are a flag of the document, never its type name or summary. Returns the index after them.
 */
export function readDuThao(lines: readonly string[], start: number, into: DongDuThao[]): number {
  let i = start;
  for (let mark = lines[i] === undefined ? undefined : duThaoMark(lines[i]!); mark; mark = lines[i] === undefined ? undefined : duThaoMark(lines[i]!)) {
    into.push({ line: lines[i]!, lan: mark.lan });
    i += 1;
  }
  return i;
}

/** A second line of a "V/v" summary: short, and starts in lower case or with a digit ("năm 2019"). */
function continuesVv(line: string): boolean {
  if (line.length > 150 || splitMarker(line).capDo !== 'doan' || endsLikeSentence(line)) return false;
  if (/^[\p{Ll}\d]/u.test(line)) return true;
  // A line naming a text ("Công văn số 4552/BCA-C04", "Kế hoạch số 12/KH-UBND") goes on a summary
  // that ends mid-phrase ("V/v triển khai thực hiện"); nothing else of the header starts that way.
  return /^[\p{Lu}][\p{Ll}]*( [\p{Ll}]+)* số \d/u.test(line) && kinhGuiRest(line) === null && parseNgayThangLine(line) === null;
}

export function readPhanDau(lines: readonly string[]): PhanDau {
  const h: PhanDau = { coQuan: [], dongSo: null, ngayThang: null, tenLoai: null, tenKhac: null, vv: null, duThao: [], next: 0 };
  let i = 0;
  /** The Quốc hiệu or Tiêu ngữ has been read. */
  let quocHieu = false;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isQuocHieu(line) || isTieuNgu(line)) {
      quocHieu = true;
      i += 1;
      continue;
    }
    const afterMarks = readDuThao(lines, i, h.duThao);
    if (afterMarks > i) {
      i = afterMarks;
      continue;
    }
    const so = h.dongSo === null ? parseSoLine(line) : null;
    if (so) {
      h.dongSo = so;
      i += 1;
      continue;
    }
    const date = h.ngayThang === null ? parseNgayThangLine(line) : null;
    if (date) {
      h.ngayThang = date;
      i += 1;
      continue;
    }
    const vv = h.vv === null && h.tenLoai === null ? vvRest(line) : null;
    if (vv !== null) {
      const parts = [vv];
      i += 1;
      while (i < lines.length && !endsLikeSentence(parts[parts.length - 1]!) && continuesVv(lines[i]!)) parts.push(lines[i++]!);
      h.vv = parts.join(' ');
      continue;
    }
    // "KẾ HOẠCH (DỰ THẢO)": the type name, and a draft mark beside it.
    const suffix = splitDuThaoSuffix(line);
    const tenLoai = loaiFromTenLoai(suffix?.rest ?? line);
    const khac = tenLoai ? null : tenLoaiKhac(suffix?.rest ?? line);
    if (tenLoai || khac) {
      h.tenLoai = tenLoai ?? 'khac';
      h.tenKhac = khac;
      if (suffix) h.duThao.push({ line, lan: duThaoMark(suffix.mark)!.lan });
      i = readDuThao(lines, i + 1, h.duThao);
      break;
    }
    // Body names sit above "Số:" and the date in every reading order of the header table.
    // …and beside the Quốc hiệu, never under it once they have been read: capitals under the Quốc
    // hiệu of a header without Số or date are the title of a text issued with a decision ("ĐIỀU LỆ …").
    const isCoQuan =
      h.dongSo === null &&
      h.ngayThang === null &&
      !(quocHieu && h.coQuan.length > 0) &&
      isUpperLine(line) &&
      splitMarker(line).capDo === 'doan' &&
      quyenHanLine(line) === null &&
      kinhGuiRest(line) === null;
    if (isCoQuan) {
      h.coQuan.push(line);
      i += 1;
      continue;
    }
    break;
  }
  h.next = i;
  return h;
}
