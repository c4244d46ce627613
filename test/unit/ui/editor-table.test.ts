import { describe, expect, it } from 'vitest';
import { bangSchema, LIMITS, type Bang } from '../../../src/core/model/van-ban.ts';
import { tableGrid } from '../../../src/core/table/grid.ts';
import {
  cellAt,
  cellOrder,
  fillCells,
  insertColumn,
  insertRow,
  isMerged,
  mergeCells,
  moveColumn,
  moveRow,
  nextCell,
  removeColumn,
  removeRow,
  setAlignment,
  setCellChuThich,
  setCellText,
  setHeaderRows,
  splitCell,
  tableSize,
} from '../../../src/ui/state/editor-table.ts';

/** A table from rows of texts; "a>2" spans two columns, "a^2" two rows. */
function tbl(rows: string[][], extra: Partial<Bang> = {}): Bang {
  return {
    tieuDe: '',
    donViTinh: '',
    soHangTieuDe: 0,
    canLe: [],
    doRong: [],
    ghiChu: [],
    ...extra,
    hang: rows.map((r) => ({
      o: r.map((s) => {
        const m = /^(.*?)(?:>(\d))?(?:\^(\d))?$/.exec(s)!;
        return { text: m[1]!, gopCot: Number(m[2] ?? 1), gopHang: Number(m[3] ?? 1) };
      }),
    })),
  };
}

/** The grid as text: each position its cell's text, a covered one "·". */
function show(bang: Bang | null): string[] {
  if (!bang) return ['null'];
  const g = tableGrid(bang);
  return bang.hang.map((_, r) =>
    Array.from({ length: g.columns }, (_, c) => {
      const p = g.owner(r, c);
      return !p ? '∅' : p.hang === r && p.cot === c ? p.cell.text || '_' : '·';
    }).join(' '),
  );
}

const valid = (bang: Bang | null) => bangSchema.safeParse(bang).success;

describe('table grid operations', () => {
  const t = tbl([['A', 'B', 'C'], ['1', '2', '3'], ['4', '5', '6']], { soHangTieuDe: 1, canLe: ['trai', 'phai', 'giua'] });

  it('types into one cell, keeping its footnotes with their words', () => {
    const withNote: Bang = { ...t, hang: [{ o: [{ text: 'ab', gopCot: 1, gopHang: 1, chuThich: [{ viTri: 2, noiDung: 'n' }] }] }] };
    const typed = setCellText(withNote, { r: 0, c: 0 }, 'Xab');
    expect(typed.hang[0]!.o[0]).toEqual({ text: 'Xab', gopCot: 1, gopHang: 1, chuThich: [{ viTri: 3, noiDung: 'n' }] });
    expect(show(setCellText(t, { r: 1, c: 2 }, 'ba'))).toEqual(['A B C', '1 2 ba', '4 5 6']);
    expect(setCellText(t, { r: 1, c: 2 }, '3')).toBe(t);
  });

  it('adds, removes and moves rows, keeping the header count', () => {
    expect(show(insertRow(t, 3))).toEqual(['A B C', '1 2 3', '4 5 6', '_ _ _']);
    expect(insertRow(t, 0)!.soHangTieuDe).toBe(2);
    expect(insertRow(t, 1)!.soHangTieuDe).toBe(1);
    expect(show(removeRow(t, 1))).toEqual(['A B C', '4 5 6']);
    expect(removeRow(t, 0)!.soHangTieuDe).toBe(0);
    expect(removeRow(tbl([['x']]), 0)).toBeNull();
    expect(show(moveRow(t, 2, -1))).toEqual(['A B C', '4 5 6', '1 2 3']);
    expect(moveRow(t, 2, 1)).toBeNull();
    expect(moveRow(t, 0, -1)).toBeNull();
  });

  it('adds, removes and moves columns with their alignment', () => {
    const wider = insertColumn(t, 1)!;
    expect(show(wider)).toEqual(['A _ B C', '1 _ 2 3', '4 _ 5 6']);
    expect(wider.canLe).toEqual(['trai', 'trai', 'phai', 'giua']);
    const narrower = removeColumn(t, 0)!;
    expect(show(narrower)).toEqual(['B C', '2 3', '5 6']);
    expect(narrower.canLe).toEqual(['phai', 'giua']);
    const moved = moveColumn(t, 0, 1)!;
    expect(show(moved)).toEqual(['B A C', '2 1 3', '5 4 6']);
    expect(moved.canLe).toEqual(['phai', 'trai', 'giua']);
    expect(moveColumn(t, 2, 1)).toBeNull();
    expect(removeColumn(tbl([['x'], ['y']]), 0)).toBeNull();
    // Without stored alignments and widths the lists stay empty (the layout decides).
    expect(insertColumn(tbl([['x']]), 0)!.canLe).toEqual([]);
    expect(insertColumn(tbl([['x', 'y']], { doRong: [2, 4] }), 2)!.doRong).toEqual([2, 4, 3]);
  });

  it('merges right and down, keeping both texts, and splits back', () => {
    const right = mergeCells(t, { r: 0, c: 0 }, 'phai')!;
    expect(show(right)).toEqual(['A\nB · C', '1 2 3', '4 5 6']);
    expect(right.hang[0]!.o[0]).toMatchObject({ gopCot: 2, gopHang: 1 });
    expect(isMerged(right, { r: 0, c: 0 })).toBe(true);
    const down = mergeCells(t, { r: 1, c: 2 }, 'duoi')!;
    expect(show(down)).toEqual(['A B C', '1 2 3\n6', '4 5 ·']);
    expect(down.hang[1]!.o[2]).toMatchObject({ gopCot: 1, gopHang: 2 });
    expect(valid(right) && valid(down)).toBe(true);
    // Not a rectangle: a two-row cell cannot take a one-row neighbour.
    expect(mergeCells(down, { r: 1, c: 1 }, 'phai')).toBeNull();
    expect(mergeCells(t, { r: 0, c: 2 }, 'phai')).toBeNull();
    expect(mergeCells(t, { r: 2, c: 0 }, 'duoi')).toBeNull();
    // An empty neighbour adds no line.
    expect(mergeCells(tbl([['a', '']]), { r: 0, c: 0 }, 'phai')!.hang[0]!.o).toEqual([{ text: 'a', gopCot: 2, gopHang: 1 }]);
    const split = splitCell(right, { r: 0, c: 0 })!;
    expect(show(split)).toEqual(['A\nB _ C', '1 2 3', '4 5 6']);
    expect(splitCell(t, { r: 0, c: 0 })).toBeNull();
  });

  it('row and column edits keep a merged cell whole: a span crossing a new line grows, a removed start moves on', () => {
    // "Chi thường xuyên" over two columns, a row header over two rows.
    const h = tbl([['STT^2', 'Chi>2'], ['Lương', 'Khác'], ['1', '5', '6']], { soHangTieuDe: 2 });
    expect(show(h)).toEqual(['STT Chi ·', '· Lương Khác', '1 5 6']);
    expect(show(insertColumn(h, 2))).toEqual(['STT Chi · ·', '· Lương _ Khác', '1 5 _ 6']);
    expect(show(insertRow(h, 1))).toEqual(['STT Chi ·', '· _ _', '· Lương Khác', '1 5 6']);
    expect(show(removeRow(h, 0))).toEqual(['STT Lương Khác', '1 5 6']);
    expect(show(removeColumn(h, 1))).toEqual(['STT Chi', '· Khác', '1 6']);
    expect(moveRow(h, 1, 1)).toBeNull();
    expect(moveColumn(h, 1, 1)).toBeNull();
    for (const x of [insertColumn(h, 2), insertRow(h, 1), removeRow(h, 0), removeColumn(h, 1)]) expect(valid(x)).toBe(true);
  });

  it('walks the cells in reading order for Tab, skipping covered places', () => {
    const h = tbl([['a>2', 'b'], ['c', 'd', 'e']]);
    expect(cellOrder(h)).toEqual([{ r: 0, c: 0 }, { r: 0, c: 2 }, { r: 1, c: 0 }, { r: 1, c: 1 }, { r: 1, c: 2 }]);
    expect(nextCell(h, { r: 0, c: 0 }, 1)).toEqual({ r: 0, c: 2 });
    expect(nextCell(h, { r: 1, c: 0 }, -1)).toEqual({ r: 0, c: 2 });
    expect(nextCell(h, { r: 1, c: 2 }, 1)).toBeNull();
    expect(cellAt(h, 0, 1)).toEqual({ r: 0, c: 0 });
    expect(cellAt(h, 9, 9)).toEqual({ r: 1, c: 2 });
  });

  it('sets a column’s alignment and the header rows within 0–3', () => {
    expect(setAlignment(tbl([['a', 'b', 'c']]), 2, 'phai').canLe).toEqual(['trai', 'trai', 'phai']);
    expect(setAlignment(t, 2, 'trai').canLe).toEqual(['trai', 'phai']);
    expect(setHeaderRows(t, 5).soHangTieuDe).toBe(3);
    expect(setHeaderRows(tbl([['a'], ['b']]), 3).soHangTieuDe).toBe(2);
    expect(setHeaderRows(t, -1).soHangTieuDe).toBe(0);
  });

  it('sets and clears a cell’s footnotes, leaving them out when none remain', () => {
    const noted = setCellChuThich(t, { r: 1, c: 1 }, [{ viTri: 1, noiDung: 'Ước tính' }]);
    expect(noted.hang[1]!.o[1]).toEqual({ text: '2', gopCot: 1, gopHang: 1, chuThich: [{ viTri: 1, noiDung: 'Ước tính' }] });
    expect(setCellChuThich(noted, { r: 1, c: 1 }, []).hang[1]!.o[1]).toEqual({ text: '2', gopCot: 1, gopHang: 1 });
    expect(valid(noted)).toBe(true);
  });

  it('fills pasted cells from a cell, growing the table, within the limits', () => {
    const filled = fillCells(t, { r: 2, c: 1 }, [['x', 'y', 'z'], ['p']]);
    expect(show(filled)).toEqual(['A B C _', '1 2 3 _', '4 x y z', '_ p _ _']);
    expect(tableSize(filled!)).toEqual({ rows: 4, columns: 4 });
    expect(valid(filled)).toBe(true);
    expect(fillCells(t, { r: 0, c: 0 }, [Array.from({ length: LIMITS.tableColumns + 1 }, () => 'x')])).toBeNull();
    expect(insertColumn(fillCells(t, { r: 0, c: 0 }, [Array.from({ length: LIMITS.tableColumns }, () => 'x')])!, 0)).toBeNull();
  });
});

describe('rows kept while typing', () => {
  it('hands back each row that places the same cells the same way, and a new array for the changed one', async () => {
    const { keepUnchangedRows } = await import('../../../src/ui/state/editor-table.ts');
    // A two-row header with a cell merged over two columns and one merged down.
    const bang = tbl([['STT^2', 'Chi>2', 'Ghi chú^2'], ['Thường', 'Đầu tư'], ['1', '10', '20', ''], ['2', '30', '40', '']], { soHangTieuDe: 2 });
    const first = keepUnchangedRows(tableGrid(bang).rows, []);
    const typed = setCellText(bang, { r: 2, c: 1 }, 'mới')!;
    const second = keepUnchangedRows(tableGrid(typed).rows, first);
    second.forEach((row, r) => (r === 2 ? expect(row).not.toBe(first[r]) : expect(row).toBe(first[r])));
    expect(second[2]!.find((p) => p.cot === 1)!.cell.text).toBe('mới');
  });
});
