// Figures (số liệu) as typed in a table cell. Vietnamese writes "." between thousands and "," before
// decimals ("1.150.000", "85,68"); figures copied from English software come the other way round
// ("1,150,000", "85.68"). A single separator before exactly three digits ("1.150", "1,150") reads
// either way, so a figure keeps what it knows and what it does not.

/** Which character groups thousands and which one starts the decimals. */
export type QuyUoc = 'vi' | 'en';
const SEPARATORS: Record<QuyUoc, { nhom: string; thapPhan: string }> = {
  vi: { nhom: '.', thapPhan: ',' },
  en: { nhom: ',', thapPhan: '.' },
};

/** A figure read under one convention: its value and the digits after its decimal separator. */
export interface GiaTri {
  value: number;
  decimals: number;
}

export interface SoLieu {
  /** The cell's text, trimmed. */
  text: string;
  /** Conventions under which the text is a well-formed figure. */
  fits: readonly QuyUoc[];
  /** The reading under each convention it fits. */
  read: Readonly<Partial<Record<QuyUoc, GiaTri>>>;
  /** "1.150" or "1,150": one separator before three digits, thousands or decimals depending on the convention. */
  ambiguous: '.' | ',' | null;
  percent: boolean;
}

/** The value of a figure under a convention (NaN when it does not fit it). */
export function valueOf(so: SoLieu, q: QuyUoc): number {
  return so.read[q]?.value ?? Number.NaN;
}

export function decimalsOf(so: SoLieu, q: QuyUoc): number {
  return so.read[q]?.decimals ?? 0;
}

const BOTH: readonly QuyUoc[] = ['vi', 'en'];
const SHAPE = /^([-+−]?)(\d[\d.,]*)(\s?%)?$/u;

/** Digits, and separators between groups of digits, read under one convention; null when malformed. */
function readAs(body: string, q: QuyUoc): GiaTri | null {
  const { nhom, thapPhan } = SEPARATORS[q];
  const point = body.indexOf(thapPhan);
  if (point !== body.lastIndexOf(thapPhan)) return null;
  const whole = point < 0 ? body : body.slice(0, point);
  const frac = point < 0 ? '' : body.slice(point + 1);
  if (frac.includes(nhom) || (point >= 0 && !/^\d+$/.test(frac))) return null;
  const groups = whole.split(nhom);
  if (groups.length > 1 && !(/^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g)))) return null;
  if (!groups.every((g) => /^\d+$/.test(g))) return null;
  return { value: Number(`${groups.join('')}${frac ? `.${frac}` : ''}`), decimals: frac.length };
}

/** The figure a cell holds, or null when it holds text (or nothing). "-" alone is not a figure. */
export function readFigure(cellText: string): SoLieu | null {
  const text = cellText.trim();
  // Most cells of a large table are words or whole numbers: answer those without the full reading.
  if (!/^[-+−]?\d/.test(text)) return null;
  if (/^\d{1,15}$/.test(text)) {
    const whole = { value: Number(text), decimals: 0 };
    return { text, fits: BOTH, read: { vi: whole, en: whole }, ambiguous: null, percent: false };
  }
  const m = SHAPE.exec(text);
  if (!m || /[.,]{2}|[.,]$/.test(m[2]!)) return null;
  const sign = m[1] === '' || m[1] === '+' ? 1 : -1;
  const body = m[2]!;
  const read: Partial<Record<QuyUoc, GiaTri>> = {};
  for (const q of BOTH) {
    const g = readAs(body, q);
    if (g) read[q] = { value: sign * g.value, decimals: g.decimals };
  }
  const fits = BOTH.filter((q) => read[q] !== undefined);
  if (fits.length === 0) return null;
  const single = /^\d{1,3}([.,])\d{3}$/.exec(body);
  return { text, fits, read, ambiguous: single ? (single[1] as '.' | ',') : null, percent: m[3] !== undefined };
}

/** A dash standing for "none" (zero) in a column of figures. */
export function isNilDash(cellText: string): boolean {
  return /^[-–—]$/.test(cellText.trim());
}

/**
 * An order label (số thứ tự) of a row: "1", "12", "I", "IV", "a", "A", "1.1". In the first column of
 * a report table these number the rows and their groups; they are never summed.
 */
export function isOrderLabel(cellText: string): boolean {
  const t = cellText.trim().replace(/[.)]$/, '');
  return /^(\d{1,3}(\.\d{1,2})?|[IVXL]{1,6}|[a-zđA-ZĐ])$/u.test(t);
}

/** A group label: a Roman numeral or a capital letter ("I", "II", "A"), above the rows it groups. */
export function isGroupLabel(cellText: string): boolean {
  return /^([IVXL]{1,6}|[A-ZĐ])\.?$/u.test(cellText.trim());
}

/** The row that numbers the columns under a header: "1 2 3 …", "(1) (2) (3)" or "A B 1 2 3", left to right. */
export function isColumnNumbering(cells: readonly string[]): boolean {
  const labels = cells.map((t) => t.trim()).filter((t) => t !== '');
  if (labels.length < 2 || !labels.every((t) => /^\(?(\d{1,2}|[A-ZĐ])\)?$/u.test(t))) return false;
  const numbers = labels.map((t) => /\d+/.exec(t)?.[0]).filter((d): d is string => d !== undefined).map(Number);
  return numbers.length >= 2 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}
