// A Word table (w:tbl) → what the classifier reads. Word documents use tables for two things: to lay
// out the page (the header table — issuing body beside the Quốc hiệu —, the signature table — Nơi
// nhận beside the signer —, a boxed trích yếu, a form) and to hold data. Layout tables are read as
// lines in the order the plain-text classifier expects from a pasted document: the header and
// signature tables column by column (left cell first, then right), other layout tables row by row.
// Data tables become a BangNhap with Word's gridSpan and vMerge turned into spans.
import type { BangNhap, MucNhap, ONhap } from '../nguon.ts';
import { isQuocHieu, isTieuNgu, kinhGuiRest, noiNhanRest, quyenHanLine } from '../line-kinds.ts';
import { children, intAttr, isW, MC_NS, wChild, wOn, wVal, type XElement } from './xml.ts';

/** One cell of the grid; `col` is its first grid column. */
export interface Cell {
  col: number;
  span: number;
  /** Vertical merge: this cell starts one, continues the one above, or neither. */
  merge: 'restart' | 'continue' | null;
  items: MucNhap[];
}

export interface Row {
  cells: Cell[];
  /** Repeated as a header row on every page (w:tblHeader). */
  header: boolean;
}

export interface TableReaders {
  cell(tc: XElement): MucNhap[];
  /** A row deleted with tracked changes was dropped. */
  deletedRow(): void;
}

/** A data table's cell holds a few short lines; more than this is a layout or a form. */
const MAX_DATA_CELL_LINES = 6;
const MAX_DATA_CELL_CHARS = 1000;
/** Header and signature tables are a few rows at most. */
const MAX_LAYOUT_ROWS = 6;

/** Footnote reference tokens the walker leaves in the text (resolved at the end). */
export const REF_TOKEN = /\u0001\d+\u0002/g;

const plain = (s: string) => s.replace(REF_TOKEN, '').trim();

/** Children of a container, looking through content controls and custom XML wrappers. */
function* unwrapped(el: XElement, name: string): Generator<XElement> {
  for (const c of children(el)) {
    if (isW(c, name)) yield c;
    else if (isW(c, 'sdt')) {
      const content = wChild(c, 'sdtContent');
      if (content) yield* unwrapped(content, name);
    } else if (isW(c, 'customXml') || (c.namespaceURI === MC_NS && c.localName === 'AlternateContent')) yield* unwrapped(c, name);
  }
}

export function parseRows(tbl: XElement, read: TableReaders): Row[] {
  const rows: Row[] = [];
  for (const tr of unwrapped(tbl, 'tr')) {
    const trPr = wChild(tr, 'trPr');
    if (wChild(trPr, 'del')) {
      read.deletedRow();
      continue;
    }
    let col = intAttr(wChild(trPr, 'gridBefore'), 'val', 0);
    const cells: Cell[] = [];
    for (const tc of unwrapped(tr, 'tc')) {
      const tcPr = wChild(tc, 'tcPr');
      const span = Math.max(1, intAttr(wChild(tcPr, 'gridSpan'), 'val', 1));
      const vMerge = wChild(tcPr, 'vMerge');
      const merge = vMerge ? (wVal(tcPr, 'vMerge') === 'restart' ? 'restart' : 'continue') : null;
      const items = read.cell(tc);
      const previous = cells[cells.length - 1];
      // Legacy horizontal merge: the continuing cell widens the one before it.
      if (previous && wVal(tcPr, 'hMerge') === 'continue') {
        previous.span += span;
        previous.items.push(...items);
      } else cells.push({ col, span, merge, items });
      col += span;
    }
    rows.push({ cells, header: wOn(trPr, 'tblHeader') });
  }
  return rows;
}

/** The text lines of a cell's items (a nested table's cells, one after another). */
function cellLines(items: readonly MucNhap[]): string[] {
  const out: string[] = [];
  for (const m of items) {
    if (typeof m === 'string') out.push(m);
    else for (const row of m.hang) for (const o of row) out.push(...o.text.split('\n'));
  }
  return out.filter((l) => plain(l) !== '');
}

export type TableKind = 'header' | 'signature' | 'layout' | 'data';

export function kindOf(rows: readonly Row[]): TableKind {
  const cells = rows.flatMap((r) => r.cells);
  const lines = cells.flatMap((c) => c.items.filter((m): m is string => typeof m === 'string').map(plain));
  if (rows.length <= MAX_LAYOUT_ROWS && lines.some((l) => isQuocHieu(l) || isTieuNgu(l))) return 'header';
  if (rows.length <= MAX_LAYOUT_ROWS && lines.some((l) => noiNhanRest(l) !== null || quyenHanLine(l) !== null)) return 'signature';
  const columns = new Set(cells.map((c) => c.col)).size;
  const nested = cells.some((c) => c.items.some((m) => typeof m !== 'string'));
  const long = cells.some((c) => {
    const ls = cellLines(c.items);
    return ls.length > MAX_DATA_CELL_LINES || ls.join('').length > MAX_DATA_CELL_CHARS;
  });
  return rows.length < 2 || columns < 2 || nested || long ? 'layout' : 'data';
}

/**
 * Left half first, then the right half, each top to bottom. Cells are placed by their centre on the
 * table's grid (w:tblGrid widths), not by their first grid column: rows of a header table often
 * start at different columns (gridBefore, a "V/v" cell spanning three columns under two cells).
 */
function byColumns(rows: readonly Row[], widths: readonly number[], out: MucNhap[]): void {
  const ncols = Math.max(widths.length, ...rows.flatMap((r) => r.cells.map((c) => c.col + c.span)));
  const edge = [0];
  for (let k = 0; k < ncols; k += 1) edge.push(edge[k]! + (widths[k] ?? 1));
  const middle = edge[ncols]! / 2;
  const centre = (c: Cell) => (edge[c.col]! + edge[Math.min(c.col + c.span, ncols)]!) / 2;
  for (const right of [false, true]) for (const r of rows) for (const c of r.cells) if (centre(c) >= middle === right) out.push(...c.items);
}

function byRows(rows: readonly Row[], out: MucNhap[]): void {
  for (const r of rows) for (const c of r.cells) out.push(...c.items);
}

/** Index of the header table's "Kính gửi" row, which is read row by row after the two columns. */
function kinhGuiRow(rows: readonly Row[]): number {
  return rows.findIndex((r) => {
    const first = r.cells.flatMap((c) => cellLines(c.items))[0];
    return first !== undefined && kinhGuiRest(plain(first)) !== null;
  });
}

function toBang(rows: readonly Row[]): BangNhap | null {
  const hang: ONhap[][] = [];
  const origin = new Map<string, ONhap>();
  for (const r of rows) {
    const out: ONhap[] = [];
    const first = r.cells[0]?.col ?? 0;
    if (first > 0) out.push({ text: '', gopCot: first, gopHang: 1 });
    for (const c of r.cells) {
      const text = cellLines(c.items).map((l) => l.trim()).join('\n');
      const above = c.merge === 'continue' ? origin.get(`${c.col}`) : undefined;
      if (above) {
        above.gopHang += 1;
        if (text) above.text = above.text ? `${above.text}\n${text}` : text;
        continue;
      }
      const o: ONhap = { text, gopCot: c.span, gopHang: 1 };
      if (c.merge === 'restart') origin.set(`${c.col}`, o);
      else origin.delete(`${c.col}`);
      out.push(o);
    }
    hang.push(out);
  }
  if (hang.every((row) => row.every((o) => o.text === ''))) return null;
  const bang: BangNhap = { kind: 'bang', hang };
  const headerRows = rows.findIndex((r) => !r.header);
  const n = headerRows === -1 ? rows.length : headerRows;
  if (n > 0) bang.soHangTieuDe = n;
  return bang;
}

/** The items a table contributes, in reading order. */
export function readTable(tbl: XElement, read: TableReaders): MucNhap[] {
  const rows = parseRows(tbl, read);
  const widths = [...children(wChild(tbl, 'tblGrid') ?? tbl)].filter((g) => isW(g, 'gridCol')).map((g) => Math.max(intAttr(g, 'w', 1), 1));
  const out: MucNhap[] = [];
  switch (kindOf(rows)) {
    case 'header': {
      const k = kinhGuiRow(rows);
      byColumns(k === -1 ? rows : rows.slice(0, k), widths, out);
      if (k !== -1) byRows(rows.slice(k), out);
      break;
    }
    case 'signature':
      byColumns(rows, widths, out);
      break;
    case 'layout':
      byRows(rows, out);
      break;
    case 'data': {
      const bang = toBang(rows);
      if (bang) out.push(bang);
    }
  }
  return out;
}
