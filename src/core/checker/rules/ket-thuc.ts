// The end mark "./." after the last paragraph of the body. Every sample of Phụ lục III shows it
// once; the layout appends it to the closing sentence (or to the last block when there is none), so
// a mark the user typed prints twice, and a period typed before it prints "../.".
import { endMarkPlace as placeOfEndMark } from '../../end-mark.ts';
import type { VanBan } from '../../model/van-ban.ts';
import type { Rule, Where } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { rewrite } from '../text-parts.ts';
import { quote } from '../text-case.ts';

const END_MARK = /\s*\.\s*\/\s*\.?\s*$/u;
/** A period (not an ellipsis) typed at the very end. */

/** Where the layout puts "./." (core/end-mark.ts): the closing sentence, the last block, or under a final table. */
export function endMarkPlace(v: VanBan): Where | null {
  const at = placeOfEndMark(v.noiDung, v.ketThuc);
  if (!at) return null;
  if (at.kind === 'ketThuc') return { part: 'ketThuc' };
  return at.kind === 'khoi' ? { part: 'noiDung', index: at.index, field: 'text' } : { part: 'noiDung', index: at.index };
}

/** The text the mark is appended to; a table's own paragraph holds nothing typed. */
function textOf(v: VanBan, at: Where): string {
  if (at.part === 'ketThuc') return v.ketThuc;
  const b = v.noiDung[at.index ?? -1];
  return b && b.capDo !== 'bang' ? b.text : '';
}

export const trungDau: Rule = {
  id: 'ket-thuc.trung-dau',
  severity: 'error',
  source: `${NGUON.mauTrinhBay} (dấu «./.» một lần sau đoạn cuối)`,
  parts: ['ketThuc', 'noiDung'],
  check: (v) => {
    const at = endMarkPlace(v);
    if (!at) return [];
    const text = textOf(v, at);
    return END_MARK.test(text) ? [{ at, message: `${quote(text.slice(-40))} đã có dấu kết thúc «./.»: bố cục tự thêm dấu này, gõ thêm sẽ in hai lần` }] : [];
  },
  fix: rewrite((t) => t.replace(END_MARK, '')),
};

export const giuaNoiDung: Rule = {
  id: 'ket-thuc.giua-noi-dung',
  severity: 'warning',
  source: `${NGUON.mauTrinhBay} (dấu «./.» chỉ đặt sau đoạn cuối)`,
  parts: ['noiDung'],
  check: (v) => {
    const place = endMarkPlace(v);
    // A "./." inside a table cell is the cell's content, not the end mark: tables are not read here.
    return v.noiDung
      .map((b, index) => ({ text: b.capDo === 'bang' ? '' : b.text, index }))
      .filter(({ text, index }) => END_MARK.test(text) && !(place?.part === 'noiDung' && place.index === index))
      .map(({ text, index }) => ({ at: { part: 'noiDung' as const, index, field: 'text' as const }, message: `Dấu kết thúc «./.» ở giữa nội dung: ${quote(text.slice(-40))}; dấu này chỉ đặt sau đoạn cuối và do bố cục tự thêm` }));
  },
  fix: rewrite((t) => t.replace(END_MARK, '')),
};
