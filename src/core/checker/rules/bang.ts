// Tables (bảng số liệu). The decree sets no rule for a table's content; these are the slips a clerk
// checks by hand: rows with more or fewer cells than the header, a header cell left empty, a column
// writing its figures two ways ("1.150" beside "1,150"), and a total row ("Tổng cộng", "Cộng")
// whose figure is not the sum of its column. Findings point at the table block, the row and the cell.
import type { Bang, VanBan } from '../../model/van-ban.ts';
import { decimalsOf, isColumnNumbering, isGroupLabel, isNilDash, readFigure, valueOf, type QuyUoc, type SoLieu } from '../../table/figures.ts';
import { tableGrid, type LuoiBang, type ONhanViTri } from '../../table/grid.ts';
import type { Hit, Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { quote } from '../text-case.ts';

/** Past this many findings of one kind in one table, the last one says how many more there are. */
const MAX_PER_TABLE = 10;

interface BangAt {
  index: number;
  bang: Bang;
  /** "Bảng «Kết quả thu ngân sách»" or "Bảng thứ 2". */
  name: string;
  grid: LuoiBang;
}

function tablesOf(v: VanBan): BangAt[] {
  const out: BangAt[] = [];
  v.noiDung.forEach((b, index) => {
    if (b.capDo !== 'bang') return;
    const caption = b.bang.tieuDe;
    const name = !caption ? `Bảng thứ ${out.length + 1}` : /^(phụ\s+)?(bảng|biểu)/iu.test(caption) ? quote(caption, 50) : `Bảng ${quote(caption, 50)}`;
    out.push({ index, bang: b.bang, name, grid: tableGrid(b.bang) });
  });
  return out;
}

function capped(hits: Hit[], more: (n: number) => string): Hit[] {
  if (hits.length <= MAX_PER_TABLE) return hits;
  const kept = hits.slice(0, MAX_PER_TABLE);
  const last = kept[MAX_PER_TABLE - 1]!;
  kept[MAX_PER_TABLE - 1] = { ...last, message: `${last.message} ${more(hits.length - MAX_PER_TABLE + 1)}` };
  return kept;
}

/** A warning about tables, looking at one table at a time. */
function tableRule(id: string, perTable: (t: BangAt) => Hit[]): Rule {
  return { id, severity: 'warning', source: NGUON.bangSoLieu, parts: ['noiDung'], check: (v) => tablesOf(v).flatMap(perTable) };
}

const cellAt = (t: BangAt, p: Pick<ONhanViTri, 'hang' | 'o'>) => ({ part: 'noiDung' as const, index: t.index, field: 'bang' as const, hang: p.hang, o: p.o });

/** The most common row width, for a table whose header does not say it. */
function commonWidth(widths: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** The width every row should have: the header's, or (with no header) the most common one. */
function rowWidth(t: BangAt): number {
  return t.bang.soHangTieuDe > 0 ? (t.grid.rowWidths[0] ?? 0) : commonWidth(t.grid.rowWidths);
}

export const hangLech = tableRule('bang.hang-lech', (t) => {
  const width = rowWidth(t);
  const basis = t.bang.soHangTieuDe > 0 ? 'hàng tiêu đề' : 'phần lớn các hàng';
  const hits: Hit[] = [];
  t.grid.rowWidths.forEach((w, r) => {
    if (w === width) return;
    const extra = t.grid.rows[r]!.find((p) => p.cot + p.gopCot > width);
    hits.push({
      at: { part: 'noiDung', index: t.index, field: 'bang', hang: r, ...(extra ? { o: extra.o } : {}) },
      message:
        w < width
          ? `${t.name}, hàng ${r + 1} có ${w} cột, ${basis} có ${width}: thiếu ${width - w} ô (khi in sẽ để trống)`
          : `${t.name}, hàng ${r + 1} có ${w} cột, ${basis} có ${width}: thừa ${w - width} ô`,
    });
  });
  return capped(hits, (n) => `(và ${n} hàng khác cũng lệch)`);
});

export const tieuDeTrong = tableRule('bang.tieu-de-trong', (t) => {
  const hits: Hit[] = [];
  for (let r = 0; r < Math.min(t.bang.soHangTieuDe, t.grid.rows.length); r++) {
    for (const p of t.grid.rows[r]!) {
      if (p.cell.text.trim() !== '') continue;
      hits.push({ at: cellAt(t, p), message: `${t.name}: ô tiêu đề ở hàng ${r + 1}, cột ${p.cot + 1} để trống; người đọc không biết cột này ghi gì` });
    }
  }
  return capped(hits, (n) => `(và ${n} ô tiêu đề trống khác)`);
});

/** Cells that start in column c below the header, with their figure if they hold one. */
function bodyCells(t: BangAt, c: number): { p: ONhanViTri; so: SoLieu | null }[] {
  const out: { p: ONhanViTri; so: SoLieu | null }[] = [];
  for (let r = t.bang.soHangTieuDe; r < t.grid.rows.length; r++) {
    const p = t.grid.owner(r, c);
    if (p && p.hang === r && p.cot === c) out.push({ p, so: readFigure(p.cell.text) });
  }
  return out;
}

/** Which way a figure leans: "1.150" and "85,68" read as Vietnamese, "1,150" and "85.68" as English. */
function lean(so: SoLieu): QuyUoc | null {
  if (so.ambiguous === '.') return 'vi';
  if (so.ambiguous === ',') return 'en';
  return so.fits.length === 1 ? so.fits[0]! : null;
}

/** The header text over column c, for messages. */
function columnName(t: BangAt, c: number): string {
  const parts: string[] = [];
  for (let r = 0; r < t.bang.soHangTieuDe; r++) {
    const text = t.grid.owner(r, c)?.cell.text.trim();
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts.length > 0 ? `cột ${quote(parts.join(' – '), 40)}` : `cột ${c + 1}`;
}

/**
 * The one convention all figures of a column are read under, or null when they mix two: when no
 * convention fits them all, or when "1.150" and "1,150" stand together (under either convention one
 * is a thousand times the other).
 */
function columnConvention(figures: readonly SoLieu[]): QuyUoc | null {
  if (figures.some((so) => so.ambiguous === '.') && figures.some((so) => so.ambiguous === ',')) return null;
  const fitting = (['vi', 'en'] as const).filter((q) => figures.every((so) => so.fits.includes(q)));
  if (fitting.length === 2 && figures.some((so) => lean(so) === 'en') && !figures.some((so) => lean(so) === 'vi')) return 'en';
  return fitting[0] ?? null;
}

export const dauSo = tableRule('bang.dau-so', (t) => {
  const hits: Hit[] = [];
  for (let c = 0; c < t.grid.columns; c++) {
    const figures = bodyCells(t, c).filter((x): x is { p: ONhanViTri; so: SoLieu } => x.so !== null);
    if (columnConvention(figures.map((x) => x.so)) !== null) continue;
    const vi = figures.filter((x) => lean(x.so) === 'vi');
    const en = figures.filter((x) => lean(x.so) === 'en');
    if (vi.length === 0 || en.length === 0) continue;
    const [major, minor] = vi.length >= en.length ? [vi[0]!, en[0]!] : [en[0]!, vi[0]!];
    hits.push({
      at: cellAt(t, minor.p),
      message:
        `${t.name}, ${columnName(t, c)} viết số theo hai cách: «${major.so.text}» (hàng ${major.p.hang + 1}) và «${minor.so.text}» (hàng ${minor.p.hang + 1}); ` +
        'tiếng Việt dùng dấu chấm ngăn cách hàng nghìn và dấu phẩy trước phần thập phân (1.150,5)',
    });
  }
  return hits;
});

/** "Tổng cộng", "Cộng", "Tổng số", "Tổng" alone in a cell: the row sums the rows above it. */
const TOTAL = /^(tổng\s+cộng|tổng\s+số|tổng|cộng)\s*:?$/iu;
/** Columns that hold ratios and averages, whose total is not a sum. */
const NOT_SUMMED = /tỷ\s*lệ|tỉ\s*lệ|%|bình\s*quân|trung\s*bình|tỷ\s*trọng|tỉ\s*trọng|chỉ\s*số|so\s*sánh|xếp\s*(loại|hạng)|đơn\s*giá|tăng\s*\/?\s*giảm/iu;

function labelOf(t: BangAt, r: number): string | null {
  return t.grid.rows[r]!.map((p) => p.cell.text.trim()).find((x) => TOTAL.test(x)) ?? null;
}

const isGroupRow = (t: BangAt, r: number) => isGroupLabel(t.grid.rows[r]![0]?.cell.text ?? '') && (t.grid.rows[r]![0]?.cot ?? 1) === 0;

function formatted(n: number, q: QuyUoc, decimals: number): string {
  return n.toLocaleString(q === 'vi' ? 'vi-VN' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

interface Candidate {
  sum: number;
  rows: number;
}

export const tongCong = tableRule('bang.tong-cong', (t) => {
  const h = t.bang.soHangTieuDe;
  const totals = t.grid.rows.map((_, r) => r >= h && labelOf(t, r) !== null);
  // Rows with a cell too few or too many put figures under the wrong heading: that is reported
  // above, and sums over shifted columns would only repeat it.
  if (!totals.includes(true) || t.grid.rowWidths.some((w) => w !== rowWidth(t))) return [];
  const numbering = t.grid.rows.map((row) => isColumnNumbering(row.map((p) => p.cell.text)));
  const hits: Hit[] = [];
  for (let c = 0; c < t.grid.columns; c++) {
    if (NOT_SUMMED.test(columnName(t, c))) continue;
    const filled = bodyCells(t, c).filter((x) => !numbering[x.p.hang] && x.p.cell.text.trim() !== '');
    // A column with words among its figures cannot be summed; one written two ways is reported above.
    if (filled.some((x) => x.so === null && !isNilDash(x.p.cell.text)) || filled.some((x) => x.so?.percent)) continue;
    const q = columnConvention(filled.flatMap((x) => (x.so ? [x.so] : [])));
    if (!q) continue;
    const value = (x: (typeof filled)[number]) => (x.so ? valueOf(x.so, q) : 0);
    for (const total of filled.filter((x) => totals[x.p.hang] && x.so !== null && x.p.gopHang === 1)) {
      const r = total.p.hang;
      const above = filled.filter((x) => x.p.hang < r);
      const lastTotal = Math.max(h - 1, ...above.filter((x) => totals[x.p.hang]).map((x) => x.p.hang));
      const plain = above.filter((x) => !totals[x.p.hang]);
      const pick = (xs: typeof filled): Candidate => ({ sum: xs.reduce((s, x) => s + value(x), 0), rows: xs.length });
      const all = pick(plain);
      const since = pick(plain.filter((x) => x.p.hang > lastTotal));
      const subtotals = pick(above.filter((x) => totals[x.p.hang]));
      const groups = pick(plain.filter((x) => isGroupRow(t, x.p.hang)));
      const leaves = pick(plain.filter((x) => !isGroupRow(t, x.p.hang)));
      if (all.rows === 0) continue;
      const isSubtotal = /^cộng/iu.test(labelOf(t, r)!);
      const shown = isSubtotal && since.rows > 0 ? since : subtotals.rows > 0 ? subtotals : groups.rows > 0 ? groups : all;
      const decimals = Math.max(decimalsOf(total.so!, q), ...above.map((x) => (x.so ? decimalsOf(x.so, q) : 0)));
      const written = valueOf(total.so!, q);
      // Figures rounded each on its own may miss their total by up to half a unit each.
      const tolerance = decimals === 0 ? 1e-9 : ((all.rows + 1) * 0.5) / 10 ** decimalsOf(total.so!, q);
      if ([since, all, subtotals, groups, leaves].some((k) => k.rows > 0 && Math.abs(k.sum - written) <= tolerance)) continue;
      hits.push({
        at: cellAt(t, total.p),
        message:
          `${t.name}, hàng ${r + 1} (${quote(labelOf(t, r)!)}), ${columnName(t, c)}: ghi ${total.so!.text} nhưng cộng ` +
          `${shown.rows} hàng phía trên được ${formatted(shown.sum, q, decimals)}; kiểm tra lại số liệu`,
      });
    }
  }
  return capped(hits, (n) => `(và ${n} ô tổng khác không khớp)`);
});
