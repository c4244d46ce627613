// Keeping an imported document inside the model's limits (LIMITS in model/van-ban.ts) without
// losing text: what does not fit a header field goes to the body, and over-long paragraphs are split.
import { LIMITS, type Khoi, type VanBanInput } from '../model/van-ban.ts';
import { cleanLines } from '../text/normalize.ts';
import { cellGrid } from '../table/grid.ts';
import type { BangNhap } from './nguon.ts';

/**
 * Input the model cannot hold even after moving and splitting text (too many blocks, a table too
 * wide, too long or with a cell too long): one Vietnamese sentence naming the limit, for the paste
 * dialog and the CLI to show; nothing is created.
 */
export class ImportLimitError extends RangeError {}

/** 10 000 → "10.000", as a Vietnamese reader writes it. */
const so = (n: number) => n.toLocaleString('vi-VN');

/** A table named by its first words, so the user can find it in what they pasted. */
function tableName(firstCell: string): string {
  const t = firstCell.slice(0, 200).replace(/\s+/g, ' ').trim();
  return t ? `bảng «${t.length > 30 ? `${t.slice(0, 30)}…` : t}»` : 'bảng';
}

function firstCellOf(hang: BangNhap['hang']): string {
  for (const row of hang) for (const c of row) if (c.text.trim()) return c.text;
  return '';
}

/** The refusal of a table with more columns than a page can hold. */
export function tableTooWide(firstCell: string, columns: number): ImportLimitError {
  return new ImportLimitError(`Không nhập được ${tableName(firstCell)}: bảng có ${so(columns)} cột, một bảng tối đa ${LIMITS.tableColumns} cột (hãy tách thành nhiều bảng hoặc bỏ bớt cột)`);
}

/** Refuses a table over the model's limits before anything is built from it. */
export function checkTableLimits(hang: BangNhap['hang']): void {
  const name = tableName(firstCellOf(hang));
  if (hang.length > LIMITS.tableRows) {
    throw new ImportLimitError(`Không nhập được ${name}: bảng có ${so(hang.length)} hàng, một bảng tối đa ${so(LIMITS.tableRows)} hàng (hãy tách thành nhiều bảng)`);
  }
  // Counting cells first keeps a 10 000-column paste from building a grid of that size.
  const widest = Math.max(0, ...hang.map((r) => r.reduce((n, c) => n + c.gopCot, 0)));
  if (widest > LIMITS.tableColumns) throw tableTooWide(firstCellOf(hang), widest);
  // Without spans (every TAB paste) a cell's column is its place in the row; with spans, the grid says.
  const spans = hang.some((r) => r.some((c) => c.gopCot !== 1 || c.gopHang !== 1));
  const grid = spans ? cellGrid(hang) : null;
  if (grid && grid.columns > LIMITS.tableColumns) throw tableTooWide(firstCellOf(hang), grid.columns);
  hang.forEach((row, r) =>
    row.forEach((cell, k) => {
      const length = cell.text.length > LIMITS.cell ? cleanLines(cell.text).length : 0;
      if (length > LIMITS.cell) {
        const cot = grid ? grid.rows[r]![k]!.cot : k;
        throw new ImportLimitError(`Không nhập được ${name}: ô ở hàng ${r + 1}, cột ${cot + 1} dài ${so(length)} ký tự, một ô tối đa ${so(LIMITS.cell)} ký tự`);
      }
    }),
  );
}

/** Tables of a whole document, attachments included. */
export function checkTableCount(count: number): void {
  if (count > LIMITS.tables) throw new ImportLimitError(`Văn bản có ${so(count)} bảng, một văn bản tối đa ${LIMITS.tables} bảng`);
}

/** Split at spaces into pieces the schema accepts; a piece without spaces is cut where it must be. */
export function splitParagraph(text: string, max: number = LIMITS.paragraph): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const cut = space > max / 2 ? space : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

export type DraftVanBan = VanBanInput & {
  kinhGui: string[];
  canCu: string[];
  noiNhan: string[];
  noiDung: Khoi[];
  ketThuc: string;
};

/** Moves what is too long for its field into the body as plain paragraphs, and says so in notes. */
export function fitLimits(draft: DraftVanBan, notes: string[]): void {
  const moved: string[] = [];
  const fitLine = (value: string, label: string, max: number = LIMITS.line): string => {
    if (value.length <= max) return value;
    moved.push(value);
    notes.push(`${label} quá dài (hơn ${max} ký tự): chuyển vào nội dung`);
    return '';
  };
  const fitList = (items: string[], label: string): string[] => {
    const kept = items.filter((v) => fitLine(v, label) !== '' || v === '');
    const overflow = kept.splice(LIMITS.listItems);
    if (overflow.length > 0) {
      moved.push(...overflow);
      notes.push(`${label}: quá ${LIMITS.listItems} mục, các mục sau được chuyển vào nội dung`);
    }
    return kept;
  };
  draft.trichYeu = fitLine(draft.trichYeu ?? '', 'Trích yếu');
  draft.tenLoai = fitLine(draft.tenLoai ?? '', 'Tên loại văn bản');
  draft.coQuanChuQuan = fitLine(draft.coQuanChuQuan ?? '', 'Cơ quan chủ quản');
  draft.coQuanBanHanh = fitLine(draft.coQuanBanHanh ?? '', 'Cơ quan ban hành');
  draft.maCoQuan = fitLine(draft.maCoQuan ?? '', 'Ký hiệu cơ quan');
  draft.maDonVi = fitLine(draft.maDonVi ?? '', 'Ký hiệu đơn vị');
  draft.kinhGui = fitList(draft.kinhGui, 'Kính gửi');
  draft.canCu = fitList(draft.canCu, 'Căn cứ');
  draft.noiNhan = fitList(draft.noiNhan, 'Nơi nhận');
  if (draft.chuKy) {
    draft.chuKy.thayMat = fitLine(draft.chuKy.thayMat ?? '', 'Chữ ký');
    draft.chuKy.chucVu = fitLine(draft.chuKy.chucVu ?? '', 'Chức vụ người ký');
    draft.chuKy.hoTen = fitLine(draft.chuKy.hoTen ?? '', 'Người ký');
  }
  const ketThuc = splitParagraph(draft.ketThuc);
  draft.ketThuc = ketThuc.pop() ?? '';
  const blocks: Khoi[] = [
    ...moved.map((text) => ({ capDo: 'doan' as const, text })),
    ...draft.noiDung,
    ...ketThuc.map((text) => ({ capDo: 'doan' as const, text })),
  ];
  draft.noiDung = blocks.flatMap((b): Khoi[] =>
    b.capDo === 'bang' ? [b] : splitParagraph(b.text).map((text, i) => ({ capDo: i === 0 ? b.capDo : 'doan', text })),
  );
  if (draft.noiDung.length > LIMITS.blocks) {
    throw new ImportLimitError(`Văn bản quá dài: ${draft.noiDung.length} đoạn (tối đa ${LIMITS.blocks})`);
  }
}
