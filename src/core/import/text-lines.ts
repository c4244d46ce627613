// Pasted text → the lines the importer reads: one paragraph a line, NFC, trimmed, no blank lines.
import { cleanText } from '../text/normalize.ts';
import { isBareMarker } from './marker.ts';
import { isQuocHieu, isTieuNgu, isUpperLine, noiNhanRest, quyenHanLine } from './line-kinds.ts';
import { parseSoLine } from './so-ky-hieu-line.ts';
import { parseNgayThangLine } from './ngay-thang-line.ts';

/** Page breaks and Unicode line separators that PDF viewers and Word leave in copied text. */
const BREAKS = /[\f\v\u0085\u2028\u2029]/g;
/** Zero-width characters and a byte-order mark, invisible at either end of a line. */
const INVISIBLE_ENDS = /^[\u200B-\u200D\uFEFF]+|[\u200B-\u200D\uFEFF]+$/g;

function tidy(line: string): string {
  return line.replace(INVISIBLE_ENDS, '').trim();
}

/** Raw lines, with each tab still in place, for the table logic below. */
function rawLines(text: string): string[] {
  return cleanText(text.replace(BREAKS, '\n')).split('\n');
}

/** Word's copied list numbering ("1.<tab>Tình hình"): the tab belongs to the marker, not to a table. */
function joinMarkerTab(line: string): string {
  const m = /^([^\t]*)\t+/.exec(line);
  return m && isBareMarker(m[1]!) ? `${m[1]!.trim()} ${line.slice(m[0].length)}` : line;
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
 */
function flattenTables(raw: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < raw.length) {
    const line = joinMarkerTab(raw[i]!);
    if (!line.includes('\t')) {
      out.push(tidy(line));
      i += 1;
      continue;
    }
    let lastTabbed = i;
    for (let k = i + 1; k < raw.length && k - lastTabbed <= MAX_UNTABBED_ROWS; k += 1) {
      const row = joinMarkerTab(raw[k]!);
      if (row.includes('\t')) lastTabbed = k;
      else if (row.trim() !== '' && !mayBeUntabbedRow(row)) break;
    }
    const rows = raw
      .slice(i, lastTabbed + 1)
      .map(joinMarkerTab)
      .filter((r) => r.trim() !== '')
      .map(cells);
    if (rows.some((r) => r.some(isLayoutCell))) {
      const width = Math.max(...rows.map((r) => r.length));
      for (let c = 0; c < width; c += 1) for (const r of rows) if (r[c]) out.push(r[c]!);
    } else {
      for (const r of rows) out.push(r.filter((c) => c.length > 0).join(' '));
    }
    i = lastTabbed + 1;
  }
  return out;
}

/** The non-blank lines of a pasted document, tables flattened, each NFC and trimmed. */
export function textLines(text: string): string[] {
  return flattenTables(rawLines(text)).filter((l) => l.length > 0);
}
