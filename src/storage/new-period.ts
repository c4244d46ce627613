// "New period from this one": next year's report starts as a copy of this year's.
import type { VanBan } from '../core/model/van-ban.ts';

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

export function newPeriodVanBan(v: VanBan): VanBan {
  const nam = Math.min(v.ngayBanHanh.nam + 1, 2200);
  return {
    ...structuredClone(v),
    so: '',
    ngayBanHanh: { ngay: null, thang: null, nam },
    trichYeu: shiftYears(v.trichYeu),
    noiDung: v.noiDung.map((b) =>
      HEADING_LEVELS.has(b.capDo) && b.text.length <= MAX_HEADING_LENGTH ? { ...b, text: shiftYears(b.text) } : { ...b },
    ),
  };
}
