// Operations on one table (bảng) of the outline, as pure functions like editor-outline's: each takes
// a table and returns the new one (or null when the change cannot be made: the last row, a span in
// the way, a limit), so the editor applies each as one undoable step and tests run without a browser.
// Cells are addressed by grid position (row r, column c) of the cell's top-left corner; the stored
// lists (a covered cell is not listed) are rebuilt from a full grid after each structural change.
import { joinChuThich, shiftChuThich } from '../../core/chu-thich.ts';
import { LIMITS, type Bang, type CanLe, type OBang } from '../../core/model/van-ban.ts';
import { tableGrid, type ONhanViTri } from '../../core/table/grid.ts';

/** A cell's place in the grid: the row and column of its top-left corner. */
export interface ViTriO {
  r: number;
  c: number;
}

/** One cell in the full grid: every position it covers holds the same object. */
interface Owner {
  cell: OBang;
}

/** The full grid: rows × columns, each position the cell covering it. */
type Layout = Owner[][];

const emptyCell = (): OBang => ({ text: '', gopCot: 1, gopHang: 1 });

/** The grid of a table with every position covered: a short row is filled with empty cells. */
function layoutOf(bang: Bang): Layout {
  const grid = tableGrid(bang);
  const owners = new Map<object, Owner>();
  return bang.hang.map((_, r) =>
    Array.from({ length: grid.columns }, (_, c) => {
      const p = grid.owner(r, c);
      if (!p) return { cell: emptyCell() };
      let o = owners.get(p);
      if (!o) owners.set(p, (o = { cell: p.cell }));
      return o;
    }),
  );
}

/** The stored rows of a full grid: each cell once, where it starts, with the spans it covers. */
function rowsOf(layout: Layout): Bang['hang'] {
  const seen = new Set<Owner>();
  return layout.map((row, r) => ({
    o: row.flatMap((owner, c) => {
      if (seen.has(owner)) return [];
      seen.add(owner);
      let gopCot = 1;
      while (row[c + gopCot] === owner) gopCot++;
      let gopHang = 1;
      while (layout[r + gopHang]?.[c] === owner) gopHang++;
      return [{ ...owner.cell, gopCot, gopHang }];
    }),
  }));
}

const transpose = (layout: Layout): Layout => (layout[0] ?? []).map((_, c) => layout.map((row) => row[c]!));

/** A new line of cells at index `at` of `lines`; a span crossing that place grows over it. */
function insertLine(lines: Layout, at: number): Layout {
  const width = lines[0]?.length ?? 0;
  const line = Array.from({ length: width }, (_, k) => {
    const above = lines[at - 1]?.[k];
    return above && above === lines[at]?.[k] ? above : { cell: emptyCell() };
  });
  return [...lines.slice(0, at), line, ...lines.slice(at)];
}

/** Lines a and b swapped, when no cell of theirs spans into another line. */
function swapLines(lines: Layout, a: number, b: number): Layout | null {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (lo < 0 || hi >= lines.length) return null;
  const spans = (i: number) => lines[i]!.some((o, k) => lines[i - 1]?.[k] === o || lines[i + 1]?.[k] === o);
  if (spans(lo) || spans(hi)) return null;
  const out = [...lines];
  [out[lo], out[hi]] = [out[hi]!, out[lo]!];
  return out;
}

/** A per-column list (alignment, widths) changed at a column; [] (all by default) stays []. */
function spliceColumn<T>(list: readonly T[], change: (copy: T[]) => void): T[] {
  if (list.length === 0) return [];
  const copy = [...list];
  change(copy);
  return copy;
}

const average = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);

/** Rows, columns and where cells start: what the grid editor draws. */
export function tableSize(bang: Bang): { rows: number; columns: number } {
  return { rows: bang.hang.length, columns: tableGrid(bang).columns };
}

/** The cells in reading order (row by row, left to right): Tab and Shift+Tab walk this. */
export function cellOrder(bang: Bang): ViTriO[] {
  return tableGrid(bang).rows.flatMap((row) => row.map((p) => ({ r: p.hang, c: p.cot })));
}

/** The cell after (+1) or before (-1) the one at `at`; null past either end. */
export function nextCell(bang: Bang, at: ViTriO, delta: 1 | -1): ViTriO | null {
  const order = cellOrder(bang);
  const i = order.findIndex((p) => p.r === at.r && p.c === at.c);
  return order[i + delta] ?? null;
}

/** The top-left corner of the cell covering (r, c), clamped into the table; the editor's selection after a change. */
export function cellAt(bang: Bang, r: number, c: number): ViTriO | null {
  const grid = tableGrid(bang);
  const rr = Math.min(Math.max(0, r), bang.hang.length - 1);
  const cc = Math.min(Math.max(0, c), Math.max(0, (grid.rowWidths[rr] ?? 1) - 1));
  const p = grid.owner(rr, cc);
  return p ? { r: p.hang, c: p.cot } : null;
}

/** The cell starting at `at`, as stored. */
export function cellOf(bang: Bang, at: ViTriO): OBang | null {
  const p = tableGrid(bang).owner(at.r, at.c);
  return p && p.hang === at.r && p.cot === at.c ? p.cell : null;
}

/** A cell's new text (typing); its footnotes keep their places among the words. */
export function setCellText(bang: Bang, at: ViTriO, text: string): Bang {
  const p = tableGrid(bang).owner(at.r, at.c);
  if (!p || p.cell.text === text) return bang;
  const chuThich = shiftChuThich(p.cell.text, text, p.cell.chuThich);
  const cell: OBang = chuThich ? { ...p.cell, text, chuThich } : { text, gopCot: p.cell.gopCot, gopHang: p.cell.gopHang };
  const hang = bang.hang.map((h, r) => (r === p.hang ? { o: h.o.map((o, k) => (k === p.o ? cell : o)) } : h));
  return { ...bang, hang };
}

/** A new row at index `at` (0 … rows); a span crossing it grows. Null at the row limit. */
export function insertRow(bang: Bang, at: number): Bang | null {
  if (bang.hang.length >= LIMITS.tableRows || at < 0 || at > bang.hang.length) return null;
  const soHangTieuDe = at < bang.soHangTieuDe ? Math.min(LIMITS.headerRows, bang.soHangTieuDe + 1) : bang.soHangTieuDe;
  return { ...bang, soHangTieuDe, hang: rowsOf(insertLine(layoutOf(bang), at)) };
}

/** Row r removed; a cell starting there and spanning down keeps its text in the row below. Null for the last row. */
export function removeRow(bang: Bang, r: number): Bang | null {
  if (bang.hang.length <= 1 || r < 0 || r >= bang.hang.length) return null;
  const layout = layoutOf(bang);
  layout.splice(r, 1);
  return { ...bang, soHangTieuDe: r < bang.soHangTieuDe ? bang.soHangTieuDe - 1 : bang.soHangTieuDe, hang: rowsOf(layout) };
}

/** Row r swapped with the one above (-1) or below (+1); null at an end or when a merged cell spans either. */
export function moveRow(bang: Bang, r: number, delta: 1 | -1): Bang | null {
  const swapped = swapLines(layoutOf(bang), r, r + delta);
  return swapped && { ...bang, hang: rowsOf(swapped) };
}

/** A new column at index `at` (0 … columns); a span crossing it grows. Null at the column limit. */
export function insertColumn(bang: Bang, at: number): Bang | null {
  const layout = layoutOf(bang);
  const columns = layout[0]?.length ?? 0;
  if (columns >= LIMITS.tableColumns || at < 0 || at > columns) return null;
  return {
    ...bang,
    hang: rowsOf(transpose(insertLine(transpose(layout), at))),
    canLe: spliceColumn<CanLe>(bang.canLe, (l) => at <= l.length && l.splice(at, 0, 'trai')),
    doRong: spliceColumn(bang.doRong, (l) => at <= l.length && l.splice(at, 0, average(bang.doRong))),
  };
}

/** Column c removed; a cell starting there and spanning right keeps its text. Null for the last column. */
export function removeColumn(bang: Bang, c: number): Bang | null {
  const columns = transpose(layoutOf(bang));
  if (columns.length <= 1 || c < 0 || c >= columns.length) return null;
  columns.splice(c, 1);
  return {
    ...bang,
    hang: rowsOf(transpose(columns)),
    canLe: spliceColumn<CanLe>(bang.canLe, (l) => l.splice(c, 1)),
    doRong: spliceColumn(bang.doRong, (l) => l.splice(c, 1)),
  };
}

/** Column c swapped with its neighbour left (-1) or right (+1), with its alignment and width. */
export function moveColumn(bang: Bang, c: number, delta: 1 | -1): Bang | null {
  const swapped = swapLines(transpose(layoutOf(bang)), c, c + delta);
  if (!swapped) return null;
  const swap = <T>(l: T[], fill: T) => {
    while (l.length <= Math.max(c, c + delta)) l.push(fill);
    [l[c], l[c + delta]] = [l[c + delta]!, l[c]!];
  };
  return {
    ...bang,
    hang: rowsOf(transpose(swapped)),
    canLe: bang.canLe.length ? spliceColumn<CanLe>(bang.canLe, (l) => swap(l, 'trai')) : [],
    doRong: bang.doRong.length ? spliceColumn(bang.doRong, (l) => swap(l, average(bang.doRong))) : [],
  };
}

/** Two texts of merged cells: one line each, the empty ones dropped; footnotes follow. */
function joinCells(a: OBang, b: OBang): OBang {
  const sep = a.text !== '' && b.text !== '' ? '\n' : '';
  const text = a.text + sep + b.text;
  const chuThich = joinChuThich(a.chuThich, a.text.length + sep.length, b.chuThich);
  return chuThich ? { ...a, text, chuThich } : { text, gopCot: a.gopCot, gopHang: a.gopHang };
}

/**
 * The cell at `at` merged with its neighbour to the right ("phai") or below ("duoi"): both must
 * cover the same rows (or columns), so the result is a rectangle. Their texts are kept, one a line.
 */
export function mergeCells(bang: Bang, at: ViTriO, toward: 'phai' | 'duoi'): Bang | null {
  const layout = toward === 'phai' ? layoutOf(bang) : transpose(layoutOf(bang));
  const [r, c] = toward === 'phai' ? [at.r, at.c] : [at.c, at.r];
  const a = layout[r]?.[c];
  if (!a || layout[r]![c - 1] === a || layout[r - 1]?.[c] === a) return null;
  let end = c;
  while (layout[r]![end] === a) end++;
  const b = layout[r]![end];
  if (!b) return null;
  // The same lines on both sides: a's extent across must equal b's, both starting at r.
  for (let i = 0; i < layout.length; i++) if ((layout[i]![c] === a) !== (layout[i]![end] === b)) return null;
  const merged: Owner = { cell: joinCells(a.cell, b.cell) };
  const out = layout.map((row) => row.map((o) => (o === a || o === b ? merged : o)));
  return { ...bang, hang: rowsOf(toward === 'phai' ? out : transpose(out)) };
}

/** A merged cell split back into single cells; its text stays in the first. */
export function splitCell(bang: Bang, at: ViTriO): Bang | null {
  const layout = layoutOf(bang);
  const a = layout[at.r]?.[at.c];
  if (!a) return null;
  let split = false;
  const out = layout.map((row, r) =>
    row.map((o, c) => {
      if (o !== a || (r === at.r && c === at.c)) return o;
      split = true;
      return { cell: emptyCell() };
    }),
  );
  return split ? { ...bang, hang: rowsOf(out) } : null;
}

/** Whether the cell at `at` spans more than one position (so "Tách ô" applies). */
export function isMerged(bang: Bang, at: ViTriO): boolean {
  const c = cellOf(bang, at);
  return !!c && (c.gopCot > 1 || c.gopHang > 1);
}

/** A column's alignment; the columns before it get "trai" (text) where they had none. */
export function setAlignment(bang: Bang, c: number, canLe: CanLe): Bang {
  const list = [...bang.canLe];
  while (list.length <= c) list.push('trai');
  list[c] = canLe;
  while (list.length > 0 && list[list.length - 1] === 'trai') list.pop();
  return { ...bang, canLe: list };
}

/** How many of the first rows are headers: 0 to 3, never all rows' worth more than there are. */
export function setHeaderRows(bang: Bang, n: number): Bang {
  return { ...bang, soHangTieuDe: Math.max(0, Math.min(LIMITS.headerRows, bang.hang.length, Math.trunc(n))) };
}

/**
 * Cells pasted at `at`: row i, column j of `rows` goes to the cell at (at.r + i, at.c + j), the table
 * growing by rows and columns as needed. A place covered by a merged cell from elsewhere is skipped.
 * Null when the table would pass a limit (the caller names it).
 */
export function fillCells(bang: Bang, at: ViTriO, rows: readonly (readonly string[])[]): Bang | null {
  const layout = layoutOf(bang);
  const needRows = at.r + rows.length;
  const needColumns = Math.max(layout[0]?.length ?? 0, at.c + Math.max(0, ...rows.map((r) => r.length)));
  if (needRows > LIMITS.tableRows || needColumns > LIMITS.tableColumns) return null;
  // New rows and columns at the end: no span crosses them, so each place is a cell of its own.
  for (const row of layout) while (row.length < needColumns) row.push({ cell: emptyCell() });
  while (layout.length < needRows) layout.push(Array.from({ length: needColumns }, () => ({ cell: emptyCell() })));
  rows.forEach((row, i) =>
    row.forEach((text, j) => {
      const r = at.r + i;
      const c = at.c + j;
      const o = layout[r]![c]!;
      if (layout[r]![c - 1] === o || layout[r - 1]?.[c] === o) return;
      // The pasted text replaces the cell's; footnotes of the old text have no place in it.
      o.cell = { text, gopCot: o.cell.gopCot, gopHang: o.cell.gopHang };
    }),
  );
  return { ...bang, hang: rowsOf(layout) };
}

/** A cell's footnotes replaced (added, edited or removed in the editor); left out when none remain. */
export function setCellChuThich(bang: Bang, at: ViTriO, chuThich: readonly { viTri: number; noiDung: string }[]): Bang {
  const p = tableGrid(bang).owner(at.r, at.c);
  if (!p) return bang;
  const { chuThich: _, ...rest } = p.cell;
  const cell: OBang = chuThich.length ? { ...rest, chuThich: [...chuThich] } : rest;
  const hang = bang.hang.map((h, r) => (r === p.hang ? { o: h.o.map((o, k) => (k === p.o ? cell : o)) } : h));
  return { ...bang, hang };
}

/**
 * The grid's rows, with each row that places the same cells in the same way handed back as it was:
 * a keystroke in one cell of a 50-row table redraws that row, not every cell of the table.
 */
export function keepUnchangedRows<C>(rows: ONhanViTri<C & { gopCot: number; gopHang: number }>[][], previous: readonly ONhanViTri<C & { gopCot: number; gopHang: number }>[][]): ONhanViTri<C & { gopCot: number; gopHang: number }>[][] {
  return rows.map((row, r) => {
    const old = previous[r];
    const same = old !== undefined && old.length === row.length && old.every((p, k) => {
      const q = row[k]!;
      return p.cell === q.cell && p.hang === q.hang && p.o === q.o && p.cot === q.cot && p.gopCot === q.gopCot && p.gopHang === q.gopHang;
    });
    return same ? old : row;
  });
}
