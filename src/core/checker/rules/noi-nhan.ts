// Nơi nhận (ô 9b): "- Như trên;" first when there is a Kính gửi, ";" after each item, and the last
// item "Lưu: VT, <unit>." ending with a period. Items are stored without their leading dash.
import { LIMITS, type VanBan } from '../../model/van-ban.ts';
import type { Hit, Rule, Where } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { rewrite, withoutItem } from '../text-parts.ts';
import { quote } from '../text-case.ts';
import { LEADING_DASH, endsWith, withEnd } from './list-punctuation.ts';

const NHU_TREN = /^như\s+trên\s*[;.,]?$/iu;
/** "Như Kính gửi;", "Như kính gửi" and the like: the same meaning in other words. */
const NHU_KINH_GUI = /^(như\s+(kính\s+gửi|trên\s+đây|địa\s+chỉ\s+trên)|các\s+nơi\s+như\s+trên)\s*[;.,]?$/iu;
/** The filing line: "Lưu: …", or "Lưu VT" typed without its colon; not a recipient like "Lưu trữ huyện". */
const LUU = /^lưu(?:\s*:|\s+(?=VT)|\s*[.;]?$)/iu;
const LUU_VT = /^lưu\s*:\s*VT(?!\p{L})/iu;

function items(v: VanBan): { index: number; text: string }[] {
  return v.noiNhan.map((text, index) => ({ index, text })).filter((i) => i.text.length > 0);
}

const hasKinhGui = (v: VanBan) => v.kinhGui.some((k) => k.length > 0);

export const nhuTren: Rule = {
  id: 'noi-nhan.nhu-tren',
  severity: 'error',
  source: NGUON.nhuTren,
  parts: ['noiNhan'],
  check: (v) => {
    const list = items(v);
    const first = list[0];
    if (!hasKinhGui(v) || first === undefined || NHU_TREN.test(first.text) || NHU_KINH_GUI.test(first.text)) return [];
    return [{ at: { part: 'noiNhan', index: first.index }, message: 'Văn bản có «Kính gửi» thì dòng đầu của Nơi nhận là «Như trên;»', fixable: v.noiNhan.length < LIMITS.listItems }];
  },
  fix: (v, at) => {
    const i = at.index ?? 0;
    return { ...v, noiNhan: [...v.noiNhan.slice(0, i), 'Như trên;', ...v.noiNhan.slice(i)] };
  },
};

export const nhuKinhGui: Rule = {
  id: 'noi-nhan.nhu-kinh-gui',
  severity: 'warning',
  source: NGUON.nhuTren,
  parts: ['noiNhan'],
  check: (v) => {
    const first = items(v)[0];
    if (!hasKinhGui(v) || first === undefined || !NHU_KINH_GUI.test(first.text)) return [];
    return [{ at: { part: 'noiNhan', index: first.index }, message: `${quote(first.text)}: Nghị định ghi «Như trên;»; cách viết này phổ biến và cùng nghĩa nên chỉ là cảnh báo, không phải lỗi` }];
  },
  fix: rewrite(() => 'Như trên;'),
};

export const nhuTrenKhongKinhGui: Rule = {
  id: 'noi-nhan.nhu-tren-khong-kinh-gui',
  severity: 'error',
  source: NGUON.nhuTren,
  parts: ['noiNhan'],
  check: (v) => {
    if (hasKinhGui(v)) return [];
    return items(v)
      .filter(({ text }) => NHU_TREN.test(text) || NHU_KINH_GUI.test(text))
      .map(({ index, text }) => ({ at: { part: 'noiNhan' as const, index }, message: `${quote(text)} chỉ dùng khi văn bản có «Kính gửi»; văn bản này không có` }));
  },
  fix: withoutItem,
};

export const chamPhay: Rule = {
  id: 'noi-nhan.cham-phay',
  severity: 'error',
  source: NGUON.noiNhan,
  parts: ['noiNhan'],
  check: (v) =>
    items(v)
      .slice(0, -1)
      .filter(({ text }) => !endsWith(text, ';'))
      .map(({ index, text }) => ({ at: { part: 'noiNhan' as const, index }, message: `Nơi nhận ${quote(text)}: cuối mỗi dòng có dấu chấm phẩy (;)` })),
  fix: rewrite((t) => withEnd(t, ';')),
};

export const dauChamCuoi: Rule = {
  id: 'noi-nhan.dau-cham-cuoi',
  severity: 'error',
  source: NGUON.noiNhan,
  parts: ['noiNhan'],
  check: (v) => {
    const last = items(v).at(-1);
    if (last === undefined || endsWith(last.text, '.')) return [];
    return [{ at: { part: 'noiNhan', index: last.index }, message: `Dòng cuối của Nơi nhận ${quote(last.text)} kết thúc bằng dấu chấm (.)` }];
  },
  fix: rewrite((t) => withEnd(t, '.')),
};

export const thieuLuu: Rule = {
  id: 'noi-nhan.luu',
  severity: 'error',
  source: NGUON.noiNhan,
  parts: ['noiNhan'],
  check: (v) => {
    const list = items(v);
    if (list.length === 0 || list.some(({ text }) => LUU.test(text))) return [];
    return [{ at: { part: 'noiNhan' }, message: 'Nơi nhận thiếu dòng cuối «Lưu: VT, …» (bản lưu tại Văn thư và đơn vị soạn thảo)', fixable: v.noiNhan.length < LIMITS.listItems }];
  },
  fix: (v) => ({ ...v, noiNhan: [...v.noiNhan, 'Lưu: VT.'] }),
};

export const luuCuoi: Rule = {
  id: 'noi-nhan.luu-cuoi',
  severity: 'error',
  source: NGUON.noiNhan,
  parts: ['noiNhan'],
  check: (v) => {
    const list = items(v);
    const hits: Hit[] = [];
    list.slice(0, -1).forEach(({ index, text }) => {
      if (LUU.test(text)) hits.push({ at: { part: 'noiNhan', index }, message: `${quote(text)}: dòng «Lưu» là dòng cuối cùng của Nơi nhận` });
    });
    return hits;
  },
  // Moves the item to the end and gives it the last line's period; the previous last line keeps its text.
  fix: (v: VanBan, at: Where) => {
    const i = at.index;
    const item = i === undefined ? undefined : v.noiNhan[i];
    if (item === undefined) return v;
    return { ...v, noiNhan: [...v.noiNhan.filter((_, j) => j !== i), withEnd(item, '.')] };
  },
};

export const luuVt: Rule = {
  id: 'noi-nhan.luu-vt',
  severity: 'error',
  source: NGUON.noiNhan,
  parts: ['noiNhan'],
  check: (v) =>
    items(v)
      .filter(({ text }) => LUU.test(text) && !LUU_VT.test(text))
      .map(({ index, text }) => ({
        at: { part: 'noiNhan' as const, index },
        message: `${quote(text)}: dòng lưu ghi «Lưu:», tiếp theo là «VT» (Văn thư), dấu phẩy rồi chữ viết tắt đơn vị soạn thảo`,
        fixable: text.length < LIMITS.line - 8,
      })),
  fix: rewrite((t) => {
    const rest = t.replace(LUU, '').trim().replace(/^VT\b\s*/iu, '');
    const body = rest.replace(/^[,;.\s]+/u, '');
    return body === '' || /^[.;]$/u.test(body) ? 'Lưu: VT.' : `Lưu: VT, ${body}`;
  }),
};

export const gachDauDong: Rule = {
  id: 'noi-nhan.gach-dau-dong',
  severity: 'error',
  source: NGUON.noiNhan,
  parts: ['noiNhan'],
  check: (v) =>
    items(v)
      .filter(({ text }) => LEADING_DASH.test(text))
      .map(({ index, text }) => ({ at: { part: 'noiNhan' as const, index }, message: `${quote(text)} bắt đầu bằng gạch đầu dòng: bố cục tự thêm «- », gõ thêm sẽ in hai lần` })),
  fix: rewrite((t) => t.replace(LEADING_DASH, '')),
};
