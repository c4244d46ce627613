// Pasted text → the items the importer reads: one paragraph a line, NFC, trimmed, no blank lines;
// data tables (TAB rows) as tables; the header and signature layout tables as the lines they hold.
import { cleanText } from '../text/normalize.ts';
import { isBareMarker } from './marker.ts';
import { isQuocHieu, isTieuNgu, isUpperLine, noiNhanRest, quyenHanLine } from './line-kinds.ts';
import type { MucNhap } from './nguon.ts';
import { parseSoLine } from './so-ky-hieu-line.ts';
import { parseNgayThangLine } from './ngay-thang-line.ts';
import { isTabTable, tabTable, tidyCell as tidy } from './tab-table.ts';

/** Page breaks and Unicode line separators that PDF viewers and Word leave in copied text. */
const BREAKS = /[\f\v\u0085\u2028\u2029]/g;
/** Raw lines, with each tab still in place, for the table logic below. */
function rawLines(text: string): string[] {
  return cleanText(text.replace(BREAKS, '\n')).split('\n');
}

/** Word's copied list numbering ("1.<tab>Tình hình"): the tab belongs to the marker, not to a table. */
function joinMarkerTab(line: string): string {
  const m = /^([^\t]*)\t+/.exec(line);
  return m && isBareMarker(m[1]!) ? `${m[1]!.trim()} ${line.slice(m[0].length)}` : line;
}

/**
 * Word's list numbering copied as text, "1.<tab>Tình hình": a paragraph, never a table row. One TAB
 * only: two in a row are an empty cell, as in a table row "-<tab><tab>Tổng cộng" ("-" for nil).
 */
function isListTabLine(line: string): boolean {
  const m = /^([^\t]*)\t([^\t]*)$/.exec(line);
  return m !== null && isBareMarker(m[1]!);
}

/** Cells of one flattened table row; a leading tab means the first cell was empty. */
function cells(line: string): string[] {
  return line.split(/\t+/).map(tidy);
}

/** Cells that only the header or signature tables hold: they tell a flattened layout table from tabbed prose. */
function isLayoutCell(cell: string): boolean {
  return (
    isQuocHieu(cell) ||
    isTieuNgu(cell) ||
    parseSoLine(cell) !== null ||
    parseNgayThangLine(cell) !== null ||
    noiNhanRest(cell) !== null ||
    quyenHanLine(cell) !== null
  );
}

/** A row of the header or signature table (two or three cells, one of which only they hold). */
function isLayoutRow(line: string): boolean {
  // Split with a bound: a 10 000-cell row is no layout row, and is not split whole here.
  return line.split('\t', 9).length <= 8 && cells(joinMarkerTab(line)).some(isLayoutCell);
}

/** Rows of a flattened table whose right cell was empty come through without a tab. */
const MAX_UNTABBED_ROWS = 15;

/** Such a row holds a Nơi nhận item or an agency name line, never prose. */
function mayBeUntabbedRow(line: string): boolean {
  const s = tidy(line);
  return /^[-–•]/.test(s) || isUpperLine(s);
}

/**
 * A Word table copied as text gives one line per row with tabs between cells, so the header reads
 * "ỦY BAN NHÂN DÂN<tab>CỘNG HÒA …". Reading such a run column by column restores what each cell
 * holds in order: the issuing body, then the national title; the Nơi nhận list, then the signature.
 * Returns the index after the run.
 */
function flattenLayoutTable(raw: readonly string[], i: number, out: MucNhap[]): number {
  let lastTabbed = i;
  for (let k = i + 1; k < raw.length && k - lastTabbed <= MAX_UNTABBED_ROWS; k += 1) {
    const row = joinMarkerTab(raw[k]!);
    if (row.includes('\t')) lastTabbed = k;
    else if (row.trim() !== '' && !mayBeUntabbedRow(row)) break;
  }
  // A signature laid out beside the Nơi nhận list with TABs holds fewer lines than the list: the
  // list's last items come without a TAB, and still belong to its column.
  if (noiNhanRest(cells(joinMarkerTab(raw[i]!))[0] ?? '') !== null) {
    while (lastTabbed + 1 < raw.length && /^[-–•+]/.test(tidy(raw[lastTabbed + 1]!))) lastTabbed += 1;
  }
  const rows = raw
    .slice(i, lastTabbed + 1)
    .map(joinMarkerTab)
    .filter((r) => r.trim() !== '')
    .map(cells);
  const width = Math.max(...rows.map((r) => r.length));
  for (let c = 0; c < width; c += 1) for (const r of rows) if (r[c]) out.push(r[c]!);
  return lastTabbed + 1;
}

/** TAB lines that are not a layout table: a data table, or prose whose tabs become spaces. */
function readTabRun(lines: readonly string[], out: MucNhap[]): void {
  if (isTabTable(lines)) out.push(...tabTable(lines));
  else for (const l of lines) out.push(cells(joinMarkerTab(l)).filter((c) => c.length > 0).join(' '));
}

function readRaw(raw: readonly string[]): MucNhap[] {
  const out: MucNhap[] = [];
  let i = 0;
  const tabRow = (line: string) => line.includes('\t') && !isListTabLine(line);
  while (i < raw.length) {
    if (!tabRow(raw[i]!)) {
      out.push(tidy(joinMarkerTab(raw[i]!)).replace(/\t+/g, ' '));
      i += 1;
      continue;
    }
    let end = i;
    while (end < raw.length && tabRow(raw[end]!)) end += 1;
    // Rows before the first one holding a header or signature cell are read on their own, so a data
    // table standing right above the signature table keeps its columns.
    let layout = i;
    while (layout < end && !isLayoutRow(raw[layout]!)) layout += 1;
    if (layout > i) readTabRun(raw.slice(i, layout), out);
    i = layout < end ? flattenLayoutTable(raw, layout, out) : end;
  }
  return out;
}

/** A gap of four spaces or more: where a header laid out with the space bar puts its second column. */
const SPACE_GAPS = / {4,}/g;

/**
 * A line whose two columns stand apart by spaces, not a TAB ("ỦY BAN NHÂN DÂN            CỘNG HÒA …"):
 * the widest gap becomes a TAB when that makes a header or signature row (a "Số:     /UBND" keeps its
 * blank, which is narrower than the gap between the columns). Any other line is left as it is.
 */
function withColumnGap(line: string): string {
  if (line.includes('\t')) return line;
  const t = line.trim();
  let widest: RegExpExecArray | null = null;
  for (const m of t.matchAll(SPACE_GAPS)) if (!widest || m[0].length > widest[0].length) widest = m;
  if (!widest) return line;
  const right = t.slice(widest.index + widest[0].length);
  const row = `${t.slice(0, widest.index)}\t${right}`;
  // A line that is one header or signature cell already ("Số:         /BC-UBND") keeps its blanks,
  // unless what stands right of the gap is a cell of its own (the date beside the Số).
  return isLayoutRow(row) && (!isLayoutCell(t) || isLayoutCell(right)) ? row : line;
}

/**
 * Lines any reader hands over (a .docx, clipboard HTML) whose header or signature was laid out with
 * TABs or spaces instead of a table: read column by column as a paste's are (flattenLayoutTable), so
 * the issuing body comes before the Quốc hiệu and the Nơi nhận list before the signer. Other lines
 * and the tables pass as they are.
 */
export function unfoldLayoutLines(items: readonly MucNhap[]): MucNhap[] {
  const out: MucNhap[] = [];
  let i = 0;
  while (i < items.length) {
    let end = i;
    while (end < items.length && typeof items[end] === 'string') end += 1;
    if (end === i) {
      out.push(items[i]!);
      i += 1;
      continue;
    }
    const raw = (items.slice(i, end) as string[]).map(withColumnGap);
    for (let k = 0; k < raw.length; ) {
      if (raw[k]!.includes('\t') && !isListTabLine(raw[k]!) && isLayoutRow(raw[k]!)) k = flattenLayoutTable(raw, k, out);
      else out.push(raw[k++]!);
    }
    i = end;
  }
  return out;
}

/** The items of a pasted document: non-blank lines (NFC, trimmed) and data tables, in order. */
export function textItems(text: string): MucNhap[] {
  return readRaw(rawLines(text)).filter((m) => typeof m !== 'string' || m.length > 0);
}

/**
 * Items from any reader, cleaned at the classifier's door as pasted text is: each line NFC, trimmed,
 * without XML-forbidden characters, split where it holds a line break, blank ones dropped. Tables
 * pass as they are (the schema cleans every cell).
 */
export function cleanItems(items: readonly MucNhap[]): MucNhap[] {
  return items.flatMap((m): MucNhap[] => (typeof m === 'string' ? cleanText(m.replace(BREAKS, '\n')).split('\n').map(tidy).filter((l) => l.length > 0) : [m]));
}
