// What the "new document" screen offers: the types an office drafts most, Báo cáo first, each with
// its starting templates (MAU_VAN_BAN) and a blank page.
import { DOCUMENT_TYPES, LOAI_VAN_BAN, type LoaiVanBan } from '../../core/decree/document-types.ts';
import { mauTheoLoai, mauVanBan, type MauVanBan } from '../../core/templates/mau-van-ban.ts';

export const NEW_TYPES: readonly LoaiVanBan[] = ['bao-cao', 'ke-hoach', 'to-trinh', 'cong-van', 'thong-bao', 'giay-moi'];

/** Every other type of the decree, offered in a second, longer list. */
export const OTHER_TYPES: readonly LoaiVanBan[] = LOAI_VAN_BAN.filter((l) => !NEW_TYPES.includes(l));

/** The choice of a blank document of the type, offered after its templates. */
export const BLANK = 'trong';

export interface TemplateChoice {
  id: string;
  ten: string;
  moTa: string;
}

export function typeLabel(loai: LoaiVanBan): string {
  return DOCUMENT_TYPES[loai].ten;
}

export function templatesFor(loai: LoaiVanBan): TemplateChoice[] {
  const own = mauTheoLoai(loai).map(({ id, ten, moTa }) => ({ id, ten, moTa }));
  return [...own, { id: BLANK, ten: `${typeLabel(loai)} trống`, moTa: 'Chỉ có phần đầu và chữ ký từ hồ sơ cơ quan' }];
}

export function findTemplate(id: string): MauVanBan | undefined {
  return mauVanBan(id);
}
