// A table block (bảng) laid out once: its grid, the font size and orientation it needs, the column
// widths, which rows are header rows and which may not split; the caption and unit line above, the
// notes below. The .docx writer and the preview draw this and decide nothing themselves.
import { END_MARK } from '../core/end-mark.ts';
import type { Bang, CanLe } from '../core/model/van-ban.ts';
import { BODY, LANDSCAPE_TEXT_HEIGHT, LANDSCAPE_TEXT_WIDTH, NATURAL_LINE_EM, TABLE, TEXT_HEIGHT, TEXT_WIDTH, type SizeSet } from './layout.ts';
import { balancedLines } from './line-breaks.ts';
import { placeNotes } from './plan-notes.ts';
import { placeCells, type Grid, type GridCell } from './table-grid.ts';
import { CellMeter, columnBounds, fitColumns, roundTo, wrappedLines, type CellMeasure } from './table-widths.ts';
import { para, type PlanBang, type PlanCell, type PlanGridRow, type PlanParagraph } from './plan-types.ts';

const ALIGN: Record<CanLe, PlanCell['align']> = { trai: 'left', giua: 'center', phai: 'right' };

interface Fit {
  sizePt: number;
  landscape: boolean;
  columns: number[];
}

/**
 * The largest size from 13 pt down to 10 pt at which every column holds its longest word on a
 * portrait page; failing that, the same on a landscape page; failing that (30 columns of long words),
 * 10 pt landscape with the columns shrunk in proportion — the table never leaves the text area.
 */
function chooseFit(grid: Grid, measures: Map<GridCell, CellMeasure>, headerRows: number, relative: readonly number[]): Fit {
  const shares = relative.length === grid.columns ? relative : [];
  for (const landscape of [false, true]) {
    const total = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
    for (const sizePt of TABLE.sizesPt) {
      const { min, max } = columnBounds(grid, measures, sizePt, headerRows);
      const columns = fitColumns(min, max, total, shares);
      if (columns) return { sizePt, landscape, columns };
    }
  }
  const sizePt = TABLE.sizesPt[TABLE.sizesPt.length - 1]!;
  const { min } = columnBounds(grid, measures, sizePt, headerRows);
  const sum = min.reduce((a, b) => a + b, 0);
  return { sizePt, landscape: true, columns: roundTo(min.map((m) => (m * LANDSCAPE_TEXT_WIDTH) / sum), LANDSCAPE_TEXT_WIDTH) };
}

/** A row taller than the page cannot be kept whole: Word would push it off the page's end. */
function rowFitsPage(row: GridCell[], fit: Fit, measures: Map<GridCell, CellMeasure>): boolean {
  const lineHeight = fit.sizePt * 20 * NATURAL_LINE_EM * (TABLE.line / 240);
  const pageHeight = fit.landscape ? LANDSCAPE_TEXT_HEIGHT : TEXT_HEIGHT;
  let tallest = 0;
  for (const cell of row) {
    const m = measures.get(cell);
    if (!m || cell.rowSpan > 1) continue;
    const width = fit.columns.slice(cell.col, cell.col + cell.span).reduce((a, b) => a + b, 0) - 2 * TABLE.cellMarginX;
    tallest = Math.max(tallest, wrappedLines(m, fit.sizePt, width) * lineHeight + 2 * TABLE.cellMarginY);
  }
  return tallest <= pageHeight;
}

/** `endMark`: this table ends the body, so "./." follows it in a paragraph of its own (core/end-mark.ts). */
export function planBang(bang: Bang, s: SizeSet, endMark: boolean): PlanBang {
  const grid = placeCells(bang);
  const headerRows = Math.min(bang.soHangTieuDe, grid.rows.length);
  const meter = new CellMeter();
  const measures = new Map<GridCell, CellMeasure>();
  for (const row of grid.rows) for (const cell of row) if (!cell.covered && cell.text) measures.set(cell, meter.measure(cell.text, cell.row < headerRows));
  const fit = chooseFit(grid, measures, headerRows, bang.doRong);
  const rows: PlanGridRow[] = grid.rows.map((row, r) => {
    const header = r < headerRows;
    return {
      header,
      cantSplit: rowFitsPage(row, fit, measures),
      cells: row.map((cell): PlanCell => {
        const lines = cell.text ? cell.text.split('\n') : [];
        const notes = cell.covered || cell.source < 0 ? undefined : placeNotes(bang.hang[cell.row]!.o[cell.source]!.chuThich, lines);
        return {
          col: cell.col,
          span: cell.span,
          rowSpan: cell.rowSpan,
          covered: cell.covered,
          lines,
          // Header cells are centred whatever their column holds; a merged cell takes its first column's alignment.
          align: header ? 'center' : ALIGN[bang.canLe[cell.col] ?? 'trai'],
          bold: header,
          ...(notes ? { notes } : {}),
        };
      }),
    };
  });
  const width = fit.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const before: PlanParagraph[] = [];
  if (bang.tieuDe) {
    before.push(para('bang.tieuDe', balancedLines(bang.tieuDe, width, s.body, { bold: true }), s.body, { bold: true, before: TABLE.captionBefore, keepNext: true }));
  }
  if (bang.donViTinh) {
    // Right-aligned over the figures it qualifies, italic as the forms of the Ministry of Finance set it.
    before.push(para('bang.donViTinh', bang.donViTinh, fit.sizePt, { italic: true, align: 'right', before: before.length ? 0 : TABLE.captionBefore, keepNext: true, wrap: true }));
  }
  const after = bang.ghiChu.map((g, i) => para('bang.ghiChu', g, fit.sizePt, { italic: true, align: 'both', before: i === 0 ? TABLE.notesBefore : 0, wrap: true }));
  if (endMark) after.push(para('ketThuc.dau', END_MARK, s.body, { align: 'both', firstLine: BODY.firstLine, before: BODY.before, line: BODY.line, wrap: true }));
  return { kind: 'bang', landscape: fit.landscape, before, grid: { kind: 'grid', role: 'bang', columns: fit.columns, sizePt: fit.sizePt, rows }, after };
}
