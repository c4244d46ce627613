// Data tables in the .docx, read back: a real w:tbl with its grid and every width in twips inside the
// text area, merges, repeated header rows, rows kept whole, single 0.5 pt lines, one font size; the
// wide table on a landscape section whose page numbers continue; "./." after a final table.
import { beforeAll, describe, expect, it } from 'vitest';
import { vanBanSchema, type Bang, type VanBan } from '../../../src/core/model/van-ban.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { LANDSCAPE_PAGE, LANDSCAPE_TEXT_WIDTH, TABLE, TEXT_WIDTH } from '../../../src/export/layout.ts';
import { planBang } from '../../../src/export/plan-bang.ts';
import { SIZES } from '../../../src/export/layout.ts';
import { textWidthTwips } from '../../../src/export/text-metrics.ts';
import { attr, child, children, els, paragraphText, path, readDocx, readTable, type XmlElement } from '../../helpers/docx-reader.ts';
import { BANG_11_COT, BANG_5_COT, bangBlock, baoCaoHaiBang } from '../../helpers/table-documents.ts';

const body = (doc: XmlElement) => child(doc, 'body')!;
const top = (doc: XmlElement) => Array.from(body(doc).childNodes).filter((n) => n.nodeType === 1) as XmlElement[];
/** Data tables: the ones with lines (the header and signature tables have none). */
const dataTables = (doc: XmlElement) => children(body(doc), 'tbl').filter((t) => attr(path(t, 'tblPr', 'tblBorders', 'top'), 'val') === 'single');
const gridCols = (t: XmlElement) => els(path(t, 'tblGrid')!, 'gridCol').map((g) => Number(attr(g, 'w')));
const sectPrOf = (p: XmlElement) => path(p, 'pPr', 'sectPr');
/** The size of a table's text: from the paragraph style every cell uses ("Bang13"). */
const styleOf = (t: XmlElement) => [...new Set(els(t, 'p').map((p) => attr(path(p, 'pPr', 'pStyle'), 'val')))];
const sizeOf = (t: XmlElement) => Number(/^Bang(\d+)$/.exec(styleOf(t)[0] ?? '')?.[1]);

async function docOf(v: VanBan): Promise<XmlElement> {
  return readDocx(await exportDocx(v)).document;
}

/** A paragraph style of styles.xml by id. */
function style(styles: XmlElement, id: string): XmlElement | undefined {
  return els(styles, 'style').find((st) => attr(st, 'styleId') === id);
}

describe('a report with a 5-column and an 11-column table', () => {
  let v: VanBan;
  let doc: XmlElement;
  let styles: XmlElement;
  let tables: XmlElement[];
  beforeAll(async () => {
    v = baoCaoHaiBang();
    const docx = readDocx(await exportDocx(v));
    doc = docx.document;
    styles = docx.styles;
    tables = dataTables(doc);
  });

  it('has two real tables with every cell in order, merges as gridSpan/vMerge', () => {
    expect(tables).toHaveLength(2);
    expect(readTable(tables[0]!)).toEqual(BANG_5_COT.hang.map((h) => h.o));
    expect(readTable(tables[1]!)).toEqual(BANG_11_COT.hang.map((h) => h.o));
    const [first, second] = children(tables[1]!, 'tr');
    const tcs = children(first!, 'tc');
    expect(attr(path(tcs[0]!, 'tcPr', 'vMerge'), 'val')).toBe('restart');
    expect(attr(path(tcs[3]!, 'tcPr', 'gridSpan'), 'val')).toBe('3');
    expect(attr(path(tcs[4]!, 'tcPr', 'gridSpan'), 'val')).toBe('4');
    const covered = children(second!, 'tc')[0]!;
    expect(path(covered, 'tcPr', 'vMerge')).toBeDefined();
    expect(attr(path(covered, 'tcPr', 'vMerge'), 'val')).toBeNull();
  });

  it('writes a fixed layout, the grid and every cell width in dxa, summing to the text area (portrait, then landscape)', () => {
    for (const [t, width] of [[tables[0]!, TEXT_WIDTH], [tables[1]!, LANDSCAPE_TEXT_WIDTH]] as const) {
      expect(attr(path(t, 'tblPr', 'tblLayout'), 'type')).toBe('fixed');
      expect(attr(path(t, 'tblPr', 'tblW'), 'type')).toBe('dxa');
      const cols = gridCols(t);
      expect(cols.reduce((a, b) => a + b, 0)).toBe(width);
      for (const tr of children(t, 'tr')) {
        let col = 0;
        for (const tc of children(tr, 'tc')) {
          const span = Number(attr(path(tc, 'tcPr', 'gridSpan'), 'val') ?? 1);
          const tcW = path(tc, 'tcPr', 'tcW')!;
          expect(attr(tcW, 'type')).toBe('dxa');
          expect(Number(attr(tcW, 'w'))).toBe(cols.slice(col, col + span).reduce((a, b) => a + b, 0));
          col += span;
        }
        expect(col).toBe(cols.length);
      }
    }
    expect(readDocxText(doc)).not.toMatch(/w:type="pct"/);
  });

  it('gives no column less room than its longest word', () => {
    for (const [t, bang] of [[tables[0]!, BANG_5_COT], [tables[1]!, BANG_11_COT]] as const) {
      const size = sizeOf(t);
      children(t, 'tr').forEach((tr, r) => {
        for (const tc of children(tr, 'tc')) {
          const text = children(tc, 'p').map(paragraphText).join(' ');
          const longest = Math.max(0, ...text.split(/\s+/).map((w) => textWidthTwips(w, size, { bold: r < bang.soHangTieuDe })));
          expect(Number(attr(path(tc, 'tcPr', 'tcW'), 'w')) - 2 * TABLE.cellMarginX, `«${text}»`).toBeGreaterThanOrEqual(longest);
        }
      });
    }
  });

  it('draws single 0.5 pt lines, small cell margins, one size of Times New Roman, header rows bold and centred and repeated', () => {
    for (const [t, bang] of [[tables[0]!, BANG_5_COT], [tables[1]!, BANG_11_COT]] as const) {
      const borders = path(t, 'tblPr', 'tblBorders')!;
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
        expect([attr(child(borders, side), 'val'), attr(child(borders, side), 'sz')]).toEqual(['single', '4']);
      }
      expect(attr(path(t, 'tblPr', 'tblCellMar', 'left'), 'w')).toBe(String(TABLE.cellMarginX));
      // Every cell paragraph uses the 13 pt table style, which sets Times New Roman in full, vi-VN, black, single spacing; no run overrides it.
      expect(styleOf(t)).toEqual(['Bang13']);
      const st = style(styles, 'Bang13')!;
      expect(attr(st, 'type')).toBe('paragraph');
      expect(attr(path(st, 'rPr', 'sz'), 'val')).toBe('26');
      const fonts = path(st, 'rPr', 'rFonts')!;
      for (const k of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, k)).toBe('Times New Roman');
      expect(attr(path(st, 'rPr', 'lang'), 'val')).toBe('vi-VN');
      expect(attr(path(st, 'rPr', 'color'), 'val')).toBe('000000');
      const sp = path(st, 'pPr', 'spacing');
      expect(['before', 'after', 'line', 'lineRule'].map((k) => attr(sp, k))).toEqual(['0', '0', '240', 'auto']);
      for (const r of els(t, 'r')) for (const k of ['rFonts', 'sz', 'i', 'color']) expect(path(r, 'rPr', k)).toBeUndefined();
      children(t, 'tr').forEach((tr, i) => {
        const header = i < bang.soHangTieuDe;
        expect(!!path(tr, 'trPr', 'tblHeader'), `row ${i}`).toBe(header);
        expect(!!path(tr, 'trPr', 'cantSplit'), `row ${i}`).toBe(true);
        for (const tc of children(tr, 'tc')) {
          const p = child(tc, 'p')!;
          for (const r of els(p, 'r')) expect(!!path(r, 'rPr', 'b')).toBe(header);
          if (header) expect(attr(path(p, 'pPr', 'jc'), 'val')).toBe('center');
          expect(attr(path(tc, 'tcPr', 'vAlign'), 'val')).toBe(header ? 'center' : null);
        }
      });
    }
    // Body cells follow their column: STT centred, names left, figures right.
    const row1 = children(children(tables[0]!, 'tr')[1]!, 'tc').map((tc) => attr(path(child(tc, 'p')!, 'pPr', 'jc'), 'val') ?? 'left');
    expect(row1).toEqual(['center', 'left', 'right', 'right', 'right']);
  });

  it('puts the caption and unit line above each table, the notes below', () => {
    const items = top(doc);
    const i = items.indexOf(tables[0]!);
    const [caption, unit] = [items[i - 2]!, items[i - 1]!];
    expect(paragraphText(caption)).toBe(BANG_5_COT.tieuDe);
    expect(attr(path(caption, 'pPr', 'jc'), 'val')).toBe('center');
    expect(path(caption, 'pPr', 'keepNext')).toBeDefined();
    expect(paragraphText(unit)).toBe(BANG_5_COT.donViTinh);
    expect(attr(path(unit, 'pPr', 'jc'), 'val')).toBe('right');
    expect(els(unit, 'r').every((r) => path(r, 'rPr', 'i'))).toBe(true);
    expect(path(unit, 'pPr', 'keepNext')).toBeDefined();
    expect(paragraphText(items[i + 1]!)).toBe(BANG_5_COT.ghiChu[0]);
    // The paragraph after the notes keeps the body's rules.
    const next = items[i + 2]!;
    expect(attr(path(next, 'pPr', 'ind'), 'firstLine')).toBe('720');
    expect(attr(path(next, 'pPr', 'spacing'), 'before')).toBe('120');
  });

  it('sets the wide table on a landscape section of its own whose page numbers continue, and ends the body with "./." after it', () => {
    const items = top(doc);
    const t = items.indexOf(tables[1]!);
    const breaks = items.map((e, k) => [k, e.localName === 'p' ? sectPrOf(e) : undefined] as const).filter(([, s]) => s);
    expect(breaks).toHaveLength(2);
    const [[before, portrait], [after, landscape]] = breaks as unknown as [[number, XmlElement], [number, XmlElement]];
    expect(before).toBe(t - 3); // break, caption, unit line, table
    expect(attr(child(portrait, 'pgSz'), 'orient')).toBe('portrait');
    expect(child(portrait, 'titlePg')).toBeDefined();
    expect(attr(child(landscape, 'pgSz'), 'orient')).toBe('landscape');
    expect([attr(child(landscape, 'pgSz'), 'w'), attr(child(landscape, 'pgSz'), 'h')]).toEqual([String(LANDSCAPE_PAGE.width), String(LANDSCAPE_PAGE.height)]);
    expect(attr(child(landscape, 'pgMar'), 'top')).toBe(String(LANDSCAPE_PAGE.marginTop));
    // Numbers continue: no restart, and the first landscape page shows its number.
    expect(child(landscape, 'pgNumType')).toBeUndefined();
    expect(child(landscape, 'titlePg')).toBeUndefined();
    expect(els(landscape, 'headerReference')).toHaveLength(2);
    // Notes, then the end mark, then the section ends; the signature follows on portrait pages.
    expect(paragraphText(items[t + 1]!)).toBe(BANG_11_COT.ghiChu[0]);
    expect(paragraphText(items[t + 2]!)).toBe('./.');
    expect(after).toBe(t + 3);
    const last = child(body(doc), 'sectPr')!;
    expect(attr(child(last, 'pgSz'), 'orient')).toBe('portrait');
    expect(child(last, 'pgNumType')).toBeUndefined();
    expect(child(last, 'titlePg')).toBeUndefined();
    // The end mark stands once in the document.
    expect(els(doc, 'p').filter((p) => paragraphText(p).endsWith('./.'))).toHaveLength(1);
  });
});

function readDocxText(doc: XmlElement): string {
  return doc.toString();
}

const bang = (hang: string[][], extra: Partial<Bang> = {}): Bang => ({
  tieuDe: '', donViTinh: '', soHangTieuDe: 0, canLe: [], doRong: [], ghiChu: [],
  hang: hang.map((r) => ({ o: r.map((text) => ({ text, gopCot: 1, gopHang: 1 })) })),
  ...extra,
});
const s = SIZES.lon;

describe('table layout choices', () => {
  it('steps the size down from 13 pt only as far as the longest words need, then turns the page', () => {
    const word = (n: number) => '0'.repeat(n);
    const need = (cols: number, n: number, pt: number) => cols * (textWidthTwips(word(n), pt) + 2 * TABLE.cellMarginX + TABLE.slack);
    const seen = new Set<string>();
    for (let n = 4; n <= 40; n++) for (let k = 8; k <= 12; k++) {
      const p = planBang(bang([Array.from({ length: k }, () => word(n))]), s, false);
      const cols = p.grid.columns;
      seen.add(`${p.grid.sizePt}${p.landscape ? 'L' : 'P'}`);
      const total = p.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
      expect(cols.reduce((a, b) => a + b, 0)).toBe(total);
      const larger = [13, 12, 11, 10].filter((pt) => pt > p.grid.sizePt);
      if (need(k, n, 10) <= total) {
        expect(Math.min(...cols)).toBeGreaterThanOrEqual(textWidthTwips(word(n), p.grid.sizePt) + 2 * TABLE.cellMarginX);
        // No larger size would have held the words on this page, nor any on a portrait one if landscape.
        for (const pt of larger) expect(need(k, n, pt)).toBeGreaterThan(total - k);
        if (p.landscape) expect(need(k, n, 10)).toBeGreaterThan(TEXT_WIDTH - k);
      }
    }
    // The sweep passed through every step: 13 … 10 pt portrait, then landscape.
    for (const k of ['13P', '12P', '11P', '10P', '13L', '10L']) expect(seen).toContain(k);
  });

  it('never leaves the text area, even with 30 columns of long words', () => {
    const p = planBang(bang([Array.from({ length: 30 }, () => 'Siêudàikhôngcókhoảngtrắng')]), s, false);
    expect(p.landscape).toBe(true);
    expect(p.grid.sizePt).toBe(10);
    expect(p.grid.columns.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
  });

  it('lets a row taller than a page split, and keeps every other row whole', () => {
    const tall = Array.from({ length: 70 }, (_, i) => `dòng ${i + 1}`).join('\n');
    const p = planBang(bang([['STT', 'Nội dung'], ['1', tall], ['2', 'ngắn']], { soHangTieuDe: 1 }), s, false);
    expect(p.grid.rows.map((r) => r.cantSplit)).toEqual([true, false, true]);
  });

  it('fills a short row with empty cells and stops a span at a column already taken', () => {
    const o = (text: string, gopCot = 1, gopHang = 1) => ({ text, gopCot, gopHang });
    const p = planBang({ ...bang([]), hang: [{ o: [o('a', 1, 2), o('b'), o('c', 1, 2)] }, { o: [o('d', 3)] }] }, s, false);
    expect(p.grid.columns).toHaveLength(3);
    expect(p.grid.rows[1]!.cells.map((c) => [c.col, c.span, c.covered, c.lines.join()])).toEqual([[0, 1, true, ''], [1, 1, false, 'd'], [2, 1, true, '']]);
    const ragged = planBang(bang([['a', 'b', 'c'], ['d']]), s, false);
    expect(ragged.grid.rows[1]!.cells.map((c) => [c.col, c.lines.join()])).toEqual([[0, 'd'], [1, ''], [2, '']]);
  });

  it('takes the user’s relative widths, raising a column to its longest word', () => {
    const p = planBang(bang([['STT', 'Nội dung công việc', 'Kết quả']], { doRong: [1, 1, 2] }), s, false);
    const [a, b, c] = p.grid.columns as [number, number, number];
    expect(a + b + c).toBe(TEXT_WIDTH);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
    expect(Math.abs(c - 2 * a)).toBeLessThanOrEqual(2);
    const tight = planBang(bang([['Siêudàikhôngcókhoảngtrắng', 'x']], { doRong: [1, 50] }), s, false);
    expect(tight.grid.columns[0]).toBeGreaterThanOrEqual(textWidthTwips('Siêudàikhôngcókhoảngtrắng', 13) + 2 * TABLE.cellMarginX);
  });
});

describe('tables around the rest of the layout', () => {
  it('shares one landscape section between two wide tables in a row, and opens a section with a table after an empty mark', async () => {
    const wide = { ...BANG_11_COT, tieuDe: '', donViTinh: '', ghiChu: [] };
    const v = baoCaoHaiBang({ noiDung: [{ capDo: 'doan', text: 'Mở đầu.' }, bangBlock(wide), bangBlock(wide), { capDo: 'doan', text: 'Kết luận' }] });
    const items = top(await docOf(v));
    const breaks = items.map((e, k) => [k, e.localName === 'p' ? sectPrOf(e) : undefined] as const).filter(([, x]) => x);
    expect(breaks.map(([, x]) => attr(child(x!, 'pgSz'), 'orient'))).toEqual(['portrait', 'landscape']);
    const [k] = breaks[0]!;
    // The section starts with an empty paragraph, then the table (LibreOffice drops a break a table follows).
    expect(items[k + 1]!.localName).toBe('p');
    expect(paragraphText(items[k + 1]!)).toBe('');
    expect(items[k + 2]!.localName).toBe('tbl');
    expect(items[k + 3]!.localName).toBe('tbl');
    expect(paragraphText(items[breaks[1]![0] + 1]!)).toBe('Kết luận./.');
  });

  it('puts "./." after a table that ends a phụ lục, and none in its cells', async () => {
    const v = vanBanSchema.parse({
      ...baoCaoHaiBang(),
      kemTheo: [{ kieu: 'phu-luc', ten: 'Số liệu chi tiết', noiDung: [{ capDo: 'doan', text: 'Chi tiết như sau:' }, bangBlock(BANG_5_COT)] }],
    });
    const doc = await docOf(v);
    const items = top(doc);
    const last = dataTables(doc).at(-1)!;
    const t = items.indexOf(last);
    expect(readTable(last)).toEqual(BANG_5_COT.hang.map((h) => h.o));
    expect(paragraphText(items[t + 1]!)).toBe(BANG_5_COT.ghiChu[0]);
    expect(paragraphText(items[t + 2]!)).toBe('./.');
    expect(items.slice(t + 3).some((e) => e.localName === 'p' && paragraphText(e) !== '')).toBe(false);
    for (const tbl of dataTables(doc)) expect(readTable(tbl).flat().some((c) => c.text.includes('./.'))).toBe(false);
  });
});

describe('one document, one document.xml', () => {
  it('exports the same word/document.xml at any time and from a copy of the document (the list and the editor both hand exportDocx the stored model)', async () => {
    const v = baoCaoHaiBang();
    const a = readDocx(await exportDocx(v, new Date(2024, 0, 1))).files['word/document.xml'];
    const b = readDocx(await exportDocx(structuredClone(v), new Date(2025, 5, 6))).files['word/document.xml'];
    expect(a).toBeDefined();
    expect(b).toBe(a);
  });
});
