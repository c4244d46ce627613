// Unicode NFC. The schema normalises every string on the way in, so this rule only fires on a
// document that reached the checker another way (an old backup, storage written by an older version).
import type { Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { allTexts, rewrite } from '../text-parts.ts';
import { quote } from '../text-case.ts';

export const nfc: Rule = {
  id: 'van-ban.nfc',
  severity: 'error',
  source: NGUON.font,
  parts: ['coQuanChuQuan', 'coQuanBanHanh', 'trichYeu', 'kinhGui', 'canCu', 'noiDung', 'ketThuc', 'noiNhan', 'chuKy', 'diaDanh', 'maCoQuan', 'maDonVi'],
  check: (v) =>
    allTexts(v)
      .filter(({ text }) => typeof text === 'string' && text !== text.normalize('NFC'))
      .map(({ at, text }) => ({ at, message: `${quote(text)} chưa ở dạng Unicode dựng sẵn (NFC): chữ có dấu có thể hiển thị hoặc tìm kiếm sai` })),
  fix: rewrite((t) => t.normalize('NFC')),
};
