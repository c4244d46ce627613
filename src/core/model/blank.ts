import type { LoaiVanBan } from '../decree/document-types.ts';
import { vanBanSchema, type VanBan } from './van-ban.ts';

/** A new, empty document of a type, dated this year with day and month left for the clerk. */
export function blankVanBan(loai: LoaiVanBan, today: Date = new Date()): VanBan {
  return vanBanSchema.parse({ loai, ngayBanHanh: { ngay: null, thang: null, nam: today.getFullYear() } });
}
