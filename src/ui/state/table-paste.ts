// Cells pasted into a table cell: a table from Word, Excel, Google Sheets or LibreOffice (the
// clipboard's HTML <table>, read as data by core htmlItems, never inserted as HTML), or TAB rows as
// they copy as plain text. They fill the table from the cell being edited (editor-table fillCells).
import { htmlItems, ImportLimitError } from '../../core/import/index.ts';
import { checkTableLimits } from '../../core/import/limits.ts';
import { isBangNhap } from '../../core/import/nguon.ts';
import { LIMITS, type Bang } from '../../core/model/van-ban.ts';
import { cellGrid } from '../../core/table/grid.ts';
import { fillCells, type ViTriO } from './editor-table.ts';

/**
 * The cells of a paste, row by row, each at its grid column (a place covered by a merged cell is
 * empty); null when the paste is not cells (plain text without a TAB goes into the box as typed).
 */
export function pastedCells(html: string, plain: string): string[][] | null {
  if (/<table[\s>]/i.test(html)) {
    const table = htmlItems(html).find(isBangNhap);
    if (table && table.hang.length > 0) {
      // Spans are checked before a grid is built (a 10 000-column paste must not build one).
      const widest = Math.max(0, ...table.hang.map((r) => r.reduce((k, c) => k + c.gopCot, 0)));
      if (widest > LIMITS.tableColumns) return table.hang.map((r) => r.map((c) => c.text));
      const grid = cellGrid(table.hang);
      return table.hang.map((_, r) =>
        Array.from({ length: grid.rowWidths[r] ?? 0 }, (_, c) => {
          const p = grid.owner(r, c);
          return p && p.hang === r && p.cot === c ? p.cell.text : '';
        }),
      );
    }
  }
  if (!plain.includes('\t')) return null;
  const lines = plain.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return lines.map((l) => l.split('\t'));
}

/**
 * The table with the pasted cells filled in from `at`, or the one Vietnamese sentence that names the
 * limit the paste passes (nothing changes then).
 */
export function pasteIntoCell(bang: Bang, at: ViTriO, rows: readonly (readonly string[])[]): Bang | string {
  try {
    checkTableLimits(rows.map((r) => r.map((text) => ({ text, gopCot: 1, gopHang: 1 }))));
  } catch (e) {
    if (e instanceof ImportLimitError) return `Chưa dán: ${e.message}.`;
    throw e;
  }
  const filled = fillCells(bang, at, rows);
  if (filled) return filled;
  return `Chưa dán: dán từ ô hàng ${at.r + 1}, cột ${at.c + 1} thì bảng sẽ quá ${LIMITS.tableColumns} cột hoặc ${LIMITS.tableRows.toLocaleString('vi-VN')} hàng, tối đa của một bảng. Hãy dán từ một ô gần đầu bảng hơn, hoặc bớt hàng, cột.`;
}
