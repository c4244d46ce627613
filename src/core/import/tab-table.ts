// Data tables in plain text: Word and Excel copy a table one row a line, cells split by TAB, a
// merged cell as its text followed by empty cells. Prose uses TABs too — a leader before a figure
// ("giao: ⇥326 biên chế."), Word's list numbering ("1.⇥Tình hình") — and those lines stay text.
import { splitLineRows } from './bang.ts';
import { headerRows, mergeHeaderGaps } from './bang-shape.ts';
import { LIMITS } from '../model/van-ban.ts';
import { checkTableLimits, tableTooWide } from './limits.ts';
import { splitMarker } from './marker.ts';
import type { MucNhap, ONhap } from './nguon.ts';

/** Zero-width characters and a byte-order mark, invisible at either end of a cell. */
const INVISIBLE_ENDS = /^[\u200B-\u200D\uFEFF]+|[\u200B-\u200D\uFEFF]+$/g;

export function tidyCell(text: string): string {
  return text.replace(INVISIBLE_ENDS, '').trim();
}

function cellCount(line: string): number {
  let n = 1;
  for (let i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) n++;
  return n;
}

/**
 * A line whose TABs belong to a sentence: at most one filled piece (an indent), or one run of TABs
 * between a lead-in and its figure, where the lead-in ends with ":", carries a list marker
 * ("- Hội …: ⇥⇥326 người.") or is a sentence in itself.
 */
export function isProseTabLine(line: string): boolean {
  // Far more cells than a table may have is a table row (refused by its limit), not a sentence.
  if (cellCount(line) > 2 * LIMITS.tableColumns) return false;
  const pieces = line.split(/\t+/).map(tidyCell);
  const filled = pieces.filter((p) => p.length > 0);
  if (filled.length <= 1) return true;
  if (filled.length > 2 || pieces.length !== 2) return false;
  const lead = pieces[0]!;
  return lead.endsWith(':') || splitMarker(lead).capDo !== 'doan' || lead.split(/\s+/).length >= 6;
}

/**
 * Consecutive TAB lines that are a data table rather than prose with TABs in it: two rows or more
 * that read as rows, or one with three cells or more (a row copied alone).
 */
export function isTabTable(lines: readonly string[]): boolean {
  const rows = lines.filter((l) => !isProseTabLine(l));
  return rows.length >= 2 || (rows.length === 1 && rows[0]!.split('\t', 2 * LIMITS.tableColumns).filter((c) => tidyCell(c) !== '').length >= 3);
}

/**
 * The table of TAB lines: cells as typed, header rows found, header gaps merged into spans. Title,
 * unit and note rows a spreadsheet selection carried along come out as the lines they are, before
 * and after it, so the header is read without them.
 */
export function tabTable(lines: readonly string[]): MucNhap[] {
  // Counted before splitting: a 10 000-column paste is refused by the name of its limit, cheaply.
  const widest = Math.max(...lines.map(cellCount));
  if (widest > LIMITS.tableColumns) throw tableTooWide(lines[0]!.slice(0, 500).split('\t').map(tidyCell).find((c) => c !== '') ?? '', widest);
  const rows: ONhap[][] = lines.map((l) => l.split('\t').map((text) => ({ text: tidyCell(text), gopCot: 1, gopHang: 1 })));
  checkTableLimits(rows);
  const { tieuDe, donViTinh, ghiChu, rows: hang } = splitLineRows(rows);
  const h = headerRows(hang);
  return [...[tieuDe, donViTinh].filter((l) => l !== ''), { kind: 'bang', hang: mergeHeaderGaps(hang, h), soHangTieuDe: h }, ...ghiChu];
}
