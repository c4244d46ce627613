// Reading the place and date line (ô 4): "Hương Long, ngày 11 tháng 12 năm 2023".

export interface DongNgayThang {
  /** Địa danh: place name as typed ('' when the line starts with "ngày"). */
  diaDanh: string;
  /** Day and month; null when left blank for the clerk ("ngày     tháng     năm 2024"). */
  ngay: number | null;
  thang: number | null;
  nam: number;
  /** The month as typed, to point out "tháng 03" (only January and February take a zero). */
  thangTyped: string;
}

/** A blank to fill by hand: spaces, dots, underscores or nothing. */
const BLANK = /^[\s.…_\u00A0]*$/u;
const DATE = /^(?:(.*?)\s*(?:,\s*|\s+))?ngày\s*(.*?)\s*tháng\s*(.*?)\s*năm\s*(\d{4})\s*\.?$/iu;

function dayOrMonth(s: string): number | null | undefined {
  if (BLANK.test(s)) return null;
  if (/^\d{1,2}$/.test(s)) return Number(s);
  return undefined;
}

/**
 * The line, or null when it is not a place-and-date line. A long "place" is a sentence that happens
 * to end with a date, so it is not taken.
 */
export function parseNgayThangLine(line: string): DongNgayThang | null {
  const m = DATE.exec(line);
  if (!m) return null;
  const diaDanh = (m[1] ?? '').trim();
  if (diaDanh.length > 60 || /[.;:!?]/.test(diaDanh)) return null;
  // "(Kèm theo Quyết định số …/QĐ-UBND ngày … năm 2025": the date of another text, not a place.
  if (/[()/]/.test(diaDanh) || /(^|\s)số(\s|$)/iu.test(diaDanh)) return null;
  const ngay = dayOrMonth(m[2]!);
  const thang = dayOrMonth(m[3]!);
  if (ngay === undefined || thang === undefined) return null;
  return { diaDanh, ngay, thang, nam: Number(m[4]), thangTyped: m[3]!.trim() };
}
