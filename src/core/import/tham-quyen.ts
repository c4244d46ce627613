// Thẩm quyền ban hành (the deciding authority) of a decision, resolution or công điện, and the
// "QUYẾT ĐỊNH:" line the layout prints itself. Both sit at the top of the body in copied text.
import { hasThamQuyen, isCongDien, loiBanHanh } from '../decree/layout-variant.ts';
import type { LoaiVanBan } from '../decree/document-types.ts';
import type { Khoi } from '../model/van-ban.ts';
import { isUpperLine } from './line-kinds.ts';

export interface ThamQuyenResult {
  thamQuyen: string;
  noiDung: Khoi[];
  notes: string[];
}

const DIEN = /\s+điện:\s*$/iu;

export function readThamQuyen(loai: LoaiVanBan, noiDung: readonly Khoi[]): ThamQuyenResult {
  const out: ThamQuyenResult = { thamQuyen: '', noiDung: [...noiDung], notes: [] };
  if (!hasThamQuyen(loai)) return out;
  const first = out.noiDung[0];
  if (first && first.capDo === 'doan') {
    if (isCongDien(loai) && DIEN.test(first.text)) {
      out.thamQuyen = first.text.replace(DIEN, '');
      out.noiDung.shift();
    } else if (!isCongDien(loai) && isUpperLine(first.text) && !first.text.endsWith(':')) {
      out.thamQuyen = first.text;
      out.noiDung.shift();
    }
  }
  const loi = loiBanHanh(loai);
  if (loi) {
    const at = out.noiDung.findIndex((b) => b.capDo === 'doan' && b.text.replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi-VN') === loi);
    const line = out.noiDung[at];
    if (line && line.capDo === 'doan') {
      out.notes.push(`Dòng «${line.text}» do bố cục tự in sau phần căn cứ`);
      out.noiDung.splice(at, 1);
    }
  }
  return out;
}
