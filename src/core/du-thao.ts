// The draft mark (dấu dự thảo) the page shows for a document circulated for comment: "DỰ THẢO", or
// "DỰ THẢO LẦN 2" for a numbered draft. Computed from the document's flag, never typed or stored.
import type { VanBan } from './model/van-ban.ts';

/** The mark's text, or '' for a document that is not a draft. */
export function dauDuThao(v: Pick<VanBan, 'duThao' | 'lanDuThao'>): string {
  if (!v.duThao) return '';
  return v.lanDuThao === null ? 'DỰ THẢO' : `DỰ THẢO LẦN ${v.lanDuThao}`;
}
