// Reading the "Số: 133/BC-UBND" line (ô 3) into its number and the groups of its symbol.
import { SO_PATTERN } from '../model/van-ban.ts';

export interface DongSo {
  /** Registration number without leading zeros ("133", "36a"); '' when left blank for the clerk. */
  so: string;
  /** The number as typed when it could not be read as one ("1a2b"); '' otherwise. */
  soKhongDoc: string;
  /** Groups of the symbol in order: ["BC", "UBND"], or ["UBND", "VX"] for a công văn. */
  kyHieu: string[];
  /** Parts between number and symbol, e.g. the year in "15/2023/QĐ-UBND". */
  giua: string[];
}

/** Characters that fill a blank number: spaces, dots, underscores, ellipsis. */
const BLANK = /^[\s.…_\u00A0]*$/u;

export function parseSoLine(line: string): DongSo | null {
  const m = /^số\s*:\s*(.*)$/iu.exec(line);
  if (!m) return null;
  const rest = m[1]!;
  const segments = rest.split('/');
  const numberPart = segments[0]!.trim();
  const symbolPart = segments.length > 1 ? segments[segments.length - 1]! : '';
  const giua = segments.slice(1, -1).map((s) => s.trim()).filter((s) => s.length > 0);
  const kyHieu = symbolPart
    .replace(/\s+/g, '')
    .replace(/[.;,]+$/, '')
    .split(/[-–]/)
    .filter((p) => p.length > 0);

  let so = '';
  let soKhongDoc = '';
  // Leading zeros go ("007" is 7), a lone zero stays; what is left must be a number the model takes.
  const number = numberPart.replace(/^0+(?=\d)/, '');
  if (number !== '' && SO_PATTERN.test(number)) so = number;
  else if (!BLANK.test(numberPart)) soKhongDoc = numberPart;
  return { so, soKhongDoc, kyHieu, giua };
}
