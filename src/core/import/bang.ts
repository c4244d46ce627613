// A table handed to the classifier becomes a table block: its header rows and column alignment read
// from the content unless the reader knew them, and the lines around it that belong to it — a
// caption ("Bảng 1. …", "Biểu số 01 …") and a unit line ("Đơn vị tính: …") just above, notes
// ("Ghi chú: …", "Nguồn: …") just below — taken into it instead of standing as paragraphs.
import { LIMITS, khoiBangSchema, type KhoiBang } from '../model/van-ban.ts';
import { tableShape } from './bang-shape.ts';
import { checkTableLimits } from './limits.ts';
import { isBangNhap, type BangNhap, type MucNhap, type ONhap } from './nguon.ts';

/** "Bảng 1. …", "Biểu số 01 …", "BIỂU TỔNG HỢP …", "Phụ biểu 02": a caption, not a lead-in sentence ending in ":". */
export function isCaption(line: string): boolean {
  return /^(phụ\s+)?(bảng|biểu)(\s|$)/iu.test(line) && line.length <= 300 && !/[:;,]$/.test(line);
}

/** "Đơn vị tính: triệu đồng", "ĐVT: người", also in brackets. */
export function isUnitLine(line: string): boolean {
  return /^\(?\s*(đơn\s+vị\s+tính|đvt)\s*[:.]/iu.test(line) && line.length <= 200;
}

/** "Ghi chú: …", "Nguồn: …", "Chú thích: …", "(*) …": a note under a table. */
export function isNoteLine(line: string): boolean {
  return /^((ghi\s+chú|nguồn|chú\s+thích)(\s+số\s+liệu)?\s*[:.]|\(?\*+\)?\s)/iu.test(line) && line.length <= LIMITS.line;
}

/** What a table takes from the lines around it. */
export interface QuanhBang {
  tieuDe: string;
  donViTinh: string;
  ghiChu: string[];
}

const int = (n: number, max: number) => Math.min(max, Math.max(1, Math.trunc(n) || 1));

/** The text of a row that holds one line only (the rest empty and unmerged), else null. */
function lineRow(row: readonly ONhap[]): string | null {
  const filled = row.filter((o) => o.text.trim() !== '');
  return filled.length === 1 && row.every((o) => o.gopHang === 1) ? filled[0]!.text.trim() : null;
}

/**
 * A spreadsheet selection often takes the title, unit and note lines along as rows of one cell: they
 * are lines, not rows. Returns them with the rows left (`hang` is not changed).
 */
export function splitLineRows(
  hang: readonly ONhap[][],
  room: { tieuDe: boolean; donViTinh: boolean; ghiChu: number } = { tieuDe: true, donViTinh: true, ghiChu: LIMITS.listItems },
): { tieuDe: string; donViTinh: string; ghiChu: string[]; rows: ONhap[][] } {
  const rows = [...hang];
  const top = (test: (l: string) => boolean, free: boolean): string => {
    const line = free && rows.length > 1 ? lineRow(rows[0]!) : null;
    if (line === null || !test(line)) return '';
    rows.shift();
    return line;
  };
  const tieuDe = top(isCaption, room.tieuDe);
  const donViTinh = top(isUnitLine, room.donViTinh);
  const ghiChu: string[] = [];
  for (let line = lineRow(rows.at(-1) ?? []); rows.length > 1 && ghiChu.length < room.ghiChu && line !== null && isNoteLine(line); line = lineRow(rows.at(-1) ?? [])) {
    ghiChu.unshift(line);
    rows.pop();
  }
  return { tieuDe, donViTinh, ghiChu, rows };
}

/**
 * The block for one table. Refuses (ImportLimitError) a table over the model's limits, naming the
 * limit; returns null for a table with no cell at all, which holds nothing to keep.
 */
export function toKhoiBang(b: BangNhap, quanh: QuanhBang = { tieuDe: '', donViTinh: '', ghiChu: [] }): KhoiBang | null {
  if (!b.hang.some((row) => row.length > 0)) return null;
  checkTableLimits(b.hang);
  const spans: ONhap[][] = b.hang.map((row) => row.map((o) => ({ text: o.text, gopCot: int(o.gopCot, LIMITS.tableColumns), gopHang: int(o.gopHang, LIMITS.tableRows) })));
  // Only where the lines around the table left room: a row is never dropped for a line kept instead.
  const lifted = splitLineRows(spans, { tieuDe: !quanh.tieuDe, donViTinh: !quanh.donViTinh, ghiChu: LIMITS.listItems - quanh.ghiChu.length });
  const hang = lifted.rows;
  const ke: QuanhBang = {
    tieuDe: quanh.tieuDe || lifted.tieuDe,
    donViTinh: quanh.donViTinh || lifted.donViTinh,
    ghiChu: [...lifted.ghiChu, ...quanh.ghiChu],
  };
  // A header count the reader knew counted the lifted rows too.
  const top = spans.length - hang.length - lifted.ghiChu.length;
  const known = b.soHangTieuDe === undefined ? undefined : b.soHangTieuDe - top;
  const shape = tableShape(hang, known === undefined ? undefined : Math.min(LIMITS.headerRows, hang.length, Math.max(0, Math.trunc(known) || 0)));
  return khoiBangSchema.parse({ capDo: 'bang', bang: { ...ke, ...shape, hang: hang.map((o) => ({ o })), doRong: [] } });
}

/**
 * Items with every table turned into its block, and the caption, unit and note lines around each
 * taken into it. Lines that are not next to a table stay lines.
 */
export function gatherTables(items: readonly MucNhap[]): (string | KhoiBang)[] {
  const out: (string | KhoiBang)[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!isBangNhap(item)) {
      out.push(item);
      continue;
    }
    const quanh: QuanhBang = { tieuDe: '', donViTinh: '', ghiChu: [] };
    const above = () => out[out.length - 1];
    const unit = above();
    if (typeof unit === 'string' && isUnitLine(unit)) quanh.donViTinh = out.pop() as string;
    const caption = above();
    if (typeof caption === 'string' && isCaption(caption)) quanh.tieuDe = out.pop() as string;
    while (i + 1 < items.length && quanh.ghiChu.length < LIMITS.listItems) {
      const next = items[i + 1]!;
      if (isBangNhap(next) || !isNoteLine(next)) break;
      quanh.ghiChu.push(next);
      i++;
    }
    const block = toKhoiBang(item, quanh);
    if (block) out.push(block);
    else out.push(...[quanh.tieuDe, quanh.donViTinh, ...quanh.ghiChu].filter((l) => l !== ''));
  }
  return out;
}
