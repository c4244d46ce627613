// The preview's tables are the plan's: its flow is the same walk of the plan as the .docx (item for
// item), a data table keeps the plan's column widths and size, wide tables lie on landscape pages,
// and a page that continues a table has room for its header rows again.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { planDocument, type PlanGrid } from '../../../src/export/plan.ts';
import { entryWidth, flowItems, gridColumns, gridStyle, type FlowEntry } from '../../../src/ui/preview/flow.ts';
import { continuedTable, landscapePages, pageNumbers, paginate, type MeasuredItem } from '../../../src/ui/preview/paginate.ts';
import { child, readDocx, type XmlElement } from '../../helpers/docx-reader.ts';
import { BANG_11_COT, bangBlock, baoCaoHaiBang } from '../../helpers/table-documents.ts';

/** The .docx body's top-level elements as the flow should produce them: a paragraph or a table. */
function docxSequence(doc: XmlElement): string[] {
  const body = child(doc, 'body')!;
  return (Array.from(body.childNodes).filter((n) => n.nodeType === 1) as XmlElement[]).filter((e) => e.localName !== 'sectPr').map((e) => e.localName ?? '');
}

/** The flow as the .docx writes it: paragraphs and rules are w:p, tables w:tbl, a break one w:p (two before a table). */
function flowSequence(flow: FlowEntry[]): string[] {
  return flow.flatMap(({ item }) => {
    if (item.kind === 'table' || item.kind === 'grid') return ['tbl'];
    if (item.kind === 'break') return item.section && item.mark ? ['p', 'p'] : ['p'];
    return ['p'];
  });
}

describe('the preview flow is the walk the .docx writer takes', () => {
  const v = baoCaoHaiBang({
    kemTheo: [{ kieu: 'phu-luc', ten: 'Số liệu chi tiết', trichYeu: '', noiDung: [bangBlock({ ...BANG_11_COT, tieuDe: '' , donViTinh: '' })] }],
  });
  const plan = planDocument(v);
  const flow = flowItems(plan);

  it('item for item, breaks included', async () => {
    const doc = readDocx(await exportDocx(v)).document;
    expect(flowSequence(flow)).toEqual(docxSequence(doc));
  });

  it('draws the plan’s own table items, the wide ones on landscape pages', () => {
    const planned = plan.main.flatMap((m) => (m.kind === 'bang' ? [m] : []));
    const grids = flow.filter((e) => e.item.kind === 'grid');
    expect(grids.slice(0, 2).map((e) => e.item)).toEqual(planned.map((b) => b.grid));
    expect(grids[0]!.item).toBe(planned[0]!.grid);
    expect(grids.map((e) => e.landscape)).toEqual([false, true, true]);
    // The wide table's caption is laid out at the landscape width too, and the signature back on portrait.
    const caption = flow.find((e) => e.item.kind === 'text' && e.item.role === 'bang.tieuDe' && e.item.lines[0]!.startsWith('Biểu số 02'))!;
    expect(caption.landscape).toBe(true);
    expect(entryWidth(true)).toBe('728.5pt');
    const breaks = flow.filter((e) => e.item.kind === 'break').map((e) => e.item);
    expect(breaks).toEqual([
      { kind: 'break', section: true, mark: false, restart: false, landscape: true },
      { kind: 'break', section: true, mark: true, restart: false, landscape: false },
      { kind: 'break', section: true, mark: false, restart: true, landscape: false },
      { kind: 'break', section: true, mark: true, restart: false, landscape: true },
    ]);
  });

  it('sizes the table as the plan does: each column in points from its twips, one font size', () => {
    const g = flow.find((e) => e.item.kind === 'grid')!.item as PlanGrid;
    expect(gridColumns(g)).toEqual(g.columns.map((c) => `width:${c / 20}pt`));
    expect(gridStyle(g)).toContain(`width:${g.columns.reduce((a, b) => a + b, 0) / 20}pt`);
    expect(gridStyle(g)).toContain(`font-size:${g.sizePt}pt`);
  });
});

describe('tables across preview pages', () => {
  /** A table of `rows` rows of 10 px, header rows first, which may break above any row after the first body row. */
  const table = (top: number, rows: number, header: number): MeasuredItem => ({
    top,
    bottom: top + 10 * rows,
    lineStarts: Array.from({ length: rows - header - 1 }, (_, i) => top + 10 * (header + 1 + i)),
    keepNext: false,
    repeatHeight: 10 * header,
  });
  const text = (top: number, lines: number): MeasuredItem => ({ top, bottom: top + 10 * lines, lineStarts: Array.from({ length: lines - 1 }, (_, i) => top + 10 * (i + 1)), keepNext: false });
  const brk = (top: number, landscape: boolean): MeasuredItem => ({ top, bottom: top, lineStarts: [], keepNext: false, breakBefore: true, landscape });

  it('leaves room for the repeated header rows on every page the table runs onto', () => {
    // 2 header rows + 28 body rows of 10 px on pages of 100 px: 10 rows on the first page, 8 (+ header) after.
    const items = [table(0, 30, 2)];
    const starts = paginate(items, 100);
    expect(starts).toEqual([0, 100, 180, 260]);
    expect(starts.map((s) => continuedTable(items, s))).toEqual([-1, 0, 0, 0]);
  });

  it('lays landscape runs out on the shorter landscape page and numbers on', () => {
    const items = [text(0, 5), brk(50, true), table(50, 20, 1), brk(250, false), text(250, 3)];
    const starts = paginate(items, { portrait: 100, landscape: 60 });
    expect(starts).toEqual([0, 50, 110, 160, 210, 250]);
    expect(landscapePages(items, starts)).toEqual([false, true, true, true, true, false]);
    expect(pageNumbers(items, starts)).toEqual([null, 2, 3, 4, 5, 6]);
  });
});
