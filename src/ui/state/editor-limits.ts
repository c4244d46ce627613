// The model's limits (LIMITS) where the user types: a counter under a box as it nears one, and a
// message once it is past, while the box keeps every character (no silent truncation). A box past a
// limit is "held": its text stays on screen, is not taken into the document, and counts as unsaved.
import { LIMITS, measureText, type TextKind } from '../../core/model/van-ban.ts';
import type { HeldText } from '../../storage/index.ts';

/** How the editor's boxes report held text (Svelte context, set by the editor screen). */
export const HOLD_CONTEXT = Symbol('editor-hold');
export type HoldBox = (fieldId: string, held: HeldText | null) => void;

/** The counter appears from this share of a limit on. */
const NEAR = 0.9;
const UNTIL_SHORT = 'cho đến lúc đó nội dung ô này chưa được lưu.';

const n = (x: number) => x.toLocaleString('vi-VN');

/** Past the limit of its kind: what to say under the box; null while within it. */
export function lengthProblem(kind: TextKind, text: string): string | null {
  const { length, max, over } = measureText(kind, text);
  if (!over) return null;
  if (length <= max) {
    // Within the limit once spaces are collapsed, but the raw text is more than twice as long.
    return `Quá dài: ${n(text.length)} ký tự kể cả khoảng trắng (tối đa ${n(max * 2)}). Hãy xóa bớt khoảng trắng thừa; ${UNTIL_SHORT}`;
  }
  return `Quá dài: ${n(length)}/${n(max)} ký tự. Hãy bớt ${n(length - max)} ký tự; ${UNTIL_SHORT}`;
}

/** Near the limit: the count, so the user sees it coming; null while far from it. */
export function lengthCounter(kind: TextKind, text: string): string | null {
  const { length, max } = measureText(kind, text);
  return length >= max * NEAR ? `${n(length)}/${n(max)} ký tự.` : null;
}

/** A list box (one item per line): too many lines, or one line too long. */
export function listProblem(items: readonly string[]): string | null {
  if (items.length > LIMITS.listItems) {
    return `Quá nhiều dòng: ${n(items.length)}/${n(LIMITS.listItems)}. Hãy bớt ${n(items.length - LIMITS.listItems)} dòng; ${UNTIL_SHORT}`;
  }
  const i = items.findIndex((item) => measureText('line', item).over);
  return i < 0 ? null : `Dòng ${i + 1}: ${lengthProblem('line', items[i]!)!}`;
}

export function listCounter(items: readonly string[]): string | null {
  const notes: string[] = [];
  if (items.length >= LIMITS.listItems * NEAR) notes.push(`${n(items.length)}/${n(LIMITS.listItems)} dòng.`);
  items.forEach((item, i) => {
    const c = lengthCounter('line', item);
    if (c) notes.push(`Dòng ${i + 1}: ${c}`);
  });
  return notes.length ? notes.join(' ') : null;
}

/** A body written as lines (văn bản kèm theo): each line is a block, at most LIMITS.blocks. */
export function blockCountProblem(count: number): string | null {
  if (count <= LIMITS.blocks) return null;
  return `Quá nhiều đoạn: ${n(count)}/${n(LIMITS.blocks)}. Hãy bớt ${n(count - LIMITS.blocks)} đoạn; ${UNTIL_SHORT}`;
}

export function blockCountCounter(count: number): string | null {
  return count >= LIMITS.blocks * NEAR ? `${n(count)}/${n(LIMITS.blocks)} đoạn.` : null;
}

/** Why the editor cannot say "everything is stored": each held box by its label. */
export function heldMessage(held: readonly HeldText[]): string {
  return held.map((h) => `Ô «${h.label}» có nội dung chưa lưu được: ${h.problem}`).join(' ');
}
