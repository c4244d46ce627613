// Kính gửi (ô 9a): one addressee on the same line as "Kính gửi:", with no end mark in the decree's
// example; several addressees one per line, each ending ";" and the last ".".
import type { Hit, Rule } from '../finding.ts';
import { NGUON } from '../sources.ts';
import { rewrite } from '../text-parts.ts';
import { quote } from '../text-case.ts';
import { LEADING_DASH, endsWith, withEnd } from './list-punctuation.ts';

const KINH_GUI_LABEL = /^kính\s+gửi\s*:?\s*/iu;

function items(v: Parameters<Rule['check']>[0]): { index: number; text: string }[] {
  return v.kinhGui.map((text, index) => ({ index, text })).filter((i) => i.text.length > 0);
}

export const motNoi: Rule = {
  id: 'kinh-gui.mot-noi',
  severity: 'warning',
  source: NGUON.kinhGui,
  parts: ['kinhGui'],
  check: (v) => {
    const list = items(v);
    if (list.length !== 1) return [];
    const { index, text } = list[0]!;
    if (!/[;.,:]$/u.test(text)) return [];
    return [{ at: { part: 'kinhGui', index }, message: `Gửi một nơi: «Kính gửi: ${text}» trình bày trên một dòng, không cần dấu câu ở cuối (ví dụ của Nghị định: «Kính gửi: Bộ Nội vụ»)` }];
  },
  fix: rewrite((t) => withEnd(t, '')),
};

export const nhieuNoi: Rule = {
  id: 'kinh-gui.dau-cuoi-dong',
  severity: 'error',
  source: NGUON.kinhGui,
  parts: ['kinhGui'],
  check: (v) => {
    const list = items(v);
    if (list.length < 2) return [];
    const hits: Hit[] = [];
    list.forEach(({ index, text }, k) => {
      const last = k === list.length - 1;
      if (last ? !endsWith(text, '.') : !endsWith(text, ';')) {
        hits.push({ at: { part: 'kinhGui', index }, message: `Kính gửi nhiều nơi: ${quote(text)} ${last ? 'là dòng cuối, kết thúc bằng dấu chấm (.)' : 'kết thúc bằng dấu chấm phẩy (;)'}` });
      }
    });
    return hits;
  },
  fix: (v, at) => {
    const list = items(v);
    const last = list[list.length - 1]?.index === at.index;
    return rewrite((t) => withEnd(t, last ? '.' : ';'))(v, at);
  },
};

export const gachDauDong: Rule = {
  id: 'kinh-gui.gach-dau-dong',
  severity: 'error',
  source: NGUON.kinhGui,
  parts: ['kinhGui'],
  check: (v) =>
    items(v)
      .filter(({ text }) => LEADING_DASH.test(text))
      .map(({ index, text }) => ({ at: { part: 'kinhGui' as const, index }, message: `${quote(text)} bắt đầu bằng gạch đầu dòng: bố cục tự thêm «- » khi gửi nhiều nơi, gõ thêm sẽ in hai lần` })),
  fix: rewrite((t) => t.replace(LEADING_DASH, '')),
};

export const nhanLap: Rule = {
  id: 'kinh-gui.nhan-lap',
  severity: 'error',
  source: NGUON.kinhGui,
  parts: ['kinhGui'],
  check: (v) =>
    items(v)
      .filter(({ text }) => KINH_GUI_LABEL.test(text) && text.replace(KINH_GUI_LABEL, '').length > 0)
      .map(({ index, text }) => ({ at: { part: 'kinhGui' as const, index }, message: `${quote(text)} có chữ «Kính gửi»: bố cục tự in «Kính gửi:», gõ thêm sẽ in hai lần` })),
  fix: rewrite((t) => t.replace(KINH_GUI_LABEL, '')),
};
