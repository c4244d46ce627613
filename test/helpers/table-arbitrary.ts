// Generated tables (bảng) for property tests: cells with empty text, "< > & \" '", emoji, NFD
// letters, long words and figures; optional merged cells placed as HTML lists them (a covered cell is
// not listed). Shared by the import's round trip (text and HTML → model) and the export's
// (model → .docx → read back). `rawBangArb` gives what a caller would hand the schema (NFD kept);
// `bangArb` the same tables as the model stores them.
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { bangSchema, CAN_LE, LIMITS, type Bang } from '../../src/core/model/van-ban.ts';

/** Pieces of cell text that stress the writers and readers. */
const PIECES = [
  'Tổng cộng', 'Thôn Đông', 'Ủy ban nhân dân', 'Hoà'.normalize('NFD'), 'Nguyễn Thị Ánh'.normalize('NFD'), 'thuỷ lợi',
  '<b>', 'a < b', 'x > y', 'A & B', '"trích"', "'nháy'", '&amp;', ']]>', '😀', '👨‍👩‍👧', '🇻🇳',
  'Chủ-tịch-Ủy-ban-nhân-dân-xã-Hương-Long-kiêm-Trưởng-ban-chỉ-đạo', 'x'.repeat(60),
  '1.150', '1,150', '85,68', '2.500.000', '-', '12', '(1)', '0',
] as const;

const word = fc.oneof(fc.constantFrom(...PIECES), fc.stringMatching(/^[a-zđăâêôơư]{1,8}$/));

export interface TableArbOptions {
  /** Rows, header rows included. */
  rows?: { min: number; max: number };
  columns?: { min: number; max: number };
  /** Merged cells (gopCot / gopHang). */
  spans?: boolean;
  /** Cells over several lines (the model joins them with "\n"). */
  multiline?: boolean;
  /** Rows (from the top) whose cells are never empty. */
  filledRows?: number;
}

/** One line of a cell: words separated by one or more spaces, maybe padded. */
const cellLine = fc.array(word, { minLength: 1, maxLength: 4 }).chain((ws) => fc.constantFrom(' ', '  ').map((sep) => ws.join(sep)));

function cellText(multiline: boolean, canBeEmpty: boolean): fc.Arbitrary<string> {
  const filled = multiline ? fc.array(cellLine, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')) : cellLine;
  return canBeEmpty ? fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 4, arbitrary: filled }) : filled;
}

interface Merge {
  r: number;
  c: number;
  h: number;
  w: number;
}

/** Merges that do not overlap, from candidates, first come first kept. */
function placeMerges(rows: number, cols: number, candidates: readonly Merge[]): Merge[] {
  const taken = new Set<string>();
  const kept: Merge[] = [];
  for (const m of candidates) {
    const h = Math.min(m.h, rows - m.r);
    const w = Math.min(m.w, cols - m.c);
    if (h * w < 2) continue;
    const cells: string[] = [];
    for (let r = m.r; r < m.r + h; r++) for (let c = m.c; c < m.c + w; c++) cells.push(`${r},${c}`);
    if (cells.some((k) => taken.has(k))) continue;
    for (const k of cells) taken.add(k);
    kept.push({ r: m.r, c: m.c, h, w });
  }
  return kept;
}

/** A table as handed to the schema, before cleaning. */
export type RawBang = z.input<typeof bangSchema>;

export function rawBangArb(options: TableArbOptions = {}): fc.Arbitrary<RawBang> {
  const { rows = { min: 2, max: 8 }, columns = { min: 2, max: 8 }, spans = false, multiline = false, filledRows = 0 } = options;
  return fc
    .record({ nRows: fc.integer(rows), nCols: fc.integer({ min: columns.min, max: Math.min(columns.max, LIMITS.tableColumns) }) })
    .chain(({ nRows, nCols }) =>
      fc.record({
        texts: fc.tuple(...Array.from({ length: nRows }, (_, r) => fc.array(cellText(multiline, r >= filledRows), { minLength: nCols, maxLength: nCols }))),
        merges: spans
          ? fc.array(fc.record({ r: fc.nat(nRows - 1), c: fc.nat(nCols - 1), h: fc.integer({ min: 1, max: 3 }), w: fc.integer({ min: 1, max: 3 }) }), { maxLength: 4 })
          : fc.constant([] as Merge[]),
        soHangTieuDe: fc.integer({ min: 0, max: Math.min(LIMITS.headerRows, nRows - 1) }),
        canLe: fc.oneof(fc.constant([] as (typeof CAN_LE)[number][]), fc.array(fc.constantFrom(...CAN_LE), { minLength: nCols, maxLength: nCols })),
        tieuDe: fc.oneof(fc.constant(''), cellLine.map((l) => `Bảng 1. ${l}`)),
        donViTinh: fc.constantFrom('', 'Đơn vị tính: triệu đồng'),
        ghiChu: fc.oneof(fc.constant([] as string[]), cellLine.map((l) => [`Ghi chú: ${l}`])),
      }).map(({ texts, merges, ...rest }) => {
        const kept = placeMerges(nRows, nCols, merges);
        const covered = new Set<string>();
        const span = new Map<string, Merge>();
        for (const m of kept) {
          span.set(`${m.r},${m.c}`, m);
          for (let r = m.r; r < m.r + m.h; r++) for (let c = m.c; c < m.c + m.w; c++) if (r !== m.r || c !== m.c) covered.add(`${r},${c}`);
        }
        const hang = texts.map((row, r) => ({
          o: row.flatMap((text, c) => {
            if (covered.has(`${r},${c}`)) return [];
            const m = span.get(`${r},${c}`);
            return [{ text, gopCot: m?.w ?? 1, gopHang: m?.h ?? 1 }];
          }),
        }));
        return { ...rest, hang, doRong: [] };
      }),
    );
}

export function bangArb(options: TableArbOptions = {}): fc.Arbitrary<Bang> {
  return rawBangArb(options).map((raw) => bangSchema.parse(raw));
}

/** A table as Word or Excel copy it as plain text: one row a line, cells split by TAB. */
export function toTabText(raw: RawBang): string {
  return raw.hang.map((h) => h.o.map((o) => o.text ?? '').join('\t')).join('\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A table as a clipboard's HTML holds it, in one of the shapes Word and the spreadsheets write. */
export function toClipboardHtml(raw: RawBang, flavour: 'word' | 'excel' | 'sheets'): string {
  const cell = (o: RawBang['hang'][number]['o'][number]) => {
    const attrs = `${(o.gopCot ?? 1) > 1 ? ` colspan=${o.gopCot}` : ''}${(o.gopHang ?? 1) > 1 ? ` rowspan="${o.gopHang}"` : ''}`;
    const lines = (o.text ?? '').split('\n').map(escapeHtml);
    if (flavour === 'word') return `<td width=120 valign=top${attrs} style='border:solid windowtext 1.0pt'>${lines.map((l) => `<p class=MsoNormal>${l || '&nbsp;'}<o:p></o:p></p>`).join('\n')}</td>`;
    if (flavour === 'excel') return `<td class=xl65${attrs} style='mso-number-format:"\\@"'>${lines.join("<br style='mso-data-placement:same-cell'>")}</td>`;
    return `<td style="overflow:hidden;padding:2px 3px" data-sheets-value="{&quot;1&quot;:2,&quot;2&quot;:&quot;&gt;x&quot;}"${attrs}>${lines.join('<br>')}</td>`;
  };
  const rows = raw.hang.map((h) => `<tr style='height:15.0pt'>${h.o.map(cell).join('')}</tr>`).join('\n');
  if (flavour === 'word') {
    return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0cm} --></style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head><body><!--StartFragment--><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n${rows}\n</table><!--EndFragment--></body></html>`;
  }
  if (flavour === 'excel') {
    return `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta name=Generator content="Microsoft Excel 15"><style>td {mso-number-format:General;}</style></head><body link="#0563C1"><table border=0 cellpadding=0 cellspacing=0 width=400><col width=64 span=3>\n<!--StartFragment-->\n${rows}\n<!--EndFragment-->\n</table></body></html>`;
  }
  return `<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" data-sheets-root="1"><colgroup><col width="100"/></colgroup><tbody>${rows}</tbody></table></google-sheets-html-origin>`;
}
