// Where each cell of a table (bảng) sits once spans are laid out. Cells are stored as HTML lists
// them — a cell covered by a span from the left or from above is not listed — so the k-th cell of a
// row is not always in column k. The import, the checker and the layout all need the grid.
import type { Bang } from '../model/van-ban.ts';

/** What the grid needs of a cell: the model's cells and the import's both have it. */
export interface CoGop {
  gopCot: number;
  gopHang: number;
}

/** One stored cell and the grid position it takes. */
export interface ONhanViTri<C extends CoGop = Bang['hang'][number]['o'][number]> {
  /** Row index in `hang`. */
  hang: number;
  /** Index in that row's `o` (as stored). */
  o: number;
  /** First grid column the cell covers. */
  cot: number;
  gopCot: number;
  /** Rows it covers, cut at the table's last row. */
  gopHang: number;
  cell: C;
}

export interface LuoiBang<C extends CoGop = Bang['hang'][number]['o'][number]> {
  /** Each row's own cells with their places. */
  rows: ONhanViTri<C>[][];
  /** Columns each row reaches: its own cells and those spanning down into it from above. */
  rowWidths: number[];
  /** Columns of the widest row. */
  columns: number;
  /** owner(r, c): the cell covering row r, column c; undefined where a short row leaves it empty. */
  owner(r: number, c: number): ONhanViTri<C> | undefined;
}

/** The grid of rows of cells (spans as HTML has them). */
export function cellGrid<C extends CoGop>(hang: readonly (readonly C[])[]): LuoiBang<C> {
  const n = hang.length;
  // covered[r][c]: the cell over row r, column c, whether it starts there or spans into it.
  const covered: ONhanViTri<C>[][] = hang.map(() => []);
  const rows: ONhanViTri<C>[][] = [];
  hang.forEach((row, r) => {
    let cot = 0;
    const placed: ONhanViTri<C>[] = [];
    row.forEach((cell, o) => {
      while (covered[r]![cot] !== undefined) cot++;
      // Spans are whole and at least 1 in the model; a reader's odd value must not stall the walk.
      const gopCot = Math.max(1, Math.trunc(cell.gopCot) || 1);
      const gopHang = Math.min(Math.max(1, Math.trunc(cell.gopHang) || 1), n - r);
      const p: ONhanViTri<C> = { hang: r, o, cot, gopCot, gopHang, cell };
      for (let dr = 0; dr < gopHang; dr++) for (let dc = 0; dc < gopCot; dc++) covered[r + dr]![cot + dc] = p;
      placed.push(p);
      cot += gopCot;
    });
    rows.push(placed);
  });
  // A short row below a wide span may have holes; its width is where its last covered column ends.
  const rowWidths = covered.map((cols) => cols.length);
  return {
    rows,
    rowWidths,
    columns: rowWidths.reduce((a, b) => Math.max(a, b), 0),
    owner: (r, c) => covered[r]?.[c],
  };
}

/** The grid of a table of the model. */
export function tableGrid(bang: Pick<Bang, 'hang'>): LuoiBang {
  return cellGrid(bang.hang.map((h) => h.o));
}

/** The width rows are measured against: the first header row's, else the first row's. */
export function expectedWidth(grid: Pick<LuoiBang<CoGop>, 'rowWidths'>): number {
  return grid.rowWidths[0] ?? 0;
}
