// Column widths of a data table from its content, in twips, with the Times New Roman metrics the
// rest of the layout uses: a column is never narrower than its longest word, the table is exactly as
// wide as the text area, and the room left over goes where the text would otherwise wrap (the
// automatic table layout of HTML and Word, made deterministic so both renderers get the same grid).
import { TABLE } from './layout.ts';
import type { Grid, GridCell } from './table-grid.ts';
import { textWidthPt, TWIPS_PER_PT } from './text-metrics.ts';

/** A cell's text measured once at 1 pt: each line's word widths and the space between them, in twips. */
export interface CellMeasure {
  lines: number[][];
  space: number;
  /** Longest word and widest line, twips per point of size. */
  word: number;
  line: number;
}

/** Measures words once per table: a column of names or units repeats few distinct words. */
export class CellMeter {
  private readonly cache = [new Map<string, number>(), new Map<string, number>()];
  private readonly spaces = [textWidthPt(' ', 1) * TWIPS_PER_PT, textWidthPt(' ', 1, { bold: true }) * TWIPS_PER_PT];

  /** One pass over the text (thousands of cells per document): words end at a space, lines at "\n". */
  measure(text: string, bold: boolean): CellMeasure {
    const cache = this.cache[bold ? 1 : 0]!;
    const space = this.spaces[bold ? 1 : 0]!;
    const lines: number[][] = [];
    let word = 0;
    let line = 0;
    let words: number[] = [];
    let sum = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const ch = i < text.length ? text.charCodeAt(i) : 10;
      if (ch !== 32 && ch !== 10) continue;
      if (i > start) {
        const w = text.slice(start, i);
        let width = cache.get(w);
        if (width === undefined) {
          width = textWidthPt(w, 1, { bold }) * TWIPS_PER_PT;
          cache.set(w, width);
        }
        words.push(width);
        sum += width;
        if (width > word) word = width;
      }
      start = i + 1;
      if (ch === 10 && words.length > 0) {
        line = Math.max(line, sum + space * (words.length - 1));
        lines.push(words);
        words = [];
        sum = 0;
      }
    }
    return { lines, space, word, line };
  }
}

/** Room a cell takes around its text: the margins either side and the slack (layout.ts). */
const AROUND = 2 * TABLE.cellMarginX + TABLE.slack;

/**
 * Each column's least width (its longest word) and its natural width (no line wrapped), at `sizePt`.
 * A header cell asks only for room to take two lines: headings wrap well ("Sự nghiệp / giáo dục"),
 * and the room is better spent on the rows below, where a name broken over three lines reads badly.
 */
export function columnBounds(grid: Grid, measures: Map<GridCell, CellMeasure>, sizePt: number, headerRows = 0): { min: number[]; max: number[] } {
  const n = grid.columns;
  const min = new Array<number>(n).fill(0);
  const max = new Array<number>(n).fill(0);
  const spanning: { cell: GridCell; m: CellMeasure }[] = [];
  for (const row of grid.rows) {
    for (const cell of row) {
      const m = measures.get(cell);
      if (!m || m.lines.length === 0) continue;
      if (cell.span > 1) {
        spanning.push({ cell, m });
        continue;
      }
      min[cell.col] = Math.max(min[cell.col]!, Math.ceil(m.word * sizePt) + AROUND);
      max[cell.col] = Math.max(max[cell.col]!, Math.ceil(natural(m, cell.row < headerRows) * sizePt) + AROUND);
    }
  }
  for (let c = 0; c < n; c++) {
    if (min[c] === 0) min[c] = TABLE.emptyColumn;
    max[c] = Math.max(max[c]!, min[c]!);
  }
  // A merged cell ("Chi thường xuyên" over four columns) widens the columns under it only as far as it needs.
  spanning.sort((a, b) => a.cell.span - b.cell.span);
  for (const { cell, m } of spanning) {
    const cols = Array.from({ length: cell.span }, (_, i) => cell.col + i);
    widen(min, cols, Math.ceil(m.word * sizePt) + AROUND, max);
    widen(max, cols, Math.ceil(natural(m, cell.row < headerRows) * sizePt) + AROUND, max);
  }
  for (let c = 0; c < n; c++) max[c] = Math.max(max[c]!, min[c]!);
  return { min, max };
}

/** The width a cell would like: its widest line, or for a header cell half of it (two lines), at least its longest word. */
function natural(m: CellMeasure, header: boolean): number {
  return header ? Math.max(m.word, m.line / 2) : m.line;
}

/** Adds what `need` lacks over `cols` of `w`, shared in proportion to `by` (evenly when all are 0). */
function widen(w: number[], cols: number[], need: number, by: number[]): void {
  const have = cols.reduce((s, c) => s + w[c]!, 0);
  if (need <= have) return;
  const weight = cols.reduce((s, c) => s + by[c]!, 0);
  for (const c of cols) w[c] = w[c]! + Math.ceil(((need - have) * (weight > 0 ? by[c]! : 1)) / (weight > 0 ? weight : cols.length));
}

/**
 * Widths summing to exactly `total`, each at least its minimum; null when the minimums do not fit.
 * `relative` (the user's doRong, one per column) sets the shares where given; else the room beyond
 * the minimums goes to the columns in proportion to how much they would otherwise wrap.
 */
export function fitColumns(min: readonly number[], max: readonly number[], total: number, relative: readonly number[] = []): number[] | null {
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin > total) return null;
  let raw: number[];
  if (relative.length === min.length) {
    raw = byShares(min, relative, total);
  } else {
    const sumMax = max.reduce((a, b) => a + b, 0);
    raw =
      sumMax <= total
        ? max.map((m) => m + ((total - sumMax) * m) / sumMax)
        : min.map((m, i) => m + ((total - sumMin) * (max[i]! - m)) / (sumMax - sumMin));
  }
  return roundTo(raw, total, min);
}

/** Shares of `total` by weight, with every column raised to its minimum and the rest shared again. */
function byShares(min: readonly number[], weights: readonly number[], total: number): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const left = total - [...fixed].reduce((s, c) => s + min[c]!, 0);
    const weight = weights.reduce((s, w, c) => (fixed.has(c) ? s : s + w), 0);
    const out = min.map((m, c) => (fixed.has(c) ? m : (left * weights[c]!) / weight));
    const under = out.findIndex((w, c) => !fixed.has(c) && w < min[c]!);
    if (under < 0) return out;
    fixed.add(under);
  }
}

/** Whole twips summing to `total`: floors, then the twips left over to the largest remainders. */
export function roundTo(raw: readonly number[], total: number, min: readonly number[] = []): number[] {
  const out = raw.map((w, i) => Math.max(Math.floor(w), min[i] ?? 0));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((w, i) => ({ i, frac: w - Math.floor(w) })).sort((a, b) => b.frac - a.frac);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k]!.i]! += 1;
  for (let k = out.length - 1; left < 0; k = (k - 1 + out.length) % out.length) {
    if (out[k]! > (min[k] ?? 0)) {
      out[k]! -= 1;
      left++;
    }
  }
  return out;
}

/** Lines a cell's text takes at `width` twips of text room, breaking at spaces as a word processor does. */
export function wrappedLines(m: CellMeasure, sizePt: number, width: number): number {
  let count = 0;
  const space = m.space * sizePt;
  for (const words of m.lines) {
    count++;
    let cur = -1;
    for (const w0 of words) {
      const w = w0 * sizePt;
      if (cur < 0) cur = w;
      else if (cur + space + w <= width) cur += space + w;
      else {
        count++;
        cur = w;
      }
      // A word wider than the cell breaks inside itself.
      if (width > 0 && cur > width) {
        count += Math.ceil(cur / width) - 1;
        cur = cur % width;
      }
    }
  }
  return count;
}
