// A table's shape read from its content: which leading rows are header rows (text over columns of
// figures), how each column aligns (text left, figures right, row numbers centred), and — for TAB
// text, which cannot carry spans — which empty header cells are the rest of a merged one.
import { LIMITS, type CanLe } from '../model/van-ban.ts';
import { isColumnNumbering, isNilDash, isOrderLabel, readFigure } from '../table/figures.ts';
import { cellGrid, type LuoiBang } from '../table/grid.ts';
import type { ONhap } from './nguon.ts';

type Kind = 'empty' | 'number' | 'text';

/** Figures, dashes for zero and row numbers ("1", "II", "a") all read as numbers here. */
function kindOf(text: string): Kind {
  const t = text.trim();
  if (t === '') return 'empty';
  return readFigure(t) !== null || isNilDash(t) || isOrderLabel(t) ? 'number' : 'text';
}

/** A row number, not a figure: "1", "IV", "a" — but not "1.150". */
const isRowNumber = (text: string) => isOrderLabel(text) && !/[.,]\d{3}/.test(text);

/**
 * What the shape is read from, computed once: the grid, and for each column how many of its cells
 * from a row down are numbers, words, row numbers or filled at all (counted from the bottom up, so
 * that "is column c numeric below row r?" costs nothing however often it is asked).
 */
interface Counts {
  grid: LuoiBang<ONhap>;
  /** below[k][c][r]: cells of kind k starting in column c at row r or further down. */
  below: Record<'number' | 'text' | 'rowNumber' | 'filled', Int32Array[]>;
}

function countCells(hang: readonly (readonly ONhap[])[]): Counts {
  const grid = cellGrid(hang);
  const n = hang.length;
  const table = () => Array.from({ length: grid.columns }, () => new Int32Array(n + 1));
  const below = { number: table(), text: table(), rowNumber: table(), filled: table() };
  for (const row of grid.rows) {
    for (const p of row) {
      const kind = kindOf(p.cell.text);
      if (kind === 'empty') continue;
      below.filled[p.cot]![p.hang]!++;
      below[kind][p.cot]![p.hang]!++;
      if (isRowNumber(p.cell.text.trim())) below.rowNumber[p.cot]![p.hang]!++;
    }
  }
  // Counts per row into counts from that row down.
  for (const columns of Object.values(below)) for (const col of columns) for (let r = n - 1; r >= 0; r--) col[r]! += col[r + 1]!;
  return { grid, below };
}

/** A column whose cells from row `from` down are mostly numbers. */
function isNumericColumn(k: Counts, c: number, from: number): boolean {
  const numbers = k.below.number[c]?.[from] ?? 0;
  return numbers > 0 && numbers >= (k.below.text[c]?.[from] ?? 0);
}

/** Row r holds text above figures: no number in a numeric column, and text in at least one. */
function isHeaderRow(k: Counts, r: number): boolean {
  let textOverNumbers = false;
  for (const p of k.grid.rows[r]!) {
    let numericBelow = false;
    for (let c = p.cot; c < p.cot + p.gopCot; c++) if (isNumericColumn(k, c, r + p.gopHang)) numericBelow = true;
    if (!numericBelow) continue;
    const kind = kindOf(p.cell.text);
    if (kind === 'number') return false;
    if (kind === 'text') textOverNumbers = true;
  }
  return textOverNumbers;
}

/** With no column of figures, a first row of short labels over further rows is taken for a header. */
function looksLikeLabels(row: readonly ONhap[]): boolean {
  return row.length > 1 && row.every((c) => c.text.trim() !== '' && c.text.length <= 80 && !/[.;]$/.test(c.text.trim()));
}

function detectHeader(k: Counts, hang: readonly (readonly ONhap[])[]): number {
  if (hang.length < 2) return 0;
  const max = Math.min(LIMITS.headerRows, hang.length - 1);
  let h = 0;
  while (h < max && isHeaderRow(k, h)) h++;
  const anyNumeric = Array.from({ length: k.grid.columns }, (_, c) => isNumericColumn(k, c, 1)).some(Boolean);
  if (h === 0 && !anyNumeric && looksLikeLabels(hang[0]!)) h = 1;
  if (h > 0 && h < max && isColumnNumbering(hang[h]!.map((c) => c.text))) h++;
  return h;
}

/** Leading rows that are header rows (0 to LIMITS.headerRows); the last row is never one. */
export function headerRows(hang: readonly (readonly ONhap[])[]): number {
  return detectHeader(countCells(hang), hang);
}

/** Row numbers sit in the first column, or under a "STT"/"TT" heading. */
function isOrderColumn(k: Counts, c: number, h: number): boolean {
  const heading = h > 0 ? (k.grid.owner(0, c)?.cell.text.trim() ?? '') : '';
  const labels = k.below.rowNumber[c]?.[h] ?? 0;
  return labels > 0 && labels >= (k.below.filled[c]?.[h] ?? 0) - 1 && (c === 0 || /^(số\s*)?t\.?t\.?$|^stt$/iu.test(heading));
}

export interface TableShape {
  soHangTieuDe: number;
  /** Alignment per grid column: text left, figures right, row numbers centred. */
  canLe: CanLe[];
}

/** Header rows (as the reader knew them, else read from the content) and each column's alignment. */
export function tableShape(hang: readonly (readonly ONhap[])[], knownHeader?: number): TableShape {
  const k = countCells(hang);
  const h = knownHeader ?? detectHeader(k, hang);
  const canLe = Array.from({ length: k.grid.columns }, (_, c): CanLe => {
    if (!isNumericColumn(k, c, h)) return 'trai';
    return isOrderColumn(k, c, h) ? 'giua' : 'phai';
  });
  return { soHangTieuDe: h, canLe };
}

/**
 * TAB text has no spans: Word and Excel copy a merged header cell as the text followed by empty
 * cells. In the header rows, an empty cell under a filled single-column cell continues it downwards
 * ("STT" over two header rows); otherwise an empty cell right of a filled one of the same row
 * continues it to the right ("Chi thường xuyên" over four columns). Body rows are left as they are.
 */
export function mergeHeaderGaps(hang: readonly (readonly ONhap[])[], h: number): ONhap[][] {
  const origin = new Map<ONhap, number>();
  const own: (ONhap | undefined)[][] = [];
  const out: ONhap[][] = [];
  hang.forEach((row, r) => {
    if (r >= h) {
      out.push(row.map((c) => ({ ...c })));
      return;
    }
    own[r] = [];
    const kept: ONhap[] = [];
    row.forEach((cell, c) => {
      if (cell.text.trim() !== '') {
        const fresh = { ...cell, gopCot: 1, gopHang: 1 };
        origin.set(fresh, r);
        own[r]![c] = fresh;
        kept.push(fresh);
        return;
      }
      const above = own[r - 1]?.[c];
      if (above && above.text.trim() !== '' && above.gopCot === 1) {
        above.gopHang++;
        own[r]![c] = above;
        return;
      }
      const left = own[r]![c - 1];
      if (left && left.text.trim() !== '' && origin.get(left) === r && left.gopHang === 1) {
        left.gopCot++;
        own[r]![c] = left;
        return;
      }
      const empty = { ...cell, gopCot: 1, gopHang: 1 };
      origin.set(empty, r);
      own[r]![c] = empty;
      kept.push(empty);
    });
    out.push(kept);
  });
  return out;
}
