// A table's cells placed on a grid of columns, as an HTML table places them: each listed cell takes
// the first free column of its row, spans right and down, and a cell covered by a span is not
// listed. Rows may be ragged and spans may collide (a pasted table keeps its mistakes): the grid is
// made whole here — a span stops at a column already taken, and what a short row leaves free is
// filled with empty cells — so the .docx and the preview never see a hole.
import type { Bang } from '../core/model/van-ban.ts';

export interface GridCell {
  row: number;
  col: number;
  span: number;
  rowSpan: number;
  /** Covered by the cell above that spans down; `owner` is that cell. */
  covered: boolean;
  text: string;
  /** Index of the listed cell in its row of the model, or -1 for a cell the layout added. */
  source: number;
}

export interface Grid {
  columns: number;
  /** Each row's cells in column order; together they cover every column once. */
  rows: GridCell[][];
}

export function placeCells(bang: Pick<Bang, 'hang'>): Grid {
  const rowCount = bang.hang.length;
  // taken[r][c]: the cell (listed, from this row or spanning down from above) that holds the slot.
  const taken: (GridCell | undefined)[][] = Array.from({ length: rowCount }, () => []);
  let columns = 0;
  bang.hang.forEach((hang, r) => {
    const row = taken[r]!;
    let c = 0;
    hang.o.forEach((o, source) => {
      while (row[c]) c++;
      let span = 1;
      while (span < o.gopCot && !row[c + span]) span++;
      const rowSpan = Math.max(1, Math.min(o.gopHang, rowCount - r));
      const cell: GridCell = { row: r, col: c, span, rowSpan, covered: false, text: o.text, source };
      for (let dr = 0; dr < rowSpan; dr++) {
        const below = taken[r + dr]!;
        for (let dc = 0; dc < span; dc++) below[c + dc] = cell;
      }
      c += span;
      columns = Math.max(columns, c);
    });
  });
  columns = Math.max(columns, 1);
  const rows = taken.map((row, r) => {
    const out: GridCell[] = [];
    for (let c = 0; c < columns; ) {
      const owner = row[c];
      if (!owner) {
        out.push({ row: r, col: c, span: 1, rowSpan: 1, covered: false, text: '', source: -1 });
        c++;
      } else {
        // A span that started to the left of c in an earlier row cannot begin mid-way: owners start at their col.
        out.push(owner.row === r ? owner : { ...owner, row: r, rowSpan: 1, covered: true, text: '', source: -1 });
        c = owner.col + owner.span;
      }
    }
    return out;
  });
  return { columns, rows };
}
