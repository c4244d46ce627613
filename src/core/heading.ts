// Whether a khoản is a heading: the decree sets a titled khoản in bold on its own line, while a
// khoản that is a sentence stays regular. A title reads as a label: it ends with ":" or with no
// sentence punctuation at all, and it is short.
import type { Khoi } from './model/van-ban.ts';

const SENTENCE_END = /[.;!?…]["”’)]*$/;
const TITLE_MAX_LENGTH = 200;

export function isTitled(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= TITLE_MAX_LENGTH && !SENTENCE_END.test(t);
}

// "Chủ trì: Đồng chí …", "Về kinh phí: Kinh phí hỗ trợ …": a short label without a sentence in it,
// a colon, then what it labels.
const RUN_IN = /^([^:.;!?]{1,80}:)\s+\S/u;

/** Length of a run-in label with its colon ("Chủ trì:"), or 0 when the text does not open with one. */
export function runInLabel(text: string): number {
  return RUN_IN.exec(text)?.[1]!.length ?? 0;
}

/** How a khoản prints: a heading in bold, regular with its run-in label in bold, or regular. */
export type KhoanStyle = 'title' | 'lead' | 'text';

/** Levels that close a list of khoản (its numbers restart after them); a table between items does not. */
const LIST_ENDS: readonly Khoi['capDo'][] = ['phan', 'chuong', 'muc', 'dieu'];

function ownStyle(text: string): KhoanStyle {
  if (runInLabel(text) > 0) return 'lead';
  return isTitled(text) ? 'title' : 'text';
}

/**
 * The style of each block that is a khoản ('text' for other blocks). The items of one list print
 * at one level: when any item is a sentence ("Kiểm tra hồ sơ, tài liệu …."), none is a heading —
 * a lead-in ending with ":" included; when one is a heading ("Thành phần mời:"), the others show
 * their run-in labels in bold ("Chủ trì:"), as a report sets "4. Về kinh phí: Kinh phí …" under
 * "1. Về tổ chức" (real-docx 03). A list of labelled items alone stays regular.
 */
export function khoanStyles(blocks: readonly Khoi[]): KhoanStyle[] {
  const styles: KhoanStyle[] = blocks.map(() => 'text');
  /** The khoản of the open list: their places and texts. */
  let list: { i: number; text: string }[] = [];
  const close = () => {
    const own = list.map((k) => ownStyle(k.text));
    if (own.includes('title') && !own.includes('text')) list.forEach((k, n) => (styles[k.i] = own[n]!));
    list = [];
  };
  blocks.forEach((b, i) => {
    if (LIST_ENDS.includes(b.capDo)) close();
    else if (b.capDo === 'khoan') list.push({ i, text: b.text });
  });
  close();
  return styles;
}
