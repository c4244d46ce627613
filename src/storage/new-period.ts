// "New period from this one": next year's report starts as a copy of this year's.
import type { Khoi, VanBan } from '../core/model/van-ban.ts';

/** Headings are the outline levels that title a section; body paragraphs keep their facts. */
const HEADING_LEVELS = new Set(['muc', 'khoan', 'tieuMuc']);
/** A khoản can be a whole paragraph; only a short one is a heading whose year is the period's. */
const MAX_HEADING_LENGTH = 200;

/**
 * Move every year one on. A year written inside a symbol or a date ("12/2021/NQ-HĐND",
 * "11/12/2023") names a past act, not the period, so one touching a slash stays as it is.
 */
export function shiftYears(text: string, by = 1): string {
  return text.replace(/(?<![\d/])(19\d{2}|20\d{2})(?![\d/])/g, (y) => String(Number(y) + by));
}

/**
 * A block for the next period: a heading's year moves on; so do a table's caption and header cells
 * ("Thực hiện năm 2025"), while its figures stay for the user to replace.
 */
function nextPeriodBlock(b: Khoi): Khoi {
  const short = (text: string) => (text.length <= MAX_HEADING_LENGTH ? shiftYears(text) : text);
  if (b.capDo !== 'bang') return HEADING_LEVELS.has(b.capDo) ? { ...b, text: short(b.text) } : { ...b };
  const { bang } = b;
  const hang = bang.hang.map((h, r) => (r < bang.soHangTieuDe ? { o: h.o.map((o) => ({ ...o, text: short(o.text) })) } : h));
  return { ...b, bang: { ...bang, tieuDe: short(bang.tieuDe), hang } };
}

export function newPeriodVanBan(v: VanBan): VanBan {
  const nam = Math.min(v.ngayBanHanh.nam + 1, 2200);
  return {
    ...structuredClone(v),
    so: '',
    ngayBanHanh: { ngay: null, thang: null, nam },
    trichYeu: shiftYears(v.trichYeu),
    noiDung: structuredClone(v.noiDung).map(nextPeriodBlock),
  };
}
